// `node scripts/sandbox-on-node-line.mjs <version>`: the sandbox's whole test suite run by another Node
// line than the machine's (a step of `npm test`, one per line of scripts/lib/node-lines.mjs). The
// server's native driver, better-sqlite3, is compiled for that line first (once, cached under
// node_modules/.cache: about 90 s of one core), and a preload makes the tests, the worker threads and
// the processes they start load that copy instead of the one `npm ci` compiled for the machine's Node.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { betterSqlite3For, nodeBinary } from './lib/node-lines.mjs';
import { ROOT } from './lib/setup.mjs';

const version = process.argv[2];
if (!version) throw new Error('usage: node scripts/sandbox-on-node-line.mjs <node version>');

const node = nodeBinary(version);
const started = performance.now();
// Its real path: the CommonJS loader keys modules by real path, and the redirect must name the same file.
const driver = realpathSync(betterSqlite3For(version));
const sandbox = path.join(ROOT, 'packages/sandbox');
const files = readdirSync(path.join(sandbox, 'test'))
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `test/${file}`);
const preload = pathToFileURL(path.join(ROOT, 'scripts/lib/better-sqlite3-for-line.mjs')).href;

// The line that runs, as that binary says it (the closing summary names the step, this its version).
const reported = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
process.stdout.write(
  `# Node ${reported} (${node}); better-sqlite3 built for it in ${((performance.now() - started) / 1000).toFixed(1)} s (${driver})\n`,
);
const child = spawn(
  node,
  // As the machine's line runs them (scripts/test.mjs), with the abuse proofs' longer limit for all:
  // from Node 22 on the limit holds each test, not each file.
  ['--import', 'tsx', '--test', '--test-reporter=tap', '--test-timeout=300000', ...files],
  {
    cwd: sandbox,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      QMI_BETTER_SQLITE3_DIR: driver,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${preload}`].filter(Boolean).join(' '),
    },
  },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
