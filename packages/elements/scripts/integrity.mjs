import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const BUNDLES = ['dist/qmi-elements.bundle.js', 'dist/qmi-organisers.bundle.js'];

/**
 * The Subresource Integrity hash of each bundle AND of each chunk it may load, in `dist/integrity.json`
 * (shipped, exported as `@qmi/elements/integrity.json`) and printed: a partner page loads the bundle from
 * a CDN pinned to a version, with `integrity="sha384-…"`, so a changed file is refused by the browser
 * instead of run. The chunks' hashes are for an import map's `integrity` (see docs/partner-sites/embedding.md), which pins
 * the files the bundle imports as the tag pins the bundle. Keyed by the file's path in the package,
 * which is its path on npm CDNs. Written last, once every chunk is built (scripts/build-bundles.mjs).
 */
export async function writeIntegrity(packageDir) {
  const at = (file) => path.join(packageDir, file);
  const { name, version } = JSON.parse(await readFile(at('package.json'), 'utf8'));
  const chunks = (await readdir(at('dist/chunks'))).filter((file) => file.endsWith('.js')).sort();
  const files = {};
  for (const file of [...BUNDLES, ...chunks.map((chunk) => `dist/chunks/${chunk}`)])
    files[file] = `sha384-${createHash('sha384')
      .update(await readFile(at(file)))
      .digest('base64')}`;
  await writeFile(at('dist/integrity.json'), `${JSON.stringify({ name, version, files }, null, 2)}\n`);
  for (const bundle of BUNDLES)
    console.log(
      `\nSubresource Integrity of ${name}@${version} ${bundle} (dist/integrity.json, with its ${chunks.length} chunks):\n  integrity="${files[bundle]}" crossorigin="anonymous"\n`,
    );
}
