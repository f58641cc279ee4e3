import { pendingKey } from './session.model.js';
import type { LinkAction } from './session.steps.messages.js';

/**
 * What the page's URL fragment asks `<qmi-session>` to finish: an e-mail's link
 * (`#qmi-action=verify-email&qmi-token=…`) or the return from ProConnect in redirect mode
 * (`#qmi-proconnect=<one-time code>`, `#qmi-proconnect-error=<problem code>`). The fragment is never
 * sent to a server nor in a Referer, which is why the platform puts tokens there.
 */
export type FragmentTask =
  | { kind: 'action'; action: LinkAction; token: string }
  | { kind: 'proconnect'; code: string }
  | { kind: 'proconnect-error'; code: string };

const ACTIONS: readonly LinkAction[] = [
  'verify-email',
  'reset-password',
  'confirm-email-change',
  'accept-invitation',
  'reviewer-invitation',
];

export function readFragment(hash: string = location.hash): FragmentTask | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const action = params.get('qmi-action');
  const token = params.get('qmi-token');
  if (action && token && (ACTIONS as readonly string[]).includes(action))
    return { kind: 'action', action: action as LinkAction, token };
  const code = params.get('qmi-proconnect');
  if (code) return { kind: 'proconnect', code };
  const error = params.get('qmi-proconnect-error');
  if (error) return { kind: 'proconnect-error', code: error };
  return undefined;
}

/**
 * Takes the task out of the URL, so that a reload, the back button or a shared URL does not replay a
 * single-use token (history.replaceState: no new history entry, no navigation).
 */
export function clearFragment(): void {
  if (!location.hash) return;
  history.replaceState(history.state, '', pageUrl());
}

/** This page's URL without its fragment: where the platform's e-mails and ProConnect bring the person back. */
export const pageUrl = (): string => location.href.split('#')[0]!;

/**
 * Whether a link waits for a sign-in (an invitation, an address change): on each sign-in the flows' chunk
 * completes it, and only then is fetched for it (`session.pending.ts` keeps and takes it).
 */
export function pendingWaits(apiBase: string): boolean {
  try {
    return localStorage.getItem(pendingKey(apiBase)) !== null;
  } catch {
    // Storage refused: a task may wait in this page's memory, which only the flows' chunk can read.
    return true;
  }
}
