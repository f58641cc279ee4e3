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
 * every component.
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

  get client(): QmiClient | undefined {
    if (this.host.client) return this.host.client;
    if (this.session.value) return this.session.value.client;
    if (!this.host.apiBase) return undefined;
    const key = `${this.host.apiBase}|${this.host.token ?? ''}|${langOf(this.host)}`;
    if (this.own?.key !== key) this.own = { key, client: createClient({ baseUrl: this.host.apiBase, token: this.host.token, lang: langOf(this.host) }) };
    return this.own.client;
  }
}
