// What an autosave writes to disk. Under synchronous=FULL every save waits for its fsync, and the fsync
// takes as long as what it flushes: typing a project's title must not rewrite the whole 90 KB dossier
// (its 30 partners, its sectors...), only the section the title belongs to.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { ApplicationContent } from '@qmi/core';
import { applicant, nextCommune, raw, startTestSandbox } from './helpers.js';
import { walIndex } from './wal-rows.js';

const sandbox = await startTestSandbox();
// The benchmark's full dossier: the upper end of what the QMI 2 form allows (30 partners, long texts).
const DOSSIER = '../../../bench/dossier.mjs';
const { fullDossier } = (await import(DOSSIER)) as { fullDossier: () => ApplicationContent };

test('typing in one field of a full dossier writes that section to disk, not the whole dossier', async () => {
  const agent = await applicant(sandbox);
  const created = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const dossier = fullDossier();
  const filled = await agent.applications.update(created.id, dossier, { ifMatch: created.revision });
  const file = path.join(sandbox.dataDir, 'qmi.sqlite');
  const pageSize = (() => {
    // The log restarts empty: what follows is counted from zero.
    const db = new Database(file);
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
      return db.pragma('page_size', { simple: true }) as number;
    } finally {
      db.close();
    }
  })();
  assert.equal(walIndex(file).frames, 0);

  // A title one character longer, as typing makes it.
  const answer = await raw(sandbox, 'PATCH', `/v1/applications/${created.id}`, {
    token: agent.session.token,
    headers: {
      'content-type': 'application/merge-patch+json',
      'if-match': `"${filled.revision}"`,
      prefer: 'return=minimal',
    },
    body: JSON.stringify({ challenge: { title: `${dossier.challenge.title}s` } }),
  });
  assert.equal(answer.status, 204);

  const written = walIndex(file).frames * pageSize;
  const dossierBytes = Buffer.byteLength(JSON.stringify(dossier));
  const sectionBytes = Buffer.byteLength(JSON.stringify(dossier.challenge));
  assert.ok(
    written <= sectionBytes + 4 * pageSize,
    `one title change wrote ${written} B to the log: the dossier is ${dossierBytes} B, its section ${sectionBytes} B`,
  );
  const stored = await agent.applications.get(created.id);
  assert.equal(stored.challenge?.title, `${dossier.challenge.title}s`);
  assert.deepEqual(stored.partners, dossier.partners);
});
