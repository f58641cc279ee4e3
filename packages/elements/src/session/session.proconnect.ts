import type { Session } from '@qmi/core';
import { css, html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { StepMessages } from './session.steps.messages.js';
import type { SessionClient } from './session.client.js';

// The button's words (with the flows' steps: one module of strings, shared).
export { stepMessages } from './session.steps.messages.js';

export interface ProConnectOptions {
  /** The platform's client (none before start-up made one). */
  client(): SessionClient | undefined;
  /** The platform's resolved URL: only its origin may hand back a session. */
  base(): string;
  /** ProConnect signed the person in. */
  open(client: SessionClient, session: Session): void;
  /** ProConnect, or the platform, refused (`organisation_not_commune`, …). */
  refused(code: string): void;
  /** Where ProConnect's redirect brings the person back: this page without its fragment (`pageUrl`). */
  returnTo(): string;
}

/** What the platform's callback page posts to this page (the contract of `GET /v1/auth/proconnect/callback`). */
interface CallbackMessage {
  type: 'qmi:proconnect';
  session?: unknown;
  problem?: { code?: string };
}

const isCallback = (data: unknown): data is CallbackMessage =>
  typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'qmi:proconnect';

/**
 * "S'identifier avec ProConnect" from a partner page on another origin than the platform: a popup
 * opens the platform's ProConnect start, and the platform's callback page posts the session back
 * with this page's origin as its target (the platform allow-lists it); only messages from the
 * platform's own origin are read. A blocked popup falls back to a full redirect, which comes back
 * with `#qmi-proconnect=<one-time code>` (exchanged by `session.links.ts`' caller).
 *
 * A chunk of its own (`session.lazy.ts`), loaded once the platform said it offers ProConnect
 * (`session.proconnect-offer.ts`): a platform without it never sends this code.
 */
export class ProConnectSignIn implements ReactiveController {
  /** The popup is open: the person signs in there. */
  waiting = false;
  private popup: Window | null = null;
  private watch: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ProConnectOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('message', this.onMessage);
  }

  hostDisconnected(): void {
    window.removeEventListener('message', this.onMessage);
    this.stopWaiting();
  }

  start(): void {
    const client = this.options.client();
    if (!client || this.waiting) return;
    const origin = location.origin;
    // A named popup: pressing the button again brings the same window back instead of a second one.
    const popup = window.open(
      client.auth.proConnectUrl({ origin, mode: 'popup' }),
      'qmi-proconnect',
      'popup=yes,width=600,height=720',
    );
    if (!popup) {
      // Blocked: the whole page goes to ProConnect and comes back here with a one-time code.
      location.assign(client.auth.proConnectUrl({ origin, mode: 'redirect', returnTo: this.options.returnTo() }));
      return;
    }
    this.popup = popup;
    this.waiting = true;
    // Closed without an answer (the person changed their mind): the button is free again.
    this.watch = setInterval(() => {
      if (this.popup?.closed) this.stopWaiting();
    }, 500);
    this.host.requestUpdate();
  }

  private stopWaiting(): void {
    clearInterval(this.watch);
    this.watch = undefined;
    this.popup = null;
    if (this.waiting) {
      this.waiting = false;
      this.host.requestUpdate();
    }
  }

  private readonly onMessage = (event: MessageEvent): void => {
    const base = this.options.base();
    if (!base || event.origin !== new URL(base).origin || !isCallback(event.data)) return;
    const client = this.options.client();
    this.stopWaiting();
    if (!client) return;
    const code: string = event.data.problem?.code ?? 'proconnect_failed';
    // Checked with the session's schema, loaded beside the client's requests (not with the page).
    void client.auth.receiveSession(event.data.session).then(
      (session) => (session ? this.options.open(client, session) : this.options.refused(code)),
      () => this.options.refused(code),
    );
  };
}

/**
 * The button as the State publishes it (the DSFR "bouton ProConnect"): its wording, in French whatever
 * the page's language, its colours and its "Qu'est-ce que ProConnect ?" link. Not themed by the
 * `--qmi-*` properties on purpose: agents recognise it by its look.
 */
export function renderProConnect(s: StepMessages, waiting: boolean, start: () => void): TemplateResult {
  return html`<div part="proconnect" class="proconnect">
    <button part="proconnect-button" class="proconnect-button" type="button" lang="fr" aria-disabled=${waiting ? 'true' : 'false'} @click=${start}>
      <span class="proconnect-button__login">S’identifier avec</span>
      <span class="proconnect-button__brand">ProConnect</span>
    </button>
    <p class="proconnect__what">
      <a href="https://www.proconnect.gouv.fr/" target="_blank" rel="noopener" title=${`${s.proConnectWhat} - ${s.newWindow}`}>${s.proConnectWhat}</a>
    </p>
    ${waiting ? html`<p class="hint">${s.proConnectWaiting}</p>` : ''}
    <p class="proconnect__or"><span>${s.or}</span></p>
  </div>`;
}

export const proConnectStyles = css`
  .proconnect {
    margin-block-end: var(--_space-m);
  }
  .proconnect-button {
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    min-height: 3.5rem;
    padding: 0.5rem 1.5rem;
    border: 1px solid transparent;
    border-radius: 0;
    background: #000091;
    color: #fff;
    font-family: Marianne, arial, sans-serif;
    text-align: start;
    cursor: pointer;
  }
  .proconnect-button:hover {
    background: #1212ff;
  }
  .proconnect-button:active {
    background: #2323ff;
  }
  .proconnect-button:focus-visible {
    outline: 2px solid #0a76f6;
    outline-offset: 2px;
  }
  .proconnect-button__login {
    font-size: 1rem;
    line-height: 1.5rem;
  }
  .proconnect-button__brand {
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.75rem;
  }
  .proconnect__what {
    margin: var(--_space-xs) 0 0;
    font-size: 0.875rem;
  }
  .proconnect__what a {
    color: inherit;
  }
  .proconnect__or {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    margin: var(--_space-m) 0 0;
  }
  .proconnect__or::before,
  .proconnect__or::after {
    content: '';
    flex: 1;
    border-block-start: 1px solid var(--_border);
  }
  @media (forced-colors: active) {
    .proconnect-button {
      border-color: ButtonText;
    }
  }
`;
