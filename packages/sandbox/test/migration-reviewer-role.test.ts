import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createClient } from '@qmi/core';
import { openDatabase } from '../src/db/database.js';
import { MIGRATIONS } from '../src/db/migrations.js';
import { hashPassword } from '../src/http/password.js';
import { tokenHash } from '../src/ids.js';
import { ORGANISER, PASSWORD, startTestSandbox } from './helpers.js';
import { contentSql } from '../src/store/application-members.js';

/*
 * Issue 16 widened the accounts' role to 'reviewer': SQLite cannot change a CHECK in place, so the
 * accounts table is rebuilt while every other table points at it. A platform upgraded in the middle
 * of a call must keep every account, session, dossier and the references between them.
 */

// The schema before issue 16's migration (the 8th); the upgrade runs it and every one since (the 9th
// moved a dossier's content to one row per member: the dossier below must read the same after it).
const BEFORE = 7;
const T = '2023-11-30T10:00:00.000Z';
const FUTURE = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
const AGENT_TOKEN = 'qmi_agent-session-token-from-before-the-upgrade';
const ORGANISER_TOKEN = 'qmi_organiser-session-token-from-before-the-upgrade';

/** A data folder whose database stands at the schema before issue 16, with a call in progress. */
async function databaseBeforeUpgrade() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-migration-'));
  const db = new Database(path.join(dataDir, 'qmi.sqlite'));
  db.pragma('journal_mode = WAL');
  for (const migration of MIGRATIONS.slice(0, BEFORE)) db.exec(migration);
  db.pragma(`user_version = ${BEFORE}`);
  const agentHash = await hashPassword(PASSWORD);
  const organiserHash = await hashPassword(ORGANISER.password);
  db.pragma('foreign_keys = ON');
  db.transaction(() => {
    const account = db.prepare(
      `INSERT INTO accounts (id, email, password_hash, role, created_at, email_verified_at, lang, given_name, usual_name, has_password, deleted_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    account.run('acct_agent', 'agent@mairie.example', agentHash, 'applicant', T, T, 'en', 'Camille', 'Martin', 1, null);
    account.run('acct_editor', 'editor@mairie.example', agentHash, 'applicant', T, T, 'fr', null, null, 1, null);
    account.run('acct_org', ORGANISER.email, organiserHash, 'organiser', T, T, 'fr', null, null, 1, null);
    account.run('acct_gone', 'deleted-acct_gone@invalid', agentHash, 'applicant', T, null, 'fr', null, null, 0, T);
    const session = db.prepare(
      'INSERT INTO sessions (token_hash, account_id, created_at, expires_at, last_used_at) VALUES (?, ?, ?, ?, ?)',
    );
    const now = new Date().toISOString();
    session.run(tokenHash(AGENT_TOKEN), 'acct_agent', now, FUTURE, now);
    session.run(tokenHash(ORGANISER_TOKEN), 'acct_org', now, FUTURE, now);
    db.prepare(
      `INSERT INTO applications (id, call_id, commune, owner_id, status, revision, content, created_at, updated_at, submitted_at, holds_place)
       VALUES ('app_old', 'qmi-2', '93066', 'acct_agent', 'submitted', 4, ?, ?, ?, ?, 1)`,
    ).run(
      // Two members, not in alphabetical order: the text compared after the upgrade keeps their order.
      JSON.stringify({
        motivations: { text: 'Écrit avant la mise à jour' },
        challenge: { title: 'Rues « fraîches »' },
      }),
      T,
      T,
      T,
    );
    db.prepare(
      "INSERT INTO collaborators (application_id, account_id, added_at) VALUES ('app_old', 'acct_editor', ?)",
    ).run(T);
    db.prepare(
      `INSERT INTO messages (id, application_id, author_id, author_role, body, created_at)
       VALUES ('msg_old', 'app_old', 'acct_agent', 'applicant', 'Une question', ?)`,
    ).run(T);
    db.prepare(
      `INSERT INTO decisions (id, application_id, action, comment, from_status, to_status, decided_by, decided_at)
       VALUES ('dec_old', 'app_old', 'request_changes', 'Précisez', 'submitted', 'changes_requested', 'acct_org', ?)`,
    ).run(T);
    db.prepare(
      `INSERT INTO application_events (id, application_id, action, actor_id, actor_role, at)
       VALUES ('evt_old', 'app_old', 'submitted', 'acct_agent', 'owner', ?)`,
    ).run(T);
    db.prepare(
      `INSERT INTO commune_verifications (account_id, commune, source, verified_at) VALUES ('acct_agent', '93066', 'organiser', ?)`,
    ).run(T);
    db.prepare(
      `INSERT INTO outbox (id, purpose, account_id, to_address, lang, subject, text_body, html_body, created_at, next_attempt_at)
       VALUES ('out_old', 'test', 'acct_agent', 'agent@mairie.example', 'en', 'Hello', 'Text', '<p>Html</p>', ?, 0)`,
    ).run(T);
  })();
  const snapshot = snapshotOf(db);
  db.close();
  return { dataDir, snapshot };
}

const TABLES = [
  'accounts',
  'sessions',
  'applications',
  'collaborators',
  'messages',
  'decisions',
  'application_events',
  'commune_verifications',
  'outbox',
];

/** Every row of the tables that reference accounts, in a stable order, with the columns they had before. */
function snapshotOf(db: Database.Database) {
  return Object.fromEntries(
    TABLES.map((table) => {
      const columns = (db.pragma(`table_info(${table})`) as Array<{ name: string }>).map((column) => column.name);
      // A dossier's content moved to one row per member (migration 9): compared as the text it was.
      if (table === 'applications' && !columns.includes('content')) columns.push(`${contentSql(table)} AS content`);
      const rows = db.prepare(`SELECT ${columns.join(', ')} FROM ${table} ORDER BY 1, 2`).all();
      return [table, rows];
    }),
  );
}

/** Whether `after` has every column of `before` with the same value (a migration may add columns). */
const sameColumns = (after: Record<string, unknown>, before: Record<string, unknown>) =>
  Object.entries(before).every(([column, value]) => after[column] === value);

test('upgrading a platform in the middle of a call keeps every account, session, dossier and reference', async () => {
  const { dataDir, snapshot } = await databaseBeforeUpgrade();
  const sandbox = await startTestSandbox({ dataDir, devMail: false });

  // People notice first: signed-in sessions go on, passwords sign in, dossiers are where they were.
  const agent = createClient({ baseUrl: sandbox.url, token: AGENT_TOKEN });
  const me = await agent.auth.me();
  assert.deepEqual(
    [me.id, me.lang, me.givenName, me.communes.map((entry) => entry.commune)],
    ['acct_agent', 'en', 'Camille', ['93066']],
  );
  const dossier = await agent.applications.get('app_old');
  assert.equal(dossier.motivations?.text, 'Écrit avant la mise à jour');
  assert.equal((await agent.messages.list('app_old'))[0]?.body, 'Une question');
  assert.equal((await agent.applications.decisions('app_old'))[0]?.comment, 'Précisez');
  const organiser = createClient({ baseUrl: sandbox.url, token: ORGANISER_TOKEN });
  assert.equal((await organiser.auth.me()).role, 'organiser');
  const editor = createClient({ baseUrl: sandbox.url });
  await editor.auth.signIn({ email: 'editor@mairie.example', password: PASSWORD });
  assert.equal((await editor.applications.get('app_old')).id, 'app_old');

  // And underneath: the same rows, no dangling reference, every foreign key still aimed at accounts.
  const db = openDatabase(dataDir);
  try {
    assert.equal(db.pragma('user_version', { simple: true }), MIGRATIONS.length);
    const after = snapshotOf(db);
    for (const table of TABLES) {
      const now = after[table] as Array<Record<string, unknown>>;
      for (const row of snapshot[table] as Array<Record<string, unknown>>) {
        // Sessions' last use moves forward as they are used; everything else is as it was.
        const { last_used_at: _, ...columns } = row;
        const expected = table === 'sessions' ? columns : row;
        assert.ok(
          now.some((candidate) => sameColumns(candidate, expected)),
          `${table}: ${JSON.stringify(expected)} lost`,
        );
      }
    }
    assert.deepEqual(db.pragma('foreign_key_check'), []);
    const referencing = TABLES.filter((table) =>
      (db.pragma(`foreign_key_list(${table})`) as Array<{ table: string }>).some((fk) => fk.table === 'accounts'),
    );
    assert.deepEqual(referencing, TABLES.slice(1));
    // The widened role, and the references enforced: an account's sessions still go with it.
    db.prepare("UPDATE accounts SET role = 'reviewer', organisation = 'ADEME' WHERE id = 'acct_editor'").run();
    db.prepare("DELETE FROM collaborators WHERE account_id = 'acct_editor'").run();
    db.prepare("DELETE FROM accounts WHERE id = 'acct_editor'").run();
    assert.equal(
      db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM sessions WHERE account_id = 'acct_editor'").get()!.n,
      0,
    );
    assert.throws(() =>
      db
        .prepare(
          "INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES ('x', 'acct_none', ?, ?)",
        )
        .run(T, T),
    );
  } finally {
    db.close();
  }
});
