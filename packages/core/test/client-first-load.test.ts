import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const coreDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * What a page that reads a call (a timeline) downloads of @qmi/core, as an app's bundler splits it: its
 * first load (the entry and what it imports statically), and the chunks fetched later with `import()`.
 */
async function pageReadingACall(): Promise<{ first: string; later: string }> {
  const { outputFiles, metafile } = await build({
    stdin: {
      contents: `import { callsResource, createClientBase, withResources } from './src/index.ts';
        export const client = withResources(createClientBase({ baseUrl: 'https://plateforme.example' }), { calls: callsResource });`,
      resolveDir: coreDir,
      loader: 'ts',
      sourcefile: 'page.ts',
    },
    absWorkingDir: coreDir,
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    // tus-js-client's browser build is made by the package's build: not needed to read where the client's code goes.
    external: ['#tus-js-client'],
    outdir: 'out',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const entry = Object.keys(metafile.outputs).find((file) => metafile.outputs[file]!.entryPoint === 'page.ts')!;
  const firstFiles = new Set<string>();
  const visit = (file: string) => {
    if (firstFiles.has(file)) return;
    firstFiles.add(file);
    for (const imported of metafile.outputs[file]!.imports)
      if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(entry);
  const text = (first: boolean) =>
    outputFiles
      .filter((file) => firstFiles.has(`out/${file.path.split('/out/')[1]}`) === first)
      .map((file) => file.text)
      .join('\n');
  return { first: text(true), later: text(false) };
}

test('a page reading a call loads the typed errors of an error answer, and their codes, beside its first request', async () => {
  const { first, later } = await pageReadingACall();
  // The classes of an error answer and the table of the platform's codes (`ApiError.code`).
  for (const only of ['PreconditionRequiredError', 'invitation_other_address']) {
    assert.equal(first.includes(only), false, `${only} is in the first load`);
    assert.equal(later.includes(only), true, `${only} is in no chunk`);
  }
  // The errors without an answer are thrown by the client itself: they stay.
  assert.equal(first.includes('ConnectionError'), true);
  // The diagnosis of a request left unanswered (a refused CORS grant or no platform) comes after a failure.
  assert.equal(first.includes('no-cors'), false, 'the diagnosis is in the first load');
  assert.equal(later.includes('no-cors'), true);
});
