// What a page downloads, measured as toolchain.md counts a first download: esbuild with splitting, from
// the built package; the entry's chunk and the chunks it imports statically come first, the chunks
// behind an `import()` later. Shared by the first-load tests of test-node/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const PACKAGE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The code of the first download of `contents` (what a page pays before use), and of every chunk it may fetch later. */
export async function downloads(contents) {
  const result = await build({
    stdin: { contents, resolveDir: PACKAGE, loader: 'js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: '/virtual',
    write: false,
    metafile: true,
    minify: true,
    platform: 'browser',
    logLevel: 'silent',
  });
  const text = new Map(result.outputFiles.map((file) => [path.relative('/virtual', file.path), file.text]));
  const outputs = result.metafile.outputs;
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of outputs[name].imports)
      if (imported.kind === 'import-statement' && outputs[imported.path]) visit(imported.path);
  };
  visit(Object.keys(outputs).find((name) => outputs[name].entryPoint === '<stdin>'));
  // A file not found would make a "not in the first load" test pass without reading anything: never ''.
  const codeOf = (name) => {
    const code = text.get(path.relative('/virtual', path.resolve(name))) ?? text.get(name);
    if (code === undefined) throw new Error(`downloads(): no output file for ${name}`);
    return code;
  };
  const of = (names) => names.map(codeOf).join('\n');
  return { first: of([...seen]), later: of(Object.keys(outputs).filter((name) => !seen.has(name))) };
}
