/**
 * The parts of `<qmi-session>` only some visitors need, each a chunk of its own loaded with `import()`
 * when its step is entered: a page whose visitor is already signed in downloads the shell only
 * (start-up, the sign-in form, the account bar). Relative imports: the bundle build splits on them and
 * the chunks are fetched next to the entry, wherever it is served from.
 */
import { Chunk } from '../lazy/chunk.js';

export { Chunk };

/**
 * The sign-in form, for visitors without a session; the account bar, for signed-in ones. Neither is in
 * the shell: start-up fetches the one this browser's stored token makes likely together with the
 * session's request, and the other if the answer says otherwise (`session.component.ts`).
 */
export const signedOutChunk = new Chunk(() => import('./session.signed-out.js'));
export const signedInChunk = new Chunk(() => import('./session.signed-in.js'));

/** Sign-up, "Mot de passe oublié ?", the steps between the forms, e-mails' links, the committee's invitation. */
export const flowsChunk = new Chunk(() => import('./session.flows.js'));
/** ProConnect's button and popup, once the platform said it offers it. */
export const proConnectChunk = new Chunk(() => import('./session.proconnect.js'));
/** The sign-in-again dialog, when the content meets a 401. */
export const reauthChunk = new Chunk(() =>
  Promise.all([import('./session.reauth.js'), signedOutChunk.get()]).then(([module]) => module),
);
/**
 * The sign-out questions and forgetting what this browser keeps for the account, with the sign-in form
 * that follows: signing out must not wait for the network (a shared computer gone offline).
 */
export const signOutChunk = new Chunk(() =>
  Promise.all([
    // With the code core fetches to forget (the journal, the remembered uploads): it too must be here.
    import('./session.sign-out.js').then(async (module) => (await module.fetchForgetting(), module)),
    signedOutChunk.get(),
  ]).then(([module]) => module),
);

const prefetched = new WeakSet<Chunk<unknown>>();

/**
 * Fetches a chunk once the page is idle (never with the page's first load): what the visible view's next
 * step needs is then here when asked, and still here if the connection drops meanwhile (signing out on a
 * shared computer must not depend on the network). A failed fetch is left to the step itself.
 */
export function prefetchWhenIdle(chunk: Chunk<unknown>): void {
  if (chunk.value || prefetched.has(chunk)) return;
  prefetched.add(chunk);
  const fetch = () => void chunk.get().catch(() => prefetched.delete(chunk));
  if ('requestIdleCallback' in window) requestIdleCallback(fetch, { timeout: 3000 });
  else setTimeout(fetch, 1000);
}

/** Resolves when the browser is back online (at once if it says it is). */
export const online = (): Promise<void> =>
  new Promise((resolve) => window.addEventListener('online', () => resolve(), { once: true }));
