import { ContextProvider } from '@lit/context';
import {
  AbortError,
  type Account,
  ApiError,
  AuthenticationError,
  ConnectionError,
  createClient,
  type Credentials,
  type QmiClient,
  type Session,
  TimeoutError,
} from '@qmi/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../a11y/announcer.js';
import { deepActiveElement } from '../a11y/focus.js';
import { headingLevel } from '../a11y/heading.js';
import { type QmiSession, sessionContext } from '../context/session-context.js';
import { originRefused } from '../i18n/connection.js';
import { langOf } from '../i18n/lang.js';
import { QmiElement } from '../i18n/qmi-element.js';
import { translate } from '../i18n/translate.js';
import { type Field, type FormErrors, formErrors, hasErrors, type Mode } from './session.errors.js';
import { QmiSignInEvent, QmiSignOutEvent } from './session.events.js';
import { emptyForm, type FormModel, ids, renderForm } from './session.form.js';
import { sessionMessages, type SessionMessages } from './session.messages.js';
import { clearToken, readToken, writeToken } from './session.storage.js';
import { sessionStyles } from './session.styles.js';

type View = 'checking' | 'signed-out' | 'unreachable' | 'signed-in';
const VIEWS: readonly View[] = ['checking', 'signed-out', 'unreachable', 'signed-in'];

type StartOutcome =
  | { kind: 'resumed'; account: Account }
  | { kind: 'opened'; session: Session }
  | { kind: 'signed-out'; expired: boolean; email: string }
  | { kind: 'unreachable'; error: unknown };

/** No answer is expected news (offline, platform down); anything else is a bug worth a console line. */
function unreachable(error: unknown): StartOutcome {
  if (!(error instanceof ConnectionError || error instanceof TimeoutError || error instanceof AbortError)) {
    console.error('<qmi-session>: the session could not be checked', error);
  }
  return { kind: 'unreachable', error };
}

/** The page's form and the re-authentication dialog's, each with its own ids. */
const FORM = 'session';
const REAUTH = 'reauth';
const ACCOUNT_BAR = 'account-bar';

/** A platform URL, absolute (a page may write `api-base="/"`) and without a trailing slash. */
const resolveApiBase = (value: string) => new URL(value, document.baseURI).href.replace(/\/+$/, '');

