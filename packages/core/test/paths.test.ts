import assert from 'node:assert/strict';
import { test } from 'node:test';
import { getPath, patchOf, setPath } from '../src/index.js';

test('getPath reads nested fields and list items, and undefined past a missing step', () => {
  const dossier = { team: { agent: { email: 'a@b.fr' } }, partners: [{ name: 'RATP' }] };
  assert.equal(getPath(dossier, 'team.agent.email'), 'a@b.fr');
  assert.equal(getPath(dossier, ['partners', '0', 'name']), 'RATP');
  assert.equal(getPath(dossier, 'team.lead.email'), undefined);
});

test('setPath writes in a copy, creating the missing objects, and removes the field for null', () => {
  const draft = { team: { agent: { email: 'a@b.fr', name: 'Ana' } } };
  const next = setPath(draft, 'team.agent.email', 'c@d.fr');
  assert.deepEqual(next, { team: { agent: { email: 'c@d.fr', name: 'Ana' } } });
  assert.equal(draft.team.agent.email, 'a@b.fr');
  assert.deepEqual(setPath(next, 'team.agent.name', null), { team: { agent: { email: 'c@d.fr' } } });
  assert.deepEqual(setPath({}, 'challenge.title', 'T'), { challenge: { title: 'T' } });
  const list = [{ name: 'RATP' }];
  const withList = setPath({}, 'partners', list);
  list[0]!.name = 'changed later';
  assert.deepEqual(withList, { partners: [{ name: 'RATP' }] });
});

test('patchOf keeps null, which is how a merge patch removes a field (RFC 7396)', () => {
  assert.deepEqual(
    patchOf([
      { path: 'team.agent.email', value: 'c@d.fr' },
      { path: 'team.agent.phone', value: null },
      { path: 'challenge.title', value: undefined },
    ]),
    { team: { agent: { email: 'c@d.fr', phone: null } }, challenge: { title: null } },
  );
});
