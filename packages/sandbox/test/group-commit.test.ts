import assert from 'node:assert/strict';
import { createHook } from 'node:async_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { openDatabase } from '../src/db/database.js';
import { createGroupCommit } from '../src/store/group-commit.js';
import { walCommits } from './wal.js';

/**
 * Group commit (contract C4) on a real database file: writes arriving together share one COMMIT (one
 * fsync), each keeps its own fate, and none is acknowledged before it is committed.
 */

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-group-commit-'));
const db = openDatabase(dataDir);
const file = path.join(dataDir, 'qmi.sqlite');
// The count of commits is read from the WAL: no checkpoint may restart it during a test.
db.pragma('wal_autocheckpoint = 0');
db.exec(`CREATE TABLE saves (id TEXT PRIMARY KEY, body TEXT NOT NULL);
  CREATE TABLE owners (id TEXT PRIMARY KEY);
  CREATE TABLE owned (owner TEXT REFERENCES owners(id) DEFERRABLE INITIALLY DEFERRED)`);
// Another connection, as another process (a restarted server, a backup) would see the file.
const observer = new Database(file, { readonly: true });
after(() => {
  observer.close();
  db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const groupCommit = createGroupCommit(db);
const insert = db.prepare('INSERT INTO saves (id, body) VALUES (?, ?)');
const seen = (id: string) =>
  observer.prepare('SELECT body FROM saves WHERE id = ?').get(id) as { body: string } | undefined;
const commits = () => walCommits(`${file}-wal`).commits;
const save = (id: string) => () => insert.run(id, `body of ${id}`).changes;

test('writes queued together are committed by one transaction, one fsync', async () => {
  const before = commits();
  const results = await Promise.all(Array.from({ length: 16 }, (_, i) => groupCommit.run(save(`together-${i}`))));
  assert.deepEqual(results, Array(16).fill(1), 'each work answers its own result');
  assert.equal(commits() - before, 1, 'sixteen saves, one commit');
  for (let i = 0; i < 16; i++) assert.ok(seen(`together-${i}`));

  // Awaited one after the other, each is its own commit: the count above is not an artefact.
  const alone = commits();
  for (let i = 0; i < 3; i++) await groupCommit.run(save(`alone-${i}`));
  assert.equal(commits() - alone, 3);
});

test('a failing write is undone alone: the others of its batch are committed, only its promise rejects', async () => {
  const before = commits();
  const failure = new Error('this dossier is no longer editable');
  const outcomes = await Promise.allSettled([
    groupCommit.run(save('kept-1')),
    groupCommit.run(() => {
      insert.run('undone', 'written before the failure');
      throw failure;
    }),
    groupCommit.run(save('kept-2')),
    // A constraint SQLite itself refuses, inside the batch.
    groupCommit.run(save('kept-1')),
  ]);
  assert.deepEqual(
    outcomes.map((o) => o.status),
    ['fulfilled', 'rejected', 'fulfilled', 'rejected'],
  );
  assert.equal((outcomes[1] as PromiseRejectedResult).reason, failure, 'the work sees its own error');
  assert.match(String((outcomes[3] as PromiseRejectedResult).reason), /UNIQUE/);
  assert.equal(seen('kept-1')?.body, 'body of kept-1');
  assert.ok(seen('kept-2'));
  assert.equal(seen('undone'), undefined, 'the failing work wrote nothing');
  assert.equal(commits() - before, 1);
});

test('each save is visible to another connection when its promise resolves, not before', async () => {
  const resolvedUnseen: string[] = [];
  let ranBeforeResolve = 0;
  const ids = Array.from({ length: 8 }, (_, i) => `visible-${i}`);
  let resolvedCount = 0;
  await Promise.all(
    ids.map((id) =>
      groupCommit
        .run(() => {
          insert.run(id, 'x');
          // Written inside the transaction: invisible to the other connection until the COMMIT.
          if (seen(id) === undefined && resolvedCount === 0) ranBeforeResolve++;
        })
        .then(() => {
          resolvedCount++;
          if (!seen(id)) resolvedUnseen.push(id);
        }),
    ),
  );
  assert.equal(ranBeforeResolve, ids.length, 'every work ran, uncommitted, before any promise resolved');
  assert.deepEqual(resolvedUnseen, [], 'no promise resolved before its write was committed');
});

test('when the COMMIT itself fails, no write of the batch is acknowledged nor kept', async () => {
  // A deferred foreign key is checked at COMMIT: the whole batch fails there.
  const outcomes = await Promise.allSettled([
    groupCommit.run(save('with-orphan')),
    groupCommit.run(() => db.prepare('INSERT INTO owned (owner) VALUES (?)').run('nobody')),
  ]);
  assert.deepEqual(
    outcomes.map((o) => o.status),
    ['rejected', 'rejected'],
  );
  assert.match(String((outcomes[0] as PromiseRejectedResult).reason), /FOREIGN KEY/);
  assert.equal(seen('with-orphan'), undefined);
  assert.equal(db.inTransaction, false);
  // And the next batch commits normally.
  await groupCommit.run(save('after-failure'));
  assert.ok(seen('after-failure'));
});

test('a work that returns a promise is refused and undone: the transaction cannot wait for it', async () => {
  const outcome = groupCommit.run(async () => insert.run('async', 'x'));
  await assert.rejects(outcome, /synchronous/);
  assert.equal(seen('async'), undefined);
});

test('a single save waits for no timer: nothing delays it to gather more writes', async () => {
  // A timer (setTimeout's 1 ms floor) or a delay to gather more writes would make every lone autosave
  // slower. Watched with async_hooks, not timed: a timed comparison fails on a loaded machine.
  const timers: string[] = [];
  const hook = createHook({
    init(_id, type) {
      if (type === 'Timeout') timers.push(type);
    },
  });
  hook.enable();
  try {
    for (let i = 0; i < 20; i++) await groupCommit.run(save(`lone-${i}`));
  } finally {
    hook.disable();
  }
  assert.deepEqual(timers, [], 'a lone save set a timer');
  // And each was committed before it was acknowledged: another connection reads them all.
  for (let i = 0; i < 20; i++) assert.ok(seen(`lone-${i}`), `lone-${i} not committed`);
});
