// `npm run api:report`: fails when a package's exported names differ from its committed
// `packages/<pkg>/api-report.md` (an export added or removed by accident), and says which.
// `npm run api:update` (`--update`): writes the reports after an intended change, to commit with it.
import fs from 'node:fs';
import path from 'node:path';
import { PACKAGES, packageReport, reportFile, wildcardExports } from './lib/api-surface.mjs';
import { ROOT } from './lib/setup.mjs';

const update = process.argv.includes('--update');
let stale = 0;

for (const name of PACKAGES) {
  const file = reportFile(name);
  const relative = path.relative(ROOT, file);
  const fresh = packageReport(name);
  const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (fresh === committed) {
    console.log(`${relative}: up to date`);
    continue;
  }
  if (update) {
    fs.writeFileSync(file, fresh);
    console.log(`${relative}: written`);
    continue;
  }
  stale += 1;
  console.error(`${relative} differs from the exports of @qmi/${name}:`);
  for (const line of changedLines(committed, fresh)) console.error(`  ${line}`);
}

const wildcards = wildcardExports();
if (wildcards.length) {
  console.error(
    `\n\`export *\` re-exports whatever a module adds; name the exports instead:\n${wildcards.map((w) => `  ${w}`).join('\n')}`,
  );
}

if (stale) {
  console.error(
    '\nAn export was added, removed or renamed. If that is intended, run `npm run api:update` and commit the report;',
  );
  console.error('if not, put the export list of the index back as it was.');
}
if (stale || wildcards.length) process.exit(1);

/** The lines only in one of the two texts, under the heading they belong to (`+` now exported, `-` no longer). */
function changedLines(before, after) {
  const keyed = (text) => {
    const keys = new Set();
    let heading = '';
    let list = '';
    for (const line of text.split('\n')) {
      if (line.startsWith('#')) [heading, list] = [line.replace(/^#+ /, ''), ''];
      else if (/^(Values|Types) \(/.test(line)) list = line.replace(/ \(.*/, '');
      else if (line.startsWith('- '))
        keys.add(`${heading}${list ? ` ${list}` : ''}: ${line.slice(2).replaceAll('`', '')}`);
    }
    return keys;
  };
  const old = keyed(before);
  const now = keyed(after);
  const changes = [
    ...[...now].filter((k) => !old.has(k)).map((k) => `+ ${k}`),
    ...[...old].filter((k) => !now.has(k)).map((k) => `- ${k}`),
  ];
  return changes.length ? changes : ['(the same names; only the layout of the report differs)'];
}
