// The licences of the packages a build copied into our files (a bundled dependency is a copy: MIT and
// BSD ask that its notice travel with it). Read from the source maps' `sources`, so the list is what
// was actually bundled, not what we think was.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Package folders (…/node_modules/<name> or …/node_modules/@scope/name) named in a source map's sources. */
function packagesOf(map, mapFile) {
  const found = new Set();
  for (const source of map.sources ?? []) {
    const full = path.resolve(path.dirname(mapFile), map.sourceRoot ?? '', source);
    const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(full);
    if (match) found.add(match[1]);
  }
  return found;
}

/**
 * Writes `out` (Markdown) with the name, version and licence text of every package bundled into the
 * `.js.map` files of `dir`.
 */
export async function writeBundledLicenses(dir, out) {
  const folders = new Set();
  for (const file of (await readdir(dir)).filter((name) => name.endsWith('.js.map'))) {
    const mapFile = path.join(dir, file);
    for (const folder of packagesOf(JSON.parse(await readFile(mapFile, 'utf8')), mapFile)) folders.add(folder);
  }
  const sections = [];
  for (const folder of [...folders].sort()) {
    const manifest = JSON.parse(await readFile(path.join(folder, 'package.json'), 'utf8'));
    const licenceFile = (await readdir(folder)).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
    const text = licenceFile ? (await readFile(path.join(folder, licenceFile), 'utf8')).trim() : '';
    sections.push(`## ${manifest.name} ${manifest.version} (${manifest.license ?? 'see its package'})\n\n${text}\n`);
  }
  await writeFile(
    out,
    `# Licences of the packages bundled in this folder\n\nWritten by the build from the source maps.\n\n${sections.join('\n')}`,
  );
}
