import { applicationSchema } from '../client/resources/application-schema.js';
import { validate } from '../client/lazy-schema.js';
import type { Application } from '../schemas/application.js';

/** The page whose life the engine follows; every part is optional (Node has none of them). */
export interface AutosaveEnvironment {
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined;
  document?: { visibilityState: string } | undefined;
  BroadcastChannel?: typeof BroadcastChannel | undefined;
}

/** What tabs of the same dossier tell each other: the dossier as the server acknowledged it. */
const loadTabSchema = applicationSchema('Application');

export type TabMessage = { type: 'saved'; application: Application };

/** The page as seen from a browser's globals; nothing outside one. */
export function browserEnvironment(): AutosaveEnvironment {
  const g = globalThis as unknown as {
    addEventListener?: unknown;
    document?: { visibilityState: string };
    BroadcastChannel?: typeof BroadcastChannel;
    window?: unknown;
  };
  if (typeof g.window === 'undefined') return {};
  return {
    events: g as unknown as EventTarget,
    ...(g.document ? { document: g.document } : {}),
    ...(g.BroadcastChannel ? { BroadcastChannel: g.BroadcastChannel } : {}),
  };
}

/** The channel the tabs of one dossier share, when the page has BroadcastChannel. */
export function tabChannel(environment: AutosaveEnvironment, applicationId: string): BroadcastChannel | undefined {
  const Channel = environment.BroadcastChannel;
  return Channel ? new Channel(`qmi-autosave:${applicationId}`) : undefined;
}

/** What the engine does at each moment of the page's life. */
export interface PageHandlers {
  /** The network came back. */
  online(): void;
  /** The tab is being hidden: it may never come back (mobile browsers discard it), so send now. */
  hidden(): void;
  /** The page is being left (`pagehide`). */
  leaving(): void;
  /** The page is visible, back or on the refresh interval: time to read what changed elsewhere. */
  visible(): void;
  /** Another tab of the same dossier saved this version (already checked to be a dossier). */
  savedElsewhere(application: Application): void;
}

/**
 * Wires the page's events (`online`, `visibilitychange`, `pagehide`), the refresh interval and the
 * tabs' channel to the engine; returns what unwires them all.
 */
export function followPage(
  environment: AutosaveEnvironment,
  channel: BroadcastChannel | undefined,
  refreshIntervalMs: number | undefined,
  handlers: PageHandlers,
): () => void {
  const events = environment.events;
  const isVisible = () => !environment.document || environment.document.visibilityState === 'visible';
  const onOnline = () => handlers.online();
  const onPageHide = () => handlers.leaving();
  const onVisibility = () => {
    const state = environment.document?.visibilityState;
    // Back on the page: show what changed elsewhere meanwhile.
    if (state === 'visible') return handlers.visible();
    if (state !== undefined && state !== 'hidden') return;
    handlers.hidden();
  };
  const poll = refreshIntervalMs
    ? setInterval(() => {
        if (isVisible()) handlers.visible();
      }, refreshIntervalMs)
    : undefined;
  const onMessage = (event: MessageEvent<TabMessage>) => {
    if (event.data?.type !== 'saved') return;
    // Checked with the schema loaded beside the client's requests (already here once the dossier was read):
    // another tab's message is data from outside this page. An older one arriving late is ignored by revision.
    void loadTabSchema()
      .then((schema) => validate(schema, event.data.application))
      .then((parsed) => {
        if (parsed.success) handlers.savedElsewhere(parsed.data as Application);
      })
      .catch(() => undefined);
  };
  events?.addEventListener('online', onOnline);
  events?.addEventListener('visibilitychange', onVisibility);
  events?.addEventListener('pagehide', onPageHide);
  channel?.addEventListener('message', onMessage);
  return () => {
    events?.removeEventListener('online', onOnline);
    events?.removeEventListener('visibilitychange', onVisibility);
    events?.removeEventListener('pagehide', onPageHide);
    clearInterval(poll);
    channel?.removeEventListener('message', onMessage);
  };
}
