import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
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
  assert.deepEqual(MGP.search('ile st d').map((c) => c.code), ['93039']);
  assert.equal(MGP.search('EPINAY')[0]?.name, 'Épinay-sur-Seine');
  assert.equal(MGP.search('saint-maur')[0]?.code, '94068');
  assert.equal(MGP.search('pierrefitte')[0]?.code, '93066');
  assert.equal(MGP.search('930').length, 10);
  assert.deepEqual(MGP.search(''), []);
});

test('the generated communes module is reproduced byte for byte by its script', () => {
  const script = fileURLToPath(new URL('../scripts/generate-communes.mjs', import.meta.url));
  const output = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  assert.match(output, /is up to date \(130 communes, 1 former codes\)/);
});
