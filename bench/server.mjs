// The sandbox under test, in its own process so that the load generator does not share its event
// loop. Prints {"url": ...} as one JSON line on stdout once it listens, then runs until told to stop.
//
// Usage: node bench/server.mjs <dataDir>
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// QMI_BENCH_SANDBOX names another build's dist/index.js (the base of a change, say) to measure instead.
const entry = process.env.QMI_BENCH_SANDBOX
  ? path.resolve(process.env.QMI_BENCH_SANDBOX)
  : path.join(ROOT, 'packages/sandbox/dist/index.js');
const { startSandbox, silentLogger } = await import(entry);

const dataDir = process.argv[2];
if (!dataDir) {
  process.stderr.write('bench/server.mjs: missing data directory argument\n');
  process.exit(2);
}

// One log line per request would measure terminal and pipe throughput rather than the API.
// The benches sign up all their applicants from the same loopback address: only that limit is
// raised, every other throttle keeps its default.
const sandbox = await startSandbox({
  dataDir,
  port: 0,
  host: '127.0.0.1',
  log: silentLogger,
  throttle: { signUpsPerAddressPerHour: 100_000 },
  // Sign-up's verification e-mails go to a catcher in this process, read at /dev/mail/messages.
  devMail: true,
});
process.stdout.write(`${JSON.stringify({ url: sandbox.url })}\n`);

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  sandbox.close().then(
    () => process.exit(0),
    (error) => {
      process.stderr.write(`bench/server.mjs: close failed: ${error}\n`);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The parent holds our stdin open: when it dies without signalling us, we must not linger.
process.stdin.on('end', stop);
process.stdin.on('close', stop);
process.stdin.resume();
