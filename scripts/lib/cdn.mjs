// A CDN as partner pages load @qmi/elements from it (jsDelivr, unpkg): the package's dist/ files under a
// versioned sub-path on an origin of its own, sent to any origin (module scripts are fetched with CORS)
// and cached for good (a versioned path never changes). Used by the embedding tests.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ROOT } from './setup.mjs';

const ELEMENTS = path.join(ROOT, 'packages/elements');

/**
 * The bundles and their chunks as built now, read once: a rebuild during a test (hashes change) does not
 * mix two builds. `tamper` maps a file (`chunks/…`) to other bytes, as a compromised CDN would serve.
 */
export function snapshotDist() {
  const { version } = JSON.parse(fs.readFileSync(path.join(ELEMENTS, 'package.json'), 'utf8'));
  const files = new Map();
  const dist = path.join(ELEMENTS, 'dist');
  for (const file of ['qmi-elements.bundle.js', 'qmi-organisers.bundle.js', 'integrity.json'])
    files.set(file, fs.readFileSync(path.join(dist, file)));
  for (const chunk of fs.readdirSync(path.join(dist, 'chunks')).filter((f) => f.endsWith('.js')))
    files.set(`chunks/${chunk}`, fs.readFileSync(path.join(dist, 'chunks', chunk)));
  return { version, files };
}

/** Starts the CDN on a free port; `requests` lists the paths asked for; `stop()` takes it off the network. */
export async function startCdn({ version, files }, { tamper = new Map() } = {}) {
  const base = `/npm/@qmi/elements@${version}/dist/`;
  const requests = [];
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://cdn.invalid');
    requests.push(pathname);
    const file = pathname.startsWith(base) ? pathname.slice(base.length) : '';
    const body = tamper.get(file) ?? files.get(file);
    if (!body) return res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
    res
      .writeHead(200, {
        'content-type': file.endsWith('.json') ? 'application/json' : 'text/javascript; charset=utf-8',
        'access-control-allow-origin': '*',
        'cache-control': 'public, max-age=31536000, immutable',
      })
      .end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** The URL of the package's dist/ folder on this CDN, with its trailing slash. */
    dist: `${origin}${base}`,
    requests,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
