/**
 * What a server-rendered element carries for its hydration, in a `<script type="application/json">` at the
 * start of its shadow root (so the page's light DOM, which React or a framework hydrates, stays as it was):
 * the properties the server rendered with (the call's definition) and the platform's time then.
 */
export interface ServerState {
  properties: Record<string, unknown>;
  platformTime?: string;
}

/** The attribute that marks the state's script. */
export const STATE_ATTRIBUTE = 'data-qmi-state';
