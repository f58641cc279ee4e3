import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

const coreDir = fileURLToPath(new URL('..', import.meta.url));

/** A page with an uploader, as an app's bundler builds it from the published package (dist/), with code splitting. */
async function uploaderPage(): Promise<Metafile> {
  const { metafile } = await build({
    stdin: {
      contents: `export { createClientBase, DocumentUpload, preloadUploadEngine } from '@qmi/core';`,
      resolveDir: coreDir,
      loader: 'js',
      sourcefile: 'page.js',
    },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    outdir: path.join(coreDir, '.page-out'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return metafile;
}

/** The files a browser fetches before anything is used: the page's file and what it imports statically. */
function firstLoad(metafile: Metafile): string[] {
  const entry = Object.keys(metafile.outputs).find((file) => metafile.outputs[file]!.entryPoint === 'page.js')!;
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { path: next, kind } of metafile.outputs[file]!.imports) if (kind === 'import-statement') visit(next);
  };
  visit(entry);
  return [...seen];
}

test("tus-js-client's CommonJS dependencies cost a page nothing before a file is sent", async () => {
  const metafile = await uploaderPage();
  const files = firstLoad(metafile);
  // esbuild's CommonJS helpers, when some module of the app is CommonJS, go to a file of their own that
  // every chunk imports: one more request and 0.35 KB gzip in every page's first load.
  const helpersOnly = files.filter((file) => Object.keys(metafile.outputs[file]!.inputs).length === 0);
  assert.deepEqual(helpersOnly, [], 'no file of esbuild helpers alone in the first load');
  const commonJs = Object.entries(metafile.inputs)
    .filter(([, input]) => input.format === 'cjs')
    .map(([file]) => file);
  assert.deepEqual(commonJs, [], 'the app bundles no CommonJS module of @qmi/core or its dependencies');
  // tus itself still comes, behind import(), when a file is sent.
  const engine = Object.keys(metafile.outputs).find((file) =>
    Object.keys(metafile.outputs[file]!.inputs).some((input) => input.endsWith('dist/uploads/engine.js')),
  );
  assert.ok(engine && !files.includes(engine), 'the upload engine is fetched later');
  assert.ok(
    Object.keys(metafile.outputs[engine]!.inputs).some((input) => input.endsWith('dist/vendor/tus-js-client.js')),
    "with tus-js-client's browser build",
  );
});
