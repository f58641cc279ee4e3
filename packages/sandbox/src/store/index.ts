import type { Db } from '../db/database.js';
import { accountStore } from './accounts.js';
import { applicationStore } from './applications.js';
import { decisionStore } from './decisions.js';
import { documentStore } from './documents.js';
import { emailTokenStore } from './email-tokens.js';
import { historyStore } from './history.js';
import { idempotencyStore, type IdempotencyTimes } from './idempotency.js';
import { messageStore } from './messages.js';
import { outboxStore } from './outbox.js';
import { sessionStore, type SessionTimes } from './sessions.js';

export function createStore(db: Db, options: { idempotency?: IdempotencyTimes; sessions?: SessionTimes } = {}) {
  return {
    /** Runs `fn` in one SQLite transaction: all of it is committed, or none. */
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    accounts: accountStore(db),
    sessions: sessionStore(db, options.sessions),
    applications: applicationStore(db),
    messages: messageStore(db),
    decisions: decisionStore(db),
    documents: documentStore(db),
    idempotency: idempotencyStore(db, options.idempotency),
    outbox: outboxStore(db),
    emailTokens: emailTokenStore(db),
    history: historyStore(db),
  };
}
export type Store = ReturnType<typeof createStore>;
