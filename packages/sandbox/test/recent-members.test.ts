// The members kept in memory between the saves of one dossier (store/recent-members.ts): served only for
// the revision their save made and once that save is durable, within a bounded size.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recentMembers } from '../src/store/recent-members.js';

const challenge = { title: 'Rues fraîches', description: 'Des rues plus fraîches.' };

test('a save is served once durable, for its own revision only', () => {
  const recent = recentMembers();
  recent.pending('d1', 3, { challenge }, 60);
  assert.equal(recent.get('d1', 3, ['challenge']), undefined, 'not before its commit');
  recent.durable('d1', 3);
  assert.deepEqual(recent.get('d1', 3, ['challenge']), { challenge });
  assert.equal(recent.get('d1', 4, ['challenge']), undefined, 'another write since: the database answers');
  assert.equal(recent.get('d1', 2, ['challenge']), undefined);
  assert.equal(recent.get('d2', 3, ['challenge']), undefined);
});

test('a batch that failed is never served, even once a later save reaches the same revision', () => {
  const recent = recentMembers();
  recent.pending('d1', 3, { challenge }, 60); // its COMMIT failed: durable() never came
  recent.durable('d1', 4); // another save's acknowledgement, for another revision
  assert.equal(recent.get('d1', 3, ['challenge']), undefined);
  const other = { title: 'Autre', description: 'Une autre écriture.' };
  recent.pending('d1', 3, { challenge: other }, 50);
  recent.durable('d1', 3);
  assert.deepEqual(recent.get('d1', 3, ['challenge']), { challenge: other });
});

test('the acknowledgement of an older save does not make a newer pending one durable', () => {
  const recent = recentMembers();
  recent.pending('d1', 3, { challenge }, 60);
  recent.pending('d1', 4, { challenge: { ...challenge, title: 'Plus tard' } }, 60);
  recent.durable('d1', 3);
  assert.equal(recent.get('d1', 4, ['challenge']), undefined);
});

test('members the save did not write come from the database; a removed one is known to be absent', () => {
  const recent = recentMembers();
  recent.pending('d1', 5, { challenge, motivations: undefined }, 60);
  recent.durable('d1', 5);
  assert.equal(recent.get('d1', 5, ['challenge', 'partners']), undefined);
  assert.deepEqual(recent.get('d1', 5, ['challenge', 'motivations']), { challenge });
});

test('bounded by the JSON length it holds: the least recently used dossier goes first; forget drops one', () => {
  const recent = recentMembers(100);
  for (const id of ['a', 'b', 'c']) {
    recent.pending(id, 1, { challenge }, 40);
    recent.durable(id, 1);
  }
  // 'a' was evicted when 'c' came (120 > 100).
  assert.equal(recent.get('a', 1, ['challenge']), undefined);
  assert.ok(recent.get('b', 1, ['challenge'])); // 'b' is now the most recently used
  recent.pending('d', 1, { challenge }, 40);
  recent.durable('d', 1);
  assert.equal(recent.get('c', 1, ['challenge']), undefined);
  assert.ok(recent.get('b', 1, ['challenge']));
  assert.equal(recent.size, 80);
  recent.pending('huge', 1, { challenge }, 101);
  recent.durable('huge', 1);
  assert.equal(recent.get('huge', 1, ['challenge']), undefined, 'larger than the whole budget: not kept');
  recent.forget('b');
  assert.equal(recent.get('b', 1, ['challenge']), undefined);
  assert.equal(recent.size, 40);
});
