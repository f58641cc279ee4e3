// Set-up shared by `npm start`, `npm test` and `npm run bench`: each command installs and builds
// what is missing, so that a newcomer on a fresh machine needs nothing but Node 20 and npm.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PACKAGES = ['core', 'validators', 'elements', 'sandbox'];

const say = (message) => process.stderr.write(`\n› ${message}\n`);

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
  }
}

const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

function newestIn(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : mtime(full));
  }
  return newest;
}

/** `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureInstalled() {
  const marker = path.join(ROOT, 'node_modules/.package-lock.json');
  if (mtime(marker) >= mtime(path.join(ROOT, 'package-lock.json'))) return;
  say('Installing dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Builds the packages whose dist is missing or older than their sources. */
export function ensureBuilt({ force = false } = {}) {
  const stale = PACKAGES.filter((name) => {
    const dir = path.join(ROOT, 'packages', name);
    const built = mtime(path.join(dir, 'dist/index.js'));
    return (
      force || built === 0 || built < Math.max(newestIn(path.join(dir, 'src')), mtime(path.join(dir, 'package.json')))
    );
  });
  if (stale.length === 0) return;
  say(`Building ${stale.map((name) => `@qmi/${name}`).join(', ')}…`);
  // Dependency order: core, then validators, then the rest (the root workspaces array is in that order).
  for (const name of PACKAGES.filter((n) => stale.includes(n) || force))
    run('npm', ['run', 'build', '-w', `packages/${name}`]);
}

/** The Chromium the browser tests drive: Debian's package, installed when missing (we are root here). */
export function ensureChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((file) => fs.existsSync(file));
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error(
      'Chromium is missing: install Debian\'s "chromium" package (apt-get install chromium) or set CHROME_PATH.',
    );
  }
  say('Installing Chromium from Debian packages (apt-get install chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env });
  return '/usr/bin/chromium';
}

/** The Node lines we support and test: the root package.json's `engines` (caret ranges such as ^20.19.0). */
export const SUPPORTED_NODE = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node;

/**
 * Whether this Node can run the project, read before any dependency is installed (so no semver):
 * `ok` on a supported line, `old` below the oldest one (it will not work), `untested` on a line we do
 * not test yet (it may work: say so, do not refuse).
 */
export function nodeSupport(version = process.versions.node) {
  const [major, minor, patch] = version.split('.').map(Number);
  const ranges = SUPPORTED_NODE.split('||')
    .map((range) => /\^(\d+)\.(\d+)\.(\d+)/.exec(range)?.slice(1).map(Number))
    .filter(Boolean);
  if (ranges.some(([m, n, p]) => major === m && (minor > n || (minor === n && patch >= p)))) return 'ok';
  const [oldest] = ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const below =
    !oldest ||
    major < oldest[0] ||
    (major === oldest[0] && (minor < oldest[1] || (minor === oldest[1] && patch < oldest[2])));
  return below ? 'old' : 'untested';
}

/** Stops on a Node too old to work, warns on a line we do not test; for `npm start` and `npm test`. */
export function checkNode() {
  const support = nodeSupport();
  if (support === 'old') {
    console.error(`qmi-kit needs Node ${SUPPORTED_NODE} (this is ${process.version}).`);
    process.exit(1);
  }
  if (support === 'untested')
    console.warn(
      `qmi-kit is tested on Node ${SUPPORTED_NODE}; this is ${process.version}, which may work but is not tested.`,
    );
}

export function git(args) {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
}
