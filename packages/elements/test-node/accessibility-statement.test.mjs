// The accessibility statement (docs/accessibilite.md) stays true: it lists every criterion of RGAA 4.1,
// each with a status, and every criterion it says the components meet names the automated tests that
// show it — tests that exist, so a renamed or deleted test makes the statement fail here.
//
//   node --test test-node/   (from packages/elements)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const statement = fs.readFileSync(path.join(REPO, 'docs/accessibilite.md'), 'utf8');

/** RGAA 4.1: the number of criteria of each of its 13 themes (106 in all). */
const CRITERIA_PER_THEME = [9, 2, 3, 13, 8, 2, 5, 10, 4, 14, 13, 11, 12];
const ALL = CRITERIA_PER_THEME.flatMap((count, theme) =>
  Array.from({ length: count }, (_, i) => `${theme + 1}.${i + 1}`),
);
const STATUSES = ['C', 'NC', 'NA', 'Page hôte'];

/** The rows of the statement's tables: `| 11.1 | title | status | evidence |`. */
const rows = [...statement.matchAll(/^\|\s*(\d+\.\d+)\s*\|([^|]*)\|\s*([^|]+?)\s*\|([^\n]*)\|\s*$/gm)].map(
  ([, number, title, status, evidence]) => ({
    number,
    title: title.trim(),
    status,
    evidence,
  }),
);

/** Every test title of the repository's test files (node:test and mocha alike). */
function testTitles() {
  const titles = new Set();
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.test\.(ts|mjs)$/.test(entry.name)) {
        const source = fs.readFileSync(full, 'utf8');
        for (const match of source.matchAll(
          /\b(?:it|test)\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|`([^`$]*)`)/g,
        )) {
          titles.add((match[1] ?? match[2] ?? match[3]).replace(/\\(.)/g, '$1'));
        }
      }
    }
  };
  for (const dir of ['packages', 'test']) walk(path.join(REPO, dir));
  return titles;
}

describe('docs/accessibilite.md (the RGAA accessibility statement of the components)', () => {
  it('lists each of the 106 criteria of RGAA 4.1 once, with a status', () => {
    assert.deepEqual(
      rows.map((row) => row.number),
      ALL,
    );
    for (const row of rows) assert.ok(STATUSES.includes(row.status), `${row.number}: status "${row.status}"`);
  });

  it('shows each criterion met with at least one test that exists', () => {
    const titles = testTitles();
    for (const row of rows.filter((r) => r.status === 'C')) {
      const cited = [...row.evidence.matchAll(/«\s*([^»]+?)\s*»/g)].map((m) => m[1]);
      assert.ok(cited.length > 0, `${row.number} is met: name the test that shows it`);
      for (const title of cited)
        assert.ok(titles.has(title), `${row.number} cites a test that does not exist: «${title}»`);
    }
  });

  it('gives a reason for each criterion left to the host page or not applicable', () => {
    for (const row of rows.filter((r) => r.status !== 'C'))
      assert.ok(row.evidence.trim().length > 10, `${row.number}: say why`);
  });

  it('states the rate of criteria met that it computes from its own table', () => {
    const applicable = rows.filter((r) => r.status === 'C' || r.status === 'NC').length;
    const met = rows.filter((r) => r.status === 'C').length;
    assert.match(statement, new RegExp(`${met} critères respectés sur ${applicable} applicables`));
  });
});
