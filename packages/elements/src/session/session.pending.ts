import { pendingKey } from './session.model.js';
import type { LinkAction } from './session.steps.messages.js';

/** The links that belong to an account, and so are the ones that wait for its sign-in (`LinkCompletion.complete`). */
const WAITING: readonly LinkAction[] = ['accept-invitation', 'confirm-email-change'];

/** Where tasks wait, by platform, when the browser refuses storage (site data blocked): this page only. */
const inThisPage = new Map<string, { action: LinkAction; token: string }>();

/**
 * An invitation or an address change needs the person signed in first; someone invited who has no
 * account yet signs up and confirms their address, maybe in another tab opened from the confirmation
 * mail. The token waits in localStorage (one per platform) until a sign-in completes it. With the flows'
 * chunk: the shell only asks whether one waits (`pendingWaits` of `session.links.ts`), on each sign-in.
 */
export function keepPending(apiBase: string, task: { action: LinkAction; token: string }): void {
  try {
    localStorage.setItem(pendingKey(apiBase), JSON.stringify(task));
  } catch {
    // Storage unavailable: the task waits in memory for this page only (`pendingWaits` then says "maybe").
    inThisPage.set(apiBase, task);
  }
}

export function takePending(apiBase: string): { action: LinkAction; token: string } | undefined {
  const kept = inThisPage.get(apiBase);
  inThisPage.delete(apiBase);
  if (kept) return kept;
  try {
    const raw = localStorage.getItem(pendingKey(apiBase));
    localStorage.removeItem(pendingKey(apiBase));
    const parsed = raw ? (JSON.parse(raw) as { action?: unknown; token?: unknown }) : undefined;
    if (parsed && typeof parsed.token === 'string' && (WAITING as readonly unknown[]).includes(parsed.action))
      return { action: parsed.action as LinkAction, token: parsed.token };
  } catch {
    // Nothing usable was kept.
  }
  return undefined;
}
