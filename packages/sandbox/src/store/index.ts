import type { Db } from '../db/database.js';
import { accountStore } from './accounts.js';
import { applicationStore } from './applications.js';
import { claimStore } from './claims.js';
import { decisionStore } from './decisions.js';
import { documentStore } from './documents.js';
import { emailTokenStore } from './email-tokens.js';
import { historyStore } from './history.js';
import { idempotencyStore, type IdempotencyTimes } from './idempotency.js';
import { invitationStore } from './invitations.js';
import { messageStore } from './messages.js';
import { outboxStore } from './outbox.js';
import { personalDataStore } from '../retention/index.js';
import { proConnectStore } from '../proconnect/store.js';
import { sessionStore, type SessionTimes } from './sessions.js';
import { verificationStore } from './verifications.js';
import { adviceStore } from './advice.js';
import { annotationStore } from './annotations.js';
import { assessmentStore } from './assessments.js';
import { assignmentStore } from './assignments.js';
import { notificationStore } from './notifications.js';
import { receiptStore } from './receipts.js';
import { reviewerStore } from './reviewers.js';
import { boardStore } from './board.js';

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
    /** GDPR: an account's export and deletion, the retention rule (src/retention). */
    personalData: personalDataStore(db),
    verifications: verificationStore(db),
    claims: claimStore(db),
    invitations: invitationStore(db),
    proConnect: proConnectStore(db),
    // The organisers' side (issue 16).
    reviewers: reviewerStore(db),
    board: boardStore(db),
    assignments: assignmentStore(db),
    assessments: assessmentStore(db),
    annotations: annotationStore(db),
    receipts: receiptStore(db),
    advice: adviceStore(db),
    notifications: notificationStore(db),
  };
}
export type Store = ReturnType<typeof createStore>;
