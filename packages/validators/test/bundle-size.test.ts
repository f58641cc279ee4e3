import assert from 'node:assert/strict';
import { buildSync } from 'esbuild';
import fs from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Budgets of the browser bundle (esbuild, minified, gzip -9): a partner page loads it for live checks. */
const BUDGET = { bundleGzip: 10 * 1024, communesGzip: 2 * 1024 };
const file = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

test('the rules’ browser bundle stays within its budget and carries neither zod nor ky', () => {
  const result = buildSync({
    entryPoints: [file('../dist/index.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
  });
  const gzip = gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
  assert.ok(gzip <= BUDGET.bundleGzip, `${gzip} B gzip, budget ${BUDGET.bundleGzip} B`);
  const modules = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([name]) => name);
  assert.ok(!modules.some((name) => /node_modules\/(zod|ky)\//.test(name)), modules.join('\n'));
});

test('the generated communes list is small (about 1.5 KB gzip of data)', () => {
  const gzip = gzipSync(fs.readFileSync(file('../src/communes/mgp-communes.data.ts')), { level: 9 }).length;
  assert.ok(gzip <= BUDGET.communesGzip, `${gzip} B gzip, budget ${BUDGET.communesGzip} B`);
});
