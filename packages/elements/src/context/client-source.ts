import { ContextConsumer } from '@lit/context';
import { createClient, type QmiClient } from '@qmi/core';
import type { ReactiveControllerHost } from 'lit';
import { langOf } from '../i18n/lang.js';
import { sessionContext, type QmiSession } from './session-context.js';

interface ClientHost extends ReactiveControllerHost, HTMLElement {
  client: QmiClient | undefined;
  apiBase: string;
  token: string | undefined;
}

/**
 * Where a component gets its API client, in this order: a `client` property, the surrounding
 * `<qmi-session>`, or one made (once) from `api-base` and `token` — the embedding contract shared by
 * every component. The one made here asks the platform for the element's language and follows it when
 * it changes; a session's client follows the session's; a page's own `client` keeps the one it chose.
 */
export class ClientSource {
  private readonly session: ContextConsumer<{ __context__: QmiSession | undefined }, ClientHost>;
  private own: { key: string; client: QmiClient } | undefined;

  constructor(private readonly host: ClientHost) {
    this.session = new ContextConsumer(host, { context: sessionContext, subscribe: true });
  }

  get sessionValue(): QmiSession | undefined {
    return this.session.value;
  }

  /**
   * Whether requests that need an account can be sent: a client given by the page (its business), a
   * surrounding session, or a token. A partner that signs people in itself sets `token` once it has
   * one; until then nothing is sent, so no 401 (nor `qmi-error`) reaches its page or its analytics.
   */
  get signedIn(): boolean {
    return Boolean(this.host.client || this.session.value || this.host.token);
  }

  get client(): QmiClient | undefined {
    if (this.host.client) return this.host.client;
    if (this.session.value) return this.session.value.client;
    if (!this.host.apiBase) return undefined;
    const key = `${this.host.apiBase}|${this.host.token ?? ''}`;
    const lang = langOf(this.host);
    if (this.own?.key !== key)
      this.own = { key, client: createClient({ baseUrl: this.host.apiBase, token: this.host.token, lang }) };
    // The same client in the new language: what holds it (an autosave, a thread) carries on.
    else if (this.own.client.lang !== lang) this.own.client.setLang(lang);
    return this.own.client;
  }
}
