import { ContextRoot } from '@lit/context';

/**
 * When elements load as chunks of their own, in any order, a child may ask for <qmi-session>'s client
 * before the session is defined. The context root keeps such requests and replays them when the session
 * starts providing. Loaded (with `import()`) before any element's chunk; not needed by the partner page's
 * file, which defines the session before the elements inside it.
 */
export function attachContextRoot(): void {
  new ContextRoot().attach(document.documentElement);
}
