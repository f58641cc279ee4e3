// Preloaded (`NODE_OPTIONS=--import=<this file>`) to run the sandbox on another Node line than the one
// `npm ci` compiled better-sqlite3 for: `better-sqlite3` then resolves to the copy built for this line
// (scripts/lib/node-lines.mjs `betterSqlite3For`), named by QMI_BETTER_SQLITE3_DIR. Any module of the
// original package is redirected to the same file of the copy, whether it is asked for by name or by
// path (the checkpoint worker loads the driver by the path its parent resolved); NODE_OPTIONS reaches
// the worker threads and the processes the tests start (the CLI, the WAL saver).
import { createRequire, registerHooks } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const copy = process.env.QMI_BETTER_SQLITE3_DIR;
if (copy) {
  const original = path.dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json'));
  const from = pathToFileURL(`${original}/`).href;
  const to = pathToFileURL(`${copy}/`).href;
  registerHooks({
    resolve(specifier, context, next) {
      const resolved = next(specifier, context);
      return resolved.url.startsWith(from) ? { ...resolved, url: to + resolved.url.slice(from.length) } : resolved;
    },
  });
}
