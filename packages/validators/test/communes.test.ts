import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { nameMatcher, nameWords } from '../src/communes/name-match.js';
import { MGP, territoryDirectory } from '../src/index.js';

test('the Métropole du Grand Paris has 130 communes today, Paris counted once', () => {
  const communes = MGP.communes();
  assert.equal(communes.length, 130);
  const byDepartment: Record<string, number> = {};
  for (const commune of communes) byDepartment[commune.department] = (byDepartment[commune.department] ?? 0) + 1;
  assert.deepEqual(byDepartment, { '75': 1, '91': 6, '92': 36, '93': 39, '94': 47, '95': 1 });
  assert.deepEqual(MGP.find('75056')?.commune, { code: '75056', name: 'Paris', department: '75', territory: 'Paris' });
  assert.equal(MGP.find('75101'), undefined, 'arrondissements are not communes of the MGP');
  assert.equal(MGP.find('95018')?.commune.territory, 'Boucle Nord de Seine');
  assert.equal(territoryDirectory('200054781'), MGP);
});

test('Pierrefitte-sur-Seine (93059) resolves to Saint-Denis (93066), with both names', () => {
  assert.deepEqual(MGP.find('93059'), {
    commune: { code: '93066', name: 'Saint-Denis', department: '93', territory: 'Plaine Commune' },
    formerCode: { code: '93059', name: 'Pierrefitte-sur-Seine' },
  });
});

test('communes outside the MGP are not found: Versailles (78646), a Yvelines code, a typo', () => {
  assert.equal(MGP.find('78646'), undefined);
  assert.equal(MGP.find('9306'), undefined);
  assert.equal(MGP.find(''), undefined);
});

test('type-ahead search ignores accents, case and "Saint"/"St", and finds former names', () => {
  assert.deepEqual(
    MGP.search('ile st d').map((c) => c.code),
    ['93039'],
  );
  assert.equal(MGP.search('EPINAY')[0]?.name, 'Épinay-sur-Seine');
  assert.equal(MGP.search('saint-maur')[0]?.code, '94068');
  assert.equal(MGP.search('pierrefitte')[0]?.code, '93066');
  assert.equal(MGP.search('930').length, 10);
  assert.deepEqual(MGP.search(''), []);
});

const names = (query: string) => MGP.search(query).map((c) => c.name);
const codes = (query: string) => MGP.search(query).map((c) => c.code);
const SAINT_FIRST = [
  'Saint-Cloud',
  'Saint-Denis',
  'Saint-Mandé',
  'Saint-Maur-des-Fossés',
  'Saint-Maurice',
  'Saint-Ouen-sur-Seine',
];
const SAINT_INSIDE = ['Boissy-Saint-Léger', "L'Île-Saint-Denis", 'Le Pré-Saint-Gervais', 'Villeneuve-Saint-Georges'];

test('typing the start of "Saint-" finds the Saint- communes first, then those with Saint inside their name', () => {
  for (const query of ['sain', 'Saint', 'saint-', 'ST', 'st-']) {
    const found = names(query);
    assert.deepEqual(
      found.slice(0, 6).sort(),
      [...SAINT_FIRST].sort(),
      `"${query}": the names that start with Saint first`,
    );
    assert.ok(found.includes("L'Île-Saint-Denis"), `"${query}" finds L'Île-Saint-Denis`);
  }
  assert.deepEqual(names('sain').slice(6).sort(), [...SAINT_INSIDE].sort());
  // "st" being typed may still become Stains; "st-" is a finished word, Saint, and Stains is not it.
  assert.ok(names('st').includes('Stains'));
  assert.ok(!names('st-').includes('Stains'));
  assert.equal(names('sta')[0], 'Stains');
});

test('"Saint" and "St" are the same word both ways, with the name that starts so first', () => {
  for (const query of ['st-d', 'saint d', 'saint-d', 'st denis', 'St-Denis', 'saint denis']) {
    assert.deepEqual(codes(query), ['93066', '93039'], `"${query}": Saint-Denis, then L'Île-Saint-Denis`);
  }
  for (const query of ['ile st d', 'ile saint d', "l'ile-saint-denis", "L'Île-St-Denis", 'lile saint denis']) {
    assert.deepEqual(codes(query), ['93039'], `"${query}": L'Île-Saint-Denis`);
  }
  // A whole word typed ranks the name that has it before a longer one that merely starts with it.
  assert.deepEqual(codes('saint maur').slice(0, 2), ['94068', '94069']);
  assert.deepEqual(codes('st maurice'), ['94069']);
  assert.equal(names('paris')[0], 'Paris');
  assert.equal(names('lhay')[0], "L'Haÿ-les-Roses");
});

test('"Sainte" and "Ste" are the same word too, and not the same as "St"', () => {
  const matches = (query: string, name: string) => (nameMatcher(query)?.(nameWords(name)) ?? -1) >= 0;
  for (const query of ['ste', 'ste-g', 'sainte g', 'saint', 'sain', 'st', 'Sainte-Geneviève-des-Bois']) {
    assert.ok(matches(query, 'Sainte-Geneviève-des-Bois'), `"${query}" finds Sainte-Geneviève-des-Bois`);
  }
  assert.ok(matches('sainte-g', 'Ste-Geneviève-des-Bois'), 'a name written with Ste is found by Sainte');
  assert.ok(!matches('st g', 'Sainte-Geneviève-des-Bois'), 'St is Saint, not Sainte');
  assert.ok(!matches('ste', 'Saint-Denis'));
  assert.equal(nameMatcher('  - '), undefined, 'nothing typed, nothing to match');
});

test('the generated communes module is reproduced byte for byte by its script', () => {
  const script = fileURLToPath(new URL('../scripts/generate-communes.mjs', import.meta.url));
  const output = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  assert.match(output, /is up to date \(130 communes, 1 former codes\)/);
});
