import type { OutboxStore, QueuedMessage } from '@qmi/core';

/**
 * What a browser keeps for the messages, in `localStorage`: the outbox's messages not yet
 * acknowledged by the platform (with the idempotency key each was first sent with, so that a reload
 * re-sends it without a duplicate), and the newest message this browser showed while it was visible
 * (for the unread count).
 *
 * Every change reads the stored list again before writing it, so that two elements (or two tabs)
 * on the same dossier do not overwrite each other's pending messages.
 */

const PREFIX = 'qmi-messages';

const pendingPrefix = (apiBase: string) => `${PREFIX}:pending:${apiBase.replace(/\/+$/, '')}:`;
/**
 * The outbox of one dossier, for one account when it is known (inside a `<qmi-session>`): a co-editor
 * who signs in later on the same browser does not send it as theirs, and signing out forgets it.
 */
export const pendingKey = (apiBase: string, applicationId: string, accountId?: string) =>
  `${pendingPrefix(apiBase)}${applicationId}${accountId ? `:${accountId}` : ''}`;
export const readKey = (applicationId: string, accountId: string) => `${PREFIX}:read:${applicationId}:${accountId}`;

function get(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage disabled (some privacy modes): the element still works, without the reload guarantee
  }
}
function set(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    /* storage full or disabled: nothing better to do than keep the message in memory */
  }
}

export function loadPending(key: string): QueuedMessage[] {
  try {
    const parsed: unknown = JSON.parse(get(key) ?? '[]');
    return Array.isArray(parsed)
      ? parsed.filter(
          (p): p is QueuedMessage =>
            typeof p?.key === 'string' && typeof p?.body === 'string' && typeof p?.createdAt === 'string',
        )
      : [];
  } catch {
    return [];
  }
}

export function addPending(key: string, pending: QueuedMessage): void {
  const list = loadPending(key).filter((p) => p.key !== pending.key);
  set(key, JSON.stringify([...list, pending]));
}

export function removePending(key: string, idempotencyKey: string): void {
  const list = loadPending(key).filter((p) => p.key !== idempotencyKey);
  set(key, list.length ? JSON.stringify(list) : null);
}

/** The outbox's store for one dossier (`pendingKey`) in this browser's `localStorage`. */
export function localOutboxStore(key: string): OutboxStore {
  return {
    load: () => loadPending(key),
    add: (message) => addPending(key, message),
    remove: (idempotencyKey) => removePending(key, idempotencyKey),
  };
}

/**
 * Messages kept under a dossier's key from before outboxes were kept per account: the account that
 * opens the dossier next takes them, as it would have sent them then.
 */
export function adoptPending(from: string, to: string): void {
  const orphans = loadPending(from);
  if (!orphans.length) return;
  for (const message of orphans) addPending(to, message);
  set(from, null);
}

/** The keys of this browser's `localStorage` that `belongs` picks (none when storage is unavailable). */
function keysWhere(belongs: (key: string) => boolean): string[] {
  try {
    return Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) ?? '').filter(belongs);
  } catch {
    return [];
  }
}

const pendingOfAccount = (apiBase: string, accountId: string) =>
  keysWhere((key) => key.startsWith(pendingPrefix(apiBase)) && key.endsWith(`:${accountId}`));

/** How many messages of this account on this platform this browser still has to send. */
export const unsentMessagesOf = (apiBase: string, accountId: string): number =>
  pendingOfAccount(apiBase, accountId).reduce((count, key) => count + loadPending(key).length, 0);

/** Forgets what this browser keeps for the messages of an account (its outboxes and its read marks). */
export function forgetMessagesOf(apiBase: string, accountId: string): void {
  const readMarks = keysWhere((key) => key.startsWith(`${PREFIX}:read:`) && key.endsWith(`:${accountId}`));
  for (const key of [...pendingOfAccount(apiBase, accountId), ...readMarks]) set(key, null);
}

/** The `createdAt` of the newest message shown while visible, if any. */
export const lastRead = (key: string): string | undefined => get(key) ?? undefined;

export function markRead(key: string, createdAt: string): void {
  const previous = lastRead(key);
  if (!previous || Date.parse(createdAt) > Date.parse(previous)) set(key, createdAt);
}
