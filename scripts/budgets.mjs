// Size budgets of what partner pages and apps load (esbuild, minified, gzip -9), checked by `npm test`.
// A budget is raised on purpose, in this file, with the reason; never silently.
import { buildSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './lib/setup.mjs';

const KB = 1024;
const BUDGETS = [
  // lit, zod (response validation), ky, idb, tus-js-client, the rules and the communes, every element.
  // Raised from 85 to 100 KB with the uploader (tus-js-client and its url-parse, about 20 KB), then to
  // 115 KB with the timeline, the checklist and the messages (12 KB): eight elements in one file,
  // where Uppy's dashboard with tus alone is 92 KB. zod is the next thing to cut (zod/mini).
  { name: '@qmi/elements single-file bundle', file: 'packages/elements/dist/qmi-elements.bundle.js', prebuilt: true, budget: 115 * KB },
  // The form embeds the uploader: raised from 85 to 95 KB with it.
  { name: '@qmi/elements/form, bundled by an app', file: 'packages/elements/dist/form/application-form.js', budget: 95 * KB },
  // The uploader carries tus-js-client and the client (for the document's record) with it.
  { name: '@qmi/elements/uploader, bundled by an app', file: 'packages/elements/dist/uploader/uploader.js', budget: 75 * KB },
  { name: '@qmi/elements/commune-picker, bundled by an app', file: 'packages/elements/dist/commune-picker/commune-picker.js', budget: 16 * KB },
  { name: '@qmi/validators, bundled by an app', file: 'packages/validators/dist/index.js', budget: 10 * KB },
  { name: '@qmi/core client only (createClient)', entry: "export { createClient } from '@qmi/core';", budget: 45 * KB },
];

let failed = 0;
for (const item of BUDGETS) {
  let bytes;
  if (item.prebuilt) bytes = fs.readFileSync(path.join(ROOT, item.file));
  else {
    const input = item.entry ? { stdin: { contents: item.entry, resolveDir: ROOT, loader: 'js' } } : { entryPoints: [path.join(ROOT, item.file)] };
    bytes = buildSync({ ...input, bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'error' }).outputFiles[0].contents;
  }
  const gzip = gzipSync(bytes, { level: 9 }).length;
  const ok = gzip <= item.budget;
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'OVER'} ${item.name.padEnd(50)} ${(gzip / KB).toFixed(1).padStart(6)} KB gzip  (budget ${item.budget / KB} KB)`);
}
process.exit(failed ? 1 : 0);
