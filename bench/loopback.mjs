// HTTP on loopback from chosen source addresses. Linux routes all of 127.0.0.0/8 to the loopback
// interface, so a client that binds 127.0.1.7 is seen by the server as a different address from
// one that binds 127.0.0.1: that is how the flood bench gives each honest person and each attacking
// machine its own address, as on the Internet, without a second machine. Where only 127.0.0.1 is
// configured (macOS by default), every client falls back to it, and the bench says so.
import http from 'node:http';
import net from 'node:net';

// Keep-alive as browsers do; each (server, source address) pair gets its own pool of sockets.
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

const canBind = (address) =>
  new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(0, address, () => probe.close(() => resolve(true)));
  });

/**
 * `count` distinct loopback addresses 127.0.<block>.1, .2, …, or `count` times 127.0.0.1 where the
 * system cannot bind them. `block` keeps two groups of clients (the honest ones, the attacker) apart.
 */
export async function loopbackAddresses(count, block) {
  if (!(count >= 1 && count <= 254)) throw new Error(`between 1 and 254 loopback addresses, not ${count}`);
  const addresses = Array.from({ length: count }, (_, i) => `127.0.${block}.${i + 1}`);
  return (await canBind(addresses[0])) ? addresses : addresses.map(() => '127.0.0.1');
}

/**
 * One request; resolves with the status, the headers and the whole body as a Buffer (the time to
 * receive the body is part of what a user waits for). Network errors reject.
 */
export function request(base, { method = 'GET', path, headers = {}, body, from }) {
  const url = new URL(path, base);
  const payload = body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        localAddress: from,
        headers: { ...headers, ...(payload ? { 'content-length': String(payload.length) } : {}) },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * A request that must answer `expect`, else an error naming the route and the start of the answer.
 * `json` is sent as application/json (or `contentType`); a JSON answer comes back parsed, with its size.
 */
export async function requestExpecting(
  base,
  { method = 'GET', path, from, token, json, body, contentType = 'application/json', headers = {} },
  expect,
) {
  const response = await request(base, {
    method,
    path,
    from,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(json !== undefined ? { 'content-type': contentType } : {}),
      ...headers,
    },
    body: json !== undefined ? JSON.stringify(json) : body,
  });
  const text = response.body.toString('utf8');
  if (response.status !== expect)
    throw new Error(`${method} ${path} answered ${response.status}, expected ${expect}: ${text.slice(0, 400)}`);
  const isJson = text && /\bjson\b/.test(response.headers['content-type'] ?? '');
  return { headers: response.headers, bytes: response.body.length, json: isJson ? JSON.parse(text) : undefined };
}
