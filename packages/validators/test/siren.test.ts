import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { communeOfSiren, communeOfSiret } from '../src/siren.js';

test('a town hall SIRET names its commune of the Métropole: Saint-Denis, Paris, Montreuil', () => {
  assert.deepEqual(communeOfSiret('92993941100013'), {
    code: '93066',
    name: 'Saint-Denis',
    department: '93',
    territory: 'Plaine Commune',
  });
  assert.equal(communeOfSiret('21750001600019')?.code, '75056');
  assert.equal(communeOfSiret('21750001600019')?.name, 'Paris');
  assert.equal(communeOfSiret('21930048000018')?.code, '93048');
  assert.equal(communeOfSiren('217500016')?.code, '75056');
});

test('an organisation that is not a commune of the Métropole has no commune: Lyon, the State, nonsense', () => {
  assert.equal(communeOfSiret('21690123100011'), undefined, 'Lyon is a commune, not of the Métropole');
  assert.equal(communeOfSiret('13002526500013'), undefined, 'DINUM is a State service');
  assert.equal(communeOfSiret('200054781'), undefined, 'a SIREN is not a SIRET');
  assert.equal(communeOfSiret('2175000160001X'), undefined);
  assert.equal(communeOfSiret(''), undefined);
  assert.equal(communeOfSiret(undefined), undefined);
});

test('a SIRET written with spaces, as on a letterhead, still names the commune', () => {
  assert.equal(communeOfSiret('217 500 016 00019')?.code, '75056');
});

test('every commune of the Métropole has its SIREN in the generated table, reproduced by its script', () => {
  const script = fileURLToPath(new URL('../scripts/generate-communes.mjs', import.meta.url));
  const output = execFileSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
  assert.match(output, /130 SIRENs/);
});