/**
 * The account step: an agent of the commune signs in or creates an account, and what the element
 * wraps is shown, with a signed-in client given to it through `sessionContext`.
 *
 * ```html
 * <qmi-session api-base="https://plateforme.example">
 *   <qmi-application-form call="qmi-2"></qmi-application-form>
 * </qmi-session>
 * ```
 *
 * The session survives reloads (its token is kept in localStorage, one per platform, and checked
 * with `GET /v1/me` at start). A component that meets a 401 calls the context's `reauthenticate()`:
 * a modal sign-in opens and the same client object then carries the new token.
 *
 * Accessibility: the focus follows every action (the account bar after signing in, the form's heading
 * after signing out or switching forms, the error summary after a refusal, and back to the control
 * that opened the sign-in-again dialog when it closes, as the APG dialog pattern asks); one polite
 * live region tells the settled result of each action ("Connexion réussie…", "Déconnexion
 * effectuée.", the platform still not answering after "Réessayer", each time), never the steps on
 * the way. `heading-level` (2 by default) sets the level of the form's heading and error summary.
 *
 * @summary Sign-in and sign-up, then the signed-in content with its session.
 *
 * @slot - What the signed-in person works on; rendered only once signed in.
 *
 * @fires {QmiSignInEvent} qmi-sign-in - A session was opened (sign-in, sign-up, demo sign-in, sign-in again); `detail` is the account. Not fired when a stored session is resumed.
 * @fires {QmiSignOutEvent} qmi-sign-out - The person signed out.
 *
 * @csspart form - A sign-in or sign-up form (also in the dialog).
 * @csspart heading - The form's heading.
 * @csspart field - A label, its hint, its error and its input.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint (the password rule).
 * @csspart error-message - A field's error, above its input.
 * @csspart input - A text input.
 * @csspart error-summary - The list of problems at the top of a refused form; it takes focus.
 * @csspart button - Every button; also `submit-button`, `switch-button`, `sign-out-button`, `retry-button`, `cancel-button`.
 * @csspart submit-button - The button that sends a form (also `button`).
 * @csspart switch-button - The link-styled button between sign-in and sign-up (also `button`).
 * @csspart sign-out-button - The account bar's sign-out button (also `button`).
 * @csspart retry-button - The button that checks the session again when the platform did not answer (also `button`).
 * @csspart cancel-button - The sign-in-again dialog's cancel button (also `button`).
 * @csspart account-bar - The signed-in account's e-mail and the sign-out button, above the content.
 * @csspart status - The "checking your session" and "platform unreachable" messages.
 * @csspart notice - The "your session has expired" message above the sign-in form.
 * @csspart dialog - The sign-in-again dialog.
 *
 * @cssproperty --qmi-color-primary - buttons, link-styled buttons, the expired-session notice
 * @cssproperty --qmi-color-on-primary - text of the submit button
 * @cssproperty --qmi-color-ink - text
 * @cssproperty --qmi-color-muted - hints
 * @cssproperty --qmi-color-surface - fields, the other buttons and the dialog
 * @cssproperty --qmi-color-border - fields and the account bar's line; the dialog's edge (a lighter mix of it with the surface)
 * @cssproperty --qmi-color-error - errors and the error summary
 * @cssproperty --qmi-font-family - text
 * @cssproperty --qmi-font-size - text
 * @cssproperty --qmi-line-height - text
 * @cssproperty --qmi-font-size-large - the error summary's title (headings are 1.2 times it)
 * @cssproperty --qmi-font-weight-strong - labels, buttons and errors
 * @cssproperty --qmi-space-xs - between a label, its hint and its field
 * @cssproperty --qmi-space-s - inside fields and buttons
 * @cssproperty --qmi-space-m - between fields, inside the error summary and the notice
 * @cssproperty --qmi-space-l - inside the dialog
 * @cssproperty --qmi-radius - fields, buttons and the error summary
 * @cssproperty --qmi-radius-large - the dialog
 * @cssproperty --qmi-focus-ring-color - the focus ring of every control, and of the heading and the error summary when they take focus
 * @cssproperty --qmi-focus-ring-width - the focus ring of every control, and of the heading and the error summary when they take focus
 * @cssproperty --qmi-focus-ring-offset - the focus ring of every control, and of the heading and the error summary when they take focus
 * @cssproperty --qmi-session-form-width - maximum width of the forms (default 28rem)
 *
 * @cssstate checking - The stored session is being checked, or the demo account signing in.
 * @cssstate signed-out - The sign-in or sign-up form is shown.
 * @cssstate unreachable - A stored session could not be checked: the platform did not answer.
 * @cssstate signed-in - The content is shown.
 */
export class QmiSessionElement extends QmiElement {
  static override styles = sessionStyles;

  /** The platform's URL, e.g. "https://plateforme.example" (relative URLs resolve against the page). */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** For demo pages only: with `demo-password`, signs in as this account when no session is stored. */
  @property({ attribute: 'demo-email' }) demoEmail = '';
  /** For demo pages only: the password of `demo-email` (never for a real account: it is in the page). */
  @property({ attribute: 'demo-password' }) demoPassword = '';
  /** The level of the forms' headings (2 by default), to fit the page's outline; the dialog's stays 2. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private view: View = 'checking';
  /** Why the stored session could not be checked (shown in the `unreachable` view). */
  private unreachableBecause: unknown;
  @state() private credentials: FormModel = emptyForm('sign-in');
  /** The sign-in-again dialog's form, while one is asked for. */
  @state() private reauth: FormModel | undefined;
  @state() private expired = false;
  @state() private retrying = false;
  @state() private signingOut = false;
  @state() private current: Account | undefined;

