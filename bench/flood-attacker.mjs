// The attacker of bench/flood.bench.mjs, in its own process so that its CPU is not the server's:
// `concurrency` sign-ins always in flight, spread over `addresses` source addresses, as credential
// stuffing does: mostly e-mail addresses never seen before (each costs the server a password hash
// all the same, against its dummy hash), some known accounts with wrong passwords, and now and then
// a known account with its right password. Writes {"flooding": true} after its first answer; on
// SIGTERM or the end of stdin, lets the requests in flight finish and writes what it received.
//
// Usage: node bench/flood-attacker.mjs <url> <concurrency> <addresses> <victims as JSON>
import { randomBytes } from 'node:crypto';
import { loopbackAddresses, request } from './loopback.mjs';

const [base, concurrencyArg, addressesArg, victimsArg] = process.argv.slice(2);
const CONCURRENCY = Number(concurrencyArg);
const victims = JSON.parse(victimsArg);
const addresses = await loopbackAddresses(Number(addressesArg), 2);

const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

const statuses = {};
let networkErrors = 0;
let attempts = 0;
let stopping = false;
const start = performance.now();

/**
 * The n-th guess: 1 in 100 a known account with its right password, 1 in 5 a known account with a
 * wrong one (guessing: the per-account delays should answer those with 429), the rest e-mails from
 * a leaked list that the platform has never seen.
 */
function guess(n) {
  const victim = victims[Math.floor(n / 5) % victims.length];
  if (n % 100 === 1) return { email: victim.email, password: victim.password };
  const wrong = `${randomBytes(9).toString('base64url')} guess`;
  if (n % 5 === 0) return { email: victim.email, password: wrong };
  return { email: `user-${n}-${randomBytes(4).toString('hex')}@example.org`, password: wrong };
}

async function worker(index) {
  const from = addresses[index % addresses.length];
  while (!stopping) {
    const n = attempts++;
    try {
      const response = await request(base, {
        method: 'POST',
        path: '/v1/sessions',
        from,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(guess(n)),
      });
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      if (n === 0) send({ flooding: true, distinctAddresses: new Set(addresses).size });
    } catch {
      // An attacker does not stop at a reset connection; a dead server shows on the honest side.
      networkErrors++;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }
}

const workers = Array.from({ length: CONCURRENCY }, (_, i) => worker(i));
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.all(workers);
  send({ statuses, networkErrors, requests: attempts, elapsedMs: performance.now() - start });
  process.exit(0);
};
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
