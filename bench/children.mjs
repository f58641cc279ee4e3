// Child processes of a bench that talk in JSON lines: the child writes one JSON object per line on
// stdout, the parent sends one per line on its stdin. A child that cannot go on writes
// {"error": "..."} and exits; its stderr goes to the parent's stderr as progress.
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { ROOT } from '../scripts/lib/setup.mjs';

const STOP_MS = 15_000;
const started = new Set();

/** Starts `node bench/<file> ...args`. `next(ms)` waits for its next message; `send(obj)` writes one. */
export function spawnChild(file, args = []) {
  const child = spawn(process.execPath, [path.join(ROOT, 'bench', file), ...args.map(String)], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  started.add(child);
  const queue = [];
  const waiting = [];
  let ended;
  const deliver = (item) => (waiting.length ? waiting.shift()(item) : queue.push(item));
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      deliver({ error: new Error(`${file} wrote a line that is not JSON: ${line.slice(0, 200)}`) });
      return;
    }
    deliver(message.error ? { error: new Error(`${file}: ${message.error}`) } : { message });
  });
  child.once('error', (error) => deliver({ error }));
  child.once('exit', (code, signal) => {
    started.delete(child);
    ended = new Error(`${file} exited (${signal ?? `exit code ${code}`})`);
    while (waiting.length) waiting.shift()({ error: ended });
  });
  // Writing to a child that has just died must not crash the bench with EPIPE: `next` reports it.
  child.stdin.on('error', () => {});

  return {
    child,
    send: (message) => child.stdin.write(`${JSON.stringify(message)}\n`),
    next(timeoutMs) {
      const item = queue.shift();
      if (item) return item.error ? Promise.reject(item.error) : Promise.resolve(item.message);
      if (ended) return Promise.reject(ended);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(settle), 1);
          reject(new Error(`${file} sent nothing within ${timeoutMs / 1000} s`));
        }, timeoutMs);
        const settle = ({ message, error }) => {
          clearTimeout(timer);
          if (error) reject(error);
          else resolve(message);
        };
        waiting.push(settle);
      });
    },
    /** SIGTERM, then SIGKILL if it lingers; resolves with how it exited. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null)
        return { code: child.exitCode, signal: child.signalCode };
      const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_MS);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/** For exit paths: kills every child still running, at once. */
export function killChildrenSync() {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}