  private client: QmiClient | undefined;
  /** The URL the client was made for: a new platform needs a new client, a retry does not. */
  private base = '';
  private loading: AbortController | undefined;
  private pendingReauth: { promise: Promise<void>; resolve(): void; reject(reason: unknown): void } | undefined;
  /** The id of the element to focus after the next render, when an action moved the person elsewhere. */
  private focusId: string | undefined;
  /** The control that had the focus when the sign-in-again dialog opened: it gets it back on close. */
  private reauthOpener: Element | null = null;
  /** The one polite live region: the settled result of each action. */
  private readonly announcer = new Announcer(this);
  private readonly provider = new ContextProvider(this, { context: sessionContext, initialValue: undefined });
  private readonly internals = this.attachInternals();

  /** The signed-in account, if any. */
  get account(): Account | undefined {
    return this.current;
  }

  /**
   * Asks the person to sign in again in a modal dialog, without leaving the page. Resolves once
   * signed in, the same client now carrying the new token; rejects with an "AbortError" if the
   * person closes the dialog (Escape or Cancel), so the caller can keep its work and ask later.
   * Calls made while the dialog is open share it.
   */
  reauthenticate(): Promise<void> {
    if (this.pendingReauth) return this.pendingReauth.promise;
    if (this.view !== 'signed-in' || !this.current) return Promise.reject(new Error('<qmi-session> is not signed in'));
    let resolve!: () => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise<void>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.pendingReauth = { promise, resolve, reject };
    // Inside shadow roots too: the form's control, not the form's host.
    this.reauthOpener = deepActiveElement();
    this.reauth = emptyForm('sign-in', this.current.email);
    this.focusId = ids(REAUTH).field('password');
    return promise;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back in the page while its check was cut short: check again.
    if (this.view === 'checking' && this.loading?.signal.aborted) void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.view === 'checking') this.loading?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('apiBase') && this.apiBase) void this.start();
    // The page's language changed: the client shared with the content asks the platform for the new one.
    if (this.client && this.client.lang !== this.language.lang) this.client.setLang(this.language.lang);
    // Custom states let a page style each step: qmi-session:state(signed-in) { … }.
    const states = this.internals.states as CustomStateSet | undefined;
    for (const view of VIEWS) {
      if (view === this.view) states?.add(view);
      else states?.delete(view);
    }
  }

  protected override firstUpdated(): void {
    if (!this.apiBase) console.error('<qmi-session> needs an api-base attribute: the URL of the platform');
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    if (this.focusId) {
      (this.renderRoot as ShadowRoot).getElementById(this.focusId)?.focus();
      this.focusId = undefined;
    }
  }

  /** Resumes the stored session, or signs in the demo account, or shows the sign-in form. */
  private async start(): Promise<void> {
    this.loading?.abort();
    const loading = (this.loading = new AbortController());
    const byRetry = this.retrying;
    // A retry stays on its message, its button busy, so that the keyboard focus is not dropped.
    if (!byRetry) this.view = 'checking';
    // A new platform (api-base changed): whatever session there was belonged to the old one.
    if (this.current) this.leave();
    const outcome = await this.resumeOrSignIn(loading.signal);
    if (this.loading !== loading || loading.signal.aborted) return;
    this.retrying = false;
    if (outcome.kind === 'resumed') this.enter(outcome.account);
    else if (outcome.kind === 'opened') this.open(outcome.session);
    else if (outcome.kind === 'signed-out') {
      this.credentials = emptyForm('sign-in', outcome.email);
      this.expired = outcome.expired;
      this.view = 'signed-out';
    } else {
      this.unreachableBecause = outcome.error;
      this.view = 'unreachable';
    }
    // After a retry, the retry button is gone: the focus goes where the person now is.
    if (byRetry && outcome.kind !== 'unreachable') this.focusId = this.view === 'signed-in' ? ACCOUNT_BAR : ids(FORM).heading;
    // What the person asked for ("Réessayer") is told once settled; at start-up, only a platform that
    // does not answer (the rest is the page's content as it appears).
    const t = this.t;
    if (outcome.kind === 'unreachable') this.announcer.announce(originRefused(this, outcome.error, this.apiBase) ?? t.sessionUnreachable);
    else if (byRetry && outcome.kind === 'resumed') this.announcer.announce(t.signedInAnnounce(outcome.account.email));
    else if (byRetry && outcome.kind === 'signed-out' && outcome.expired) this.announcer.announce(t.sessionExpired);
  }

  /** What start-up leads to. Nothing is shown from here, so that a superseded start changes nothing. */
  private async resumeOrSignIn(signal: AbortSignal): Promise<StartOutcome> {
    let client: QmiClient;
    try {
      client = this.clientFor(this.apiBase);
    } catch (error) {
      return unreachable(error);
    }
    const token = readToken(this.base);
    if (token) {
      client.setToken(token);
      try {
        return { kind: 'resumed', account: await client.auth.me({ signal }) };
      } catch (error) {
        // Offline or a platform down: the token may well be good, so it is kept for the retry.
        if (!(error instanceof AuthenticationError)) return unreachable(error);
        clearToken(this.base);
        client.setToken(undefined);
        return { kind: 'signed-out', expired: true, email: '' };
      }
    }
    if (this.demoEmail && this.demoPassword) {
      try {
        return { kind: 'opened', session: await client.auth.signIn({ email: this.demoEmail, password: this.demoPassword }, { signal }) };
      } catch (error) {
        if (!(error instanceof ApiError)) return unreachable(error);
        // Said to whoever set up the demo page; the visitor gets the form, the e-mail filled in.
        console.warn(`<qmi-session>: the demo account ${this.demoEmail} could not sign in (${error.code})`);
        return { kind: 'signed-out', expired: false, email: this.demoEmail };
      }
    }
    return { kind: 'signed-out', expired: false, email: '' };
  }

  /** The client for a platform: kept across retries and re-authentications, new for a new platform. */
  private clientFor(apiBase: string): QmiClient {
    const base = resolveApiBase(apiBase);
    if (!this.client || base !== this.base) {
      this.client = createClient({ baseUrl: base, lang: langOf(this) });
      this.base = base;
    }
    return this.client;
  }

  /** A session was opened: the same client takes the token, so components holding it keep working. */
  private open(session: Session): void {
    this.client!.setToken(session.token);
    writeToken(this.base, session.token);
    this.enter(session.account);
    this.dispatchEvent(new QmiSignInEvent(session.account));
  }

  private enter(account: Account): void {
    this.current = account;
    this.view = 'signed-in';
    this.expired = false;
    this.credentials = emptyForm('sign-in');
    const session: QmiSession = { client: this.client!, account, apiBase: this.base, reauthenticate: () => this.reauthenticate() };
    this.provider.setValue(session);
  }

  /** The content loses its session: consumers get `undefined`, a pending sign-in-again is refused. */
  private leave(): void {
    // The content goes: the focus is placed by whoever called (signing out puts it on the form).
    if (this.pendingReauth) this.closeReauth('cancelled', false);
    this.current = undefined;
    this.provider.setValue(undefined);
  }

  private async submit(which: typeof FORM | typeof REAUTH): Promise<void> {
    const model = which === FORM ? this.credentials : this.reauth;
    const client = this.client;
    if (!model || model.busy || !client) return;
    const set = (next: FormModel) => (which === FORM ? (this.credentials = next) : (this.reauth = next));
    set({ ...model, busy: true });
    const credentials: Credentials = { email: model.email.trim(), password: model.password };
    try {
      const session = model.mode === 'sign-up' ? await client.auth.signUp(credentials) : await client.auth.signIn(credentials);
      this.open(session);
      if (which === REAUTH) {
        this.closeReauth('signed-in');
        this.announcer.announce(this.t.reauthAnnounce);
      } else {
        this.focusId = ACCOUNT_BAR;
        this.announcer.announce(this.t.signedInAnnounce(session.account.email));
      }
    } catch (error) {
      const refused = { error, typed: { email: model.email, password: model.password } };
      const errors = this.refusalErrors(model.mode, refused);
      // Whatever was typed meanwhile stays: only the busy flag and the errors change.
      const latest = which === FORM ? this.credentials : this.reauth;
      if (!latest) return;
      set({ ...latest, busy: false, errors, refused });
      if (hasErrors(errors)) this.focusId = ids(which).summary;
    }
  }

  /** What a refused submission shows, in the page's language now (told again at each render: `lang` may change). */
  private refusalErrors(mode: Mode, refused: NonNullable<FormModel['refused']>): FormErrors {
    const errors = formErrors(refused.error, mode, refused.typed, this.t.errors, this.language.lang);
    // No answer: say why when it can be told (a page whose origin the platform does not allow).
    errors.form = originRefused(this, refused.error, this.apiBase) ?? errors.form;
    return errors;
  }

  /** A form as shown: its errors in the page's language of this render. */
  private inCurrentLang(model: FormModel): FormModel {
    return model.refused ? { ...model, errors: this.refusalErrors(model.mode, model.refused) } : model;
  }

  private closeReauth(outcome: 'signed-in' | 'cancelled', restoreFocus = true): void {
    const pending = this.pendingReauth;
    const opener = this.reauthOpener;
    this.pendingReauth = undefined;
    this.reauthOpener = null;
    this.reauth = undefined;
    this.renderRoot.querySelector('dialog')?.close();
    // Back to the control that opened the dialog (before the caller goes on, so that it may move the
    // focus further); if that control is gone, to the account bar, never to <body>.
    if (restoreFocus) {
      // Nothing had the focus (a save on a timer opened it): the account bar, not <body>, either.
      const back = opener instanceof HTMLElement && opener !== document.body && opener.isConnected ? opener : undefined;
      back?.focus();
      if (!back || deepActiveElement() !== back) (this.renderRoot as ShadowRoot).getElementById(ACCOUNT_BAR)?.focus();
    }
    if (outcome === 'signed-in') pending?.resolve();
    else pending?.reject(new DOMException('The person closed the sign-in dialog', 'AbortError'));
  }

  /**
   * Escape closes a modal dialog natively: that is a "not now", as Cancel is. The event comes a task
   * after close(), so one from a dialog already taken out of the page (signed in) is ignored.
   */
  private onDialogClose(event: Event): void {
    if ((event.target as HTMLDialogElement).isConnected && this.pendingReauth) this.closeReauth('cancelled');
  }

  private async signOut(): Promise<void> {
    if (this.signingOut || !this.client) return;
    this.signingOut = true;
    const client = this.client;
    try {
      await client.auth.signOut();
    } catch {
      // Revoking on the server is best effort: this device forgets the token whatever the answer.
    }
    client.setToken(undefined);
    clearToken(this.base);
    this.leave();
    this.credentials = emptyForm('sign-in');
    this.signingOut = false;
    this.view = 'signed-out';
    this.focusId = ids(FORM).heading;
    this.announcer.announce(this.t.signedOutAnnounce);
    this.dispatchEvent(new QmiSignOutEvent());
  }

  private switchTo(mode: Mode): void {
    // The e-mail carries over: someone who meant to sign in need not type it twice.
    this.credentials = emptyForm(mode, this.credentials.email);
    this.expired = false;
    this.focusId = ids(FORM).heading;
  }

  private retry(): void {
    if (this.retrying) return;
    this.retrying = true;
    void this.start();
  }

  private get t(): SessionMessages {
    return translate(this, sessionMessages);
  }

  private formCallbacks(which: typeof FORM | typeof REAUTH) {
    const update = (patch: Partial<FormModel>) => {
      if (which === FORM) this.credentials = { ...this.credentials, ...patch };
      else if (this.reauth) this.reauth = { ...this.reauth, ...patch };
    };
    return {
      onInput: (field: Field, value: string) => update(field === 'email' ? { email: value } : { password: value }),
      onSubmit: () => void this.submit(which),
      onSummaryLink: (field: Field) => {
        const input = (this.renderRoot as ShadowRoot).getElementById(ids(which).field(field)) as HTMLInputElement | null;
        input?.focus();
        // As GOV.UK does: the label, above the input, comes into view too.
        input?.labels?.[0]?.scrollIntoView({ block: 'nearest' });
      },
    };
  }

  protected override render(): TemplateResult {
    // The live region stays in place whatever the view, so that it is in the page before it speaks.
    return html`${this.renderView()}${this.announcer.region()}`;
  }

  private renderView(): TemplateResult {
    const t = this.t;
    switch (this.view) {
      case 'checking':
        // Shown, not announced: a step on the way.
        return html`<div part="status" class="status"><p>${t.checking}</p></div>`;
      case 'unreachable':
        // Told in the live region (again after each "Réessayer" that fails), not in an alert here.
        return html`<div part="status" class="status">
          <p>${originRefused(this, this.unreachableBecause, this.apiBase) ?? t.sessionUnreachable}</p>
          <button
            part="button retry-button"
            class="button"
            type="button"
            aria-label=${this.retrying ? nothing : t.retryLabel}
            aria-disabled=${this.retrying ? 'true' : 'false'}
            @click=${this.retry}
          >
            ${this.retrying ? t.retrying : t.retry}
          </button>
        </div>`;
      case 'signed-out':
        return this.renderSignedOut(t);
      case 'signed-in':
        return this.renderSignedIn(t);
    }
  }

  private renderSignedOut(t: SessionMessages): TemplateResult {
    const signUp = this.credentials.mode === 'sign-up';
    return html`
      ${this.expired ? html`<p part="notice" class="notice">${t.sessionExpired}</p>` : nothing}
      ${renderForm({
        id: FORM,
        model: this.inCurrentLang(this.credentials),
        t,
        heading: signUp ? t.signUpHeading : t.signInHeading,
        headingLevel: headingLevel(this.headingLevel),
        submitLabel: signUp ? t.signUp : t.signIn,
        footer: html`<p>
          ${signUp ? t.toSignInPrompt : t.toSignUpPrompt}
          <button part="button switch-button" class="link" type="button" @click=${() => this.switchTo(signUp ? 'sign-in' : 'sign-up')}>
            ${signUp ? t.toSignIn : t.toSignUp}
          </button>
        </p>`,
        ...this.formCallbacks(FORM),
      })}
    `;
  }

  private renderSignedIn(t: SessionMessages): TemplateResult {
    return html`
      <div part="account-bar" class="account-bar" id=${ACCOUNT_BAR} tabindex="-1">
        <p>${t.signedInAs} <strong>${this.current?.email}</strong></p>
        <button part="button sign-out-button" class="button" type="button" aria-disabled=${this.signingOut ? 'true' : 'false'} @click=${this.signOut}>
          ${this.signingOut ? t.signingOut : t.signOut}
        </button>
      </div>
      <slot></slot>
      ${this.reauth
        ? html`<dialog part="dialog" aria-labelledby=${ids(REAUTH).heading} @close=${this.onDialogClose}>
            ${renderForm({
              id: REAUTH,
              model: this.inCurrentLang(this.reauth),
              t,
              heading: t.reauthHeading,
              // A modal dialog is an outline of its own: its title is an h2 whatever the page.
              headingLevel: 2,
              intro: html`<p>${t.reauthIntro}</p>`,
              submitLabel: t.reauthSubmit,
              footer: html`<button part="button cancel-button" class="button" type="button" @click=${() => this.closeReauth('cancelled')}>${t.cancel}</button>`,
              ...this.formCallbacks(REAUTH),
            })}
          </dialog>`
        : nothing}
    `;
  }
}
