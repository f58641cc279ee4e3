import { ContextConsumer } from '@lit/context';
import { type ClientBase, createClientBase, type ResourceFactories, type ResourcesOf, withResources } from '@qmi/core';
import type { ReactiveControllerHost } from 'lit';
import { langOf } from '../i18n/lang.js';
import { sessionContext, type QmiSession } from './session-context.js';

interface ClientHost extends ReactiveControllerHost, HTMLElement {
  client: ClientBase | undefined;
  apiBase: string;
  token: string | undefined;
}

/** A client with the resources `F` names (`{ calls: callsResource }` gives `client.calls`). */
export type ClientWith<F extends ResourceFactories> = ClientBase & ResourcesOf<F>;

/**
 * Where a component gets its API client, in this order: a `client` property, the surrounding
 * `<qmi-session>`, or one made (once) from `api-base` and `token` — the embedding contract shared by
 * every component. The one made here asks the platform for the element's language and follows it when
 * it changes; a session's client follows the session's; a page's own `client` keeps the one it chose.
 *
 * The element names the resources it uses (`new ClientSource(this, { calls: callsResource })`): only
 * those are built, over whichever client it got, so a page showing a timeline loads the calls' schemas
 * and no others. A full client (`createClient`) already has them and is used as it is.
 */
export class ClientSource<F extends ResourceFactories = ResourceFactories> {
  private readonly session: ContextConsumer<{ __context__: QmiSession | undefined }, ClientHost>;
  private own: { key: string; base: ClientBase } | undefined;
  /** The composed client of each client this source was given: the same object while the base is the same. */
  private readonly composed = new WeakMap<ClientBase, ClientWith<F>>();

  constructor(
    private readonly host: ClientHost,
    private readonly resources: F,
  ) {
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

  get client(): ClientWith<F> | undefined {
    return this.over(this.host.client ?? this.session.value?.client ?? this.ownBase());
  }

  /** Another client (a bound form's) with this element's resources. */
  over(client: ClientBase | undefined): ClientWith<F> | undefined {
    if (!client) return undefined;
    let composed = this.composed.get(client);
    if (!composed) this.composed.set(client, (composed = withResources(client, this.resources)));
    return composed;
  }

  private ownBase(): ClientBase | undefined {
    if (!this.host.apiBase) return undefined;
    const key = `${this.host.apiBase}|${this.host.token ?? ''}`;
    const lang = langOf(this.host);
    if (this.own?.key !== key)
      this.own = { key, base: createClientBase({ baseUrl: this.host.apiBase, token: this.host.token, lang }) };
    // The same client in the new language: what holds it (an autosave, a thread) carries on.
    else if (this.own.base.lang !== lang) this.own.base.setLang(lang);
    return this.own.base;
  }
}
