import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Application, PendingEdit } from '../src/index.js';
import { rebase } from '../src/autosave/rebase.js';

/** A dossier at a revision, with the content given. */
const dossier = (revision: number, content: Record<string, unknown>): Application =>
  ({
    id: 'app-1',
    callId: 'qmi-2',
    commune: '93066',
    status: 'draft',
    revision,
    ownerId: 'acc-1',
    holdsPlace: true,
    documents: [],
    createdAt: '2023-12-01T09:00:00.000Z',
    updatedAt: '2023-12-01T09:00:00.000Z',
    ...content,
  }) as Application;

/** An edit typed on this device: `base` is the value the field had when the typing began. */
const edit = (path: string, value: unknown, base: unknown): PendingEdit => ({
  path,
  value,
  base,
  id: `tab:${path}`,
  editedAt: 0,
});

const mine = dossier(3, { challenge: { title: 'Rues aux écoles' } });

test('an edit of a field nobody else touched is kept, to be sent again on the newer version', () => {
  const server = dossier(4, {
    challenge: { title: 'Rues aux écoles' },
    motivations: { text: 'Écrit par un collègue' },
  });
  const result = rebase({
    base: mine,
    server,
    pending: [edit('challenge.description', 'Ma description', null)],
    conflicted: new Set(),
  });
  assert.equal(result.base, server);
  assert.deepEqual(result.landed, []);
  assert.deepEqual(result.conflicts, []);
  assert.equal(result.changed, true, 'the colleague’s text shows');
});

test('an edit the server already holds has landed: it is dropped, not sent twice', () => {
  const server = dossier(4, { challenge: { title: 'Rues apaisées' } });
  const typed = edit('challenge.title', 'Rues apaisées', 'Rues aux écoles');
  const result = rebase({ base: mine, server, pending: [typed], conflicted: new Set(['challenge.title']) });
  assert.deepEqual(result.landed, [typed]);
  assert.deepEqual(result.conflicts, []);
});

test('an edit of a field someone else changed meanwhile becomes a conflict that keeps both values', () => {
  const server = dossier(4, { challenge: { title: 'Version de Camille' } });
  const result = rebase({
    base: mine,
    server,
    pending: [edit('challenge.title', 'Version de Thomas', 'Rues aux écoles')],
    conflicted: new Set(),
  });
  assert.deepEqual(result.conflicts, [
    { path: 'challenge.title', mine: 'Version de Thomas', theirs: 'Version de Camille' },
  ]);
  assert.deepEqual(result.landed, []);
});

test('a conflict already open stands as first seen until the person chooses', () => {
  const server = dossier(5, { challenge: { title: 'Troisième version' } });
  const result = rebase({
    base: mine,
    server,
    pending: [edit('challenge.title', 'Version de Thomas', 'Rues aux écoles')],
    conflicted: new Set(['challenge.title']),
  });
  assert.deepEqual(result.conflicts, []);
});

test('a removed field counts as null: removing what the server removed too has landed', () => {
  const server = dossier(4, {});
  const removed = edit('challenge.title', null, 'Rues aux écoles');
  assert.deepEqual(rebase({ base: mine, server, pending: [removed], conflicted: new Set() }).landed, [removed]);
});

test('an older version than the one held is merged against, but not adopted; the same content announces no change', () => {
  const older = dossier(2, { challenge: { title: 'Rues aux écoles' } });
  const result = rebase({ base: mine, server: older, pending: [], conflicted: new Set() });
  assert.equal(result.base, mine);
  assert.equal(result.changed, false);
});
