// `@qmi/elements/ssr-client`: what a page rendered on a server (`@qmi/elements/ssr`) imports BEFORE the
// elements, so that they hydrate: they keep the server's DOM (no flash, no second render) and take the
// data it was rendered with from it (no second request). Lit's hydration support patches `LitElement`
// when lit-element is evaluated, hence "before". Pages rendered in the browser do not import it, so the
// elements' own entries carry none of it (their size budgets, scripts/budgets.mjs).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';
import { setPageTime } from '../context/page-time.js';
import { type ServerState, STATE_ATTRIBUTE } from './state.js';

/** The tags `@qmi/elements/ssr` renders (kept here as names: importing that Node module is not an option). */
const TAGS = 'qmi-timeline, qmi-criteria-checklist, qmi-application-form';

/**
 * Reads the state of the server-rendered elements under `root` (run once at import, on the document):
 * each one's properties (the call's definition) are set on the element, before it upgrades (lit keeps
 * them) or after, and the platform's time the server counted from becomes the page's (see `setPageTime`).
 * Call it again for server-rendered HTML a framework inserts later.
 */
export function readServerState(root: ParentNode = document): void {
  for (const element of root.querySelectorAll(TAGS)) {
    const script = element.shadowRoot?.querySelector(`script[${STATE_ATTRIBUTE}]`);
    if (!script) continue;
    script.remove();
    const state = JSON.parse(script.textContent || '{}') as ServerState;
    const target = element as unknown as Record<string, unknown>;
    // A property the page set itself wins.
    for (const [name, value] of Object.entries(state.properties)) if (target[name] === undefined) target[name] = value;
    if (state.platformTime) setPageTime(state.platformTime);
  }
}

/*
 * Lit's support patches `LitElement` as lit-element is evaluated, when it comes after this module. A bundler
 * that splits code may evaluate lit-element first (in a chunk shared with lazy parts, which a module's static
 * imports run before the module itself): then it is patched here. Patched, `LitElement` has its own
 * `observedAttributes` (it adds `defer-hydration`).
 */
if (!Object.getOwnPropertyDescriptor(LitElement, 'observedAttributes'))
  (
    globalThis as { litElementHydrateSupport?: (lit: { LitElement: typeof LitElement }) => void }
  ).litElementHydrateSupport?.({
    LitElement,
  });

if (typeof document !== 'undefined') readServerState();
