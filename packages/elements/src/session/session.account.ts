import { ContextProvider } from '@lit/context';
import { type Account, createClientBase, type Lang, type Session, withResources } from '@qmi/core';
import type { ReactiveControllerHost } from 'lit';
import { type QmiSession, sessionContext } from '../context/session-context.js';
import { resolveApiBase } from './session.start.js';
import { clearToken, writeToken } from './session.storage.js';
import { SESSION_RESOURCES, type SessionClient } from './session.client.js';

type AccountHost = ReactiveControllerHost & HTMLElement;

/**
 * The signed-in account and its client, given to the content through `sessionContext`: one client per
 * platform, kept across retries and re-authentications (a new sign-in gives the same client its token,
 * so components holding it keep working), its token stored for the next visit.
 */
export class SessionAccount {
  /** The signed-in account, if any. */
  account: Account | undefined;
  /** The client of the platform last started (signed in or not). */
  client: SessionClient | undefined;
  /** The URL the client was made for: a new platform needs a new client, a retry does not. */
  base = '';
  private readonly provider: ContextProvider<typeof sessionContext, AccountHost>;

  constructor(
    private readonly host: AccountHost,
    /** What the content calls when it meets a 401 (the element's sign-in-again dialog). */
    private readonly reauthenticate: () => Promise<void>,
  ) {
    this.provider = new ContextProvider(host, { context: sessionContext, initialValue: undefined });
  }

  /** The client for a platform: the same one while `api-base` names the same platform. */
  clientFor(apiBase: string, lang: Lang): SessionClient {
    const base = resolveApiBase(apiBase);
    if (!this.client || base !== this.base) {
      this.client = withResources(createClientBase({ baseUrl: base, lang }), SESSION_RESOURCES);
      this.base = base;
    }
    return this.client;
  }

  /** A session was opened: the client takes the token, kept for the next visit. */
  open(client: SessionClient, session: Session): void {
    client.setToken(session.token);
    writeToken(this.base, session.token);
    this.enter(client, session.account);
  }

  /** The content gets its session. */
  enter(client: SessionClient, account: Account): void {
    this.account = account;
    const session: QmiSession = { client, account, apiBase: this.base, reauthenticate: () => this.reauthenticate() };
    this.provider.setValue(session);
    this.host.requestUpdate();
  }

  /** The content loses its session: consumers get `undefined`. */
  leave(): void {
    this.account = undefined;
    this.provider.setValue(undefined);
    this.host.requestUpdate();
  }

  /** This device forgets the token (signed out, or the account deleted); the platform is not asked here. */
  forgetToken(): void {
    this.client?.setToken(undefined);
    clearToken(this.base);
  }
}
