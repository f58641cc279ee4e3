import type { Account, Session } from '@qmi/core';
import {
  type CSSResult,
  html,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { Announcer } from '../a11y/announcer.js';
import { originRefused } from '../i18n/connection.js';
import { langOf } from '../i18n/lang.js';
import { QmiElement } from '../i18n/qmi-element.js';
import { loadTranslations, translate } from '../i18n/translate.js';
import { SessionAccount } from './session.account.js';
import { QmiInvitationAcceptedEvent, QmiSignInEvent, QmiSignOutEvent } from './session.events.js';
import { clearFragment, type FragmentTask, pageUrl, pendingWaits, readFragment } from './session.links.js';
import type { ProConnectSignIn } from './session.proconnect.js';
import { ProConnectOffer } from './session.proconnect-offer.js';
import { guardColours } from '../styles/contrast-guard.js';
import { emptyForm, type FormModel, ids, type Mode } from './session.model.js';
import { sessionMessages, type SessionMessages } from './session.messages.js';
import type { ReauthDialog } from './session.reauth.js';
import {
  type Chunk,
  flowsChunk,
  online,
  prefetchWhenIdle,
  proConnectChunk,
  reauthChunk,
  signedInChunk,
  signedOutChunk,
  signOutChunk,
} from './session.lazy.js';
import { ACCOUNT_BAR, FORM, REAUTH, renderView, type SessionView, type View, VIEWS } from './session.render.js';
import { resolveApiBase, StartUp, type StartOutcome } from './session.start.js';
import { readToken } from './session.storage.js';
import { sessionStyles } from './session.styles.js';
import type { SessionForms } from './session.submit.js';
import type { SignedInActions } from './session.signed-in.actions.js';
import type { SessionClient } from './session.client.js';
import type { SessionFlows } from './session.flows.controller.js';
import type { SessionShell } from './session.shell.js';

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
 * Creating an account ends on "check your e-mail": the link of that mail comes back to this page
 * (`#qmi-action=verify-email&qmi-token=…`) and the element confirms the address and signs in. It also
 * completes the links of password resets, address changes, invitations to a dossier and to the selection
 * committee (a new address chooses its password; the account signs in as a reviewer), and, when the platform
 * offers it, signs in with ProConnect (a popup, or a redirect when popups are blocked). The fragment
 * is removed from the URL once read, so a reload or a shared URL never replays a token.
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
 * @fires {QmiInvitationAcceptedEvent} qmi-invitation-accepted - An invitation's link was followed and accepted (after a sign-in when needed); `detail` is the dossier joined, to open it.
 * @fires {QmiSignOutEvent} qmi-sign-out - The person signed out (`detail.everywhere`: of every device). What the elements kept in this browser for that account (unsent messages, read marks, uploads remembered for resuming, the token) is forgotten first; if anything was unsent, the element said what would be lost and the person confirmed.
 *
 * @csspart form - A sign-in or sign-up form (also in the dialog).
 * @csspart heading - The form's heading.
 * @csspart field - A label, its hint, its error and its input.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint (the password rule).
 * @csspart error-message - A field's error, above its input.
 * @csspart input - A text input.
 * @csspart error-summary - The list of problems at the top of a refused form; it takes focus.
 * @csspart button - Every button; also `submit-button`, `switch-button`, `sign-out-button`, `sign-out-everywhere-button`, `confirm-sign-out-button`, `stay-signed-in-button`, `retry-button`, `cancel-button`.
 * @csspart submit-button - The button that sends a form (also `button`).
 * @csspart switch-button - The link-styled button between sign-in and sign-up (also `button`).
 * @csspart sign-out-button - The account bar's sign-out button (also `button`).
 * @csspart sign-out-everywhere-button - The account bar's "sign out of all devices" button (also `button`).
 * @csspart sign-out-question - The question asked before a sign-out of every device, or one that would lose unsent work.
 * @csspart warning - Its warning text (what would be lost, what signing out everywhere does); it takes focus.
 * @csspart confirm-sign-out-button - Its button that signs out (also `button`).
 * @csspart stay-signed-in-button - Its button that cancels, keeping everything (also `button`).
 * @csspart retry-button - The button that checks the session again when the platform did not answer (also `button`).
 * @csspart cancel-button - The sign-in-again dialog's cancel button (also `button`).
 * @csspart account-bar - The signed-in account's e-mail and the sign-out button, above the content.
 * @csspart status - The "checking your session" and "platform unreachable" messages.
 * @csspart notice - The "your session has expired" message above the sign-in form.
 * @csspart dialog - The sign-in-again dialog.
 * @csspart step - A step between the forms: "check your e-mail", a link that no longer works; its heading takes focus.
 * @csspart resend-button - Sends the confirmation e-mail again (also `button`).
 * @csspart proconnect - The ProConnect button, its "Qu'est-ce que ProConnect ?" link and the "or" before the form.
 * @csspart proconnect-button - The "S'identifier avec ProConnect" button, as the State publishes it (not themed).
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
  // The ProConnect button keeps the State's colours under the high-contrast theme too (white on #000091
  // is 14:1): its own colours are guarded like the rest, rather than dropped by the guard's base rule.
  // Its styles come with its chunk (adopted then, after these, as they were listed before).
  static override styles = sessionStyles;
  // Lit's reactive properties, declared here rather than with its decorators: the session's first load then
  // holds neither the decorators nor esbuild's helper that applies them (0.5 KB gzip; issue 17: under 25 KB).
  // `state: true` is what `@state()` declares; `attribute: false` (which it implies) is written out for the
  // manifest's analyzer, which would list these private states as attributes otherwise.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    demoEmail: { attribute: 'demo-email' },
    demoPassword: { attribute: 'demo-password' },
    headingLevel: { attribute: 'heading-level', type: Number },
    view: { state: true, attribute: false },
    expired: { state: true, attribute: false },
    chunkFailed: { state: true, attribute: false },
    credentials: { state: true, attribute: false },
  };

  /** The platform's URL, e.g. "https://plateforme.example" (relative URLs resolve against the page). */
  apiBase = '';
  /** For demo pages only: with `demo-password`, signs in as this account when no session is stored. */
  demoEmail = '';
  /** For demo pages only: the password of `demo-email` (never for a real account: it is in the page). */
  demoPassword = '';
  /** The level of the forms' headings (2 by default), to fit the page's outline; the dialog's stays 2. */
  headingLevel = 2;
  /** How long after sign-up "send the e-mail again" is offered (a mail takes a moment to arrive). */
  static resendAfterMs = 20_000;

  /** The step shown (reactive, as `credentials`, `expired` and `chunkFailed`: see `properties`). */
  private view: View = 'checking';
  /** Why the stored session could not be checked (shown in the `unreachable` view). */
  private unreachableBecause: unknown;
  private expired = false;

  /** What the URL's fragment asked when the element arrived (an e-mail's link, ProConnect's return). */
  private fragment: FragmentTask | undefined;

  /** The id of the element to focus after the next render, when an action moved the person elsewhere. */
  private focusId: string | undefined;
  /** The one polite live region: the settled result of each action. */
  private readonly announcer = new Announcer(this);
  private readonly internals = this.attachInternals();
  /** The signed-in account and its client, given to the content. */
  private readonly session = new SessionAccount(this, () => this.reauthenticate());
  /** What every part's controller asks of the element (`session.shell.ts`). */
  private readonly shell: SessionShell = {
    session: this.session,
    words: () => this.t,
    lang: () => this.language.lang,
    announce: (message) => this.announcer.announce(message),
    focus: (id) => (this.focusId = id),
    failure: (error) => originRefused(this, error, this.apiBase) ?? this.t.errors.unexpected,
    continueUrl: pageUrl,
    leave: () => this.leave(),
  };
  /** The sign-in-again dialog, once its chunk came (the content met a 401). */
  private dialog: ReauthDialog | undefined;
  /** The one sign-in-again asked for, shared by every caller until it settles (also while its chunk loads). */
  private reauthAsked: Promise<void> | undefined;
  /** Steps whose chunk is on its way: the view stays as it is, the element `aria-busy`. */
  private entering = 0;
  /** A chunk could not be loaded (offline): the connection message shows until it is. */
  private chunkFailed = false;
  private chunkWaiters: (() => void)[] = [];

  /** Resumes the stored session, signs in the demo account or shows the sign-in form, for each `api-base`. */
  private readonly startUp = new StartUp(this, {
    apiBase: () => this.apiBase,
    begin: (byRetry) => {
      // The part this visitor will most likely see comes together with the session's answer: the account
      // bar when this browser kept a session (or signs in a demo account), else the sign-in form.
      this.prefetchLikely();
      // A retry stays on its message, its button busy, so that the keyboard focus is not dropped.
      if (!byRetry) this.view = 'checking';
      // A new platform (api-base changed): whatever session there was belonged to the old one.
      if (this.session.account) this.leave();
    },
    clientFor: (apiBase) => this.session.clientFor(apiBase, langOf(this)),
    options: () => ({ base: this.session.base, demo: { email: this.demoEmail, password: this.demoPassword } }),
    settle: (client, outcome, byRetry) => this.settle(client, outcome, byRetry),
    checking: () => this.view === 'checking',
  });

  /** What the page's form holds (set here before the form's chunk came: an e-mail carried over, a form emptied). */
  private credentials: FormModel = emptyForm('sign-in');
  /** The page's sign-in or sign-up form and the dialog's: typing, submitting, refusals (with the form's chunk). */
  private forms: SessionForms | undefined;

  private useForms(module: typeof import('./session.signed-out.js')): SessionForms {
    // The forms' styles, before a form first draws (in render, or for the dialog).
    this.adoptStyles(module.signedOutStyles);
    return (this.forms ??= new module.SessionForms(this, () => this.dialog, {
      ...this.shell,
      page: () => this.credentials,
      setPage: (next) => (this.credentials = next),
      originRefused: (error) => originRefused(this, error, this.apiBase),
      open: (client, session) => this.open(client, session),
      flows: () => this.flowsOf(flowsChunk.value!),
    }));
  }

  /** Whether the platform offers ProConnect; its button and popup come with their chunk when it does. */
  private readonly proConnectOffer = new ProConnectOffer(
    this,
    () => this.session.base,
    () => this.withChunk(proConnectChunk, (module) => this.useProConnect(module)),
  );
  /** "S'identifier avec ProConnect": a popup from this page, or a redirect when popups are blocked. */
  private proConnect: ProConnectSignIn | undefined;
  /** The steps between the forms, their notices, e-mails' links and ProConnect's return (the flows' chunk). */
  private madeFlows: SessionFlows | undefined;

  private useProConnect(module: typeof import('./session.proconnect.js')): void {
    if (this.proConnect) return;
    this.proConnect = new module.ProConnectSignIn(this, {
      client: () => this.session.client,
      base: () => this.session.base,
      open: (client, session) => this.signedInBy(client, session),
      refused: (code) => void this.withFlows((flows) => flows.proConnectRefused(code)),
      returnTo: () => pageUrl(),
    });
    this.adoptStyles(module.proConnectStyles);
  }

  private readonly adopted = new Set<CSSResult>();

  /** A chunk's styles, after the element's own, guarded under the high-contrast theme as the rest (once). */
  private adoptStyles(styles: CSSResult): void {
    if (this.adopted.has(styles)) return;
    this.adopted.add(styles);
    const root = this.renderRoot as ShadowRoot;
    const sheets = guardColours([styles]).map((style) => style.styleSheet!);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
  }

  /** The flows, once their chunk is here (by a prefetch too). */
  private get flows(): SessionFlows | undefined {
    const module = flowsChunk.value;
    return module && this.flowsOf(module);
  }

  /** The flows, made once with their chunk. */
  private flowsOf(module: typeof import('./session.flows.js')): SessionFlows {
    return (this.madeFlows ??= new module.SessionFlows(this, {
      ...this.shell,
      headingLevel: () => this.headingLevel,
      resendAfterMs: () => QmiSessionElement.resendAfterMs,
      signedOut: (credentials) => {
        if (credentials) this.credentials = credentials;
        else this.expired = false;
        this.view = 'signed-out';
      },
      signedInBy: (client, session) => this.signedInBy(client, session),
      goTo: (mode) => this.switchTo(mode),
      accepted: (application) => this.dispatchEvent(new QmiInvitationAcceptedEvent(application)),
    }));
  }

  /** The flows' chunk, then `then` with the flows. */
  private withFlows(then: (flows: SessionFlows) => void): Promise<void> {
    return this.withChunk(flowsChunk, (module) => then(this.flowsOf(module)));
  }

  /** Completes what a link (or ProConnect's redirect) asked, its chunk first. */
  private completeLink(client: SessionClient, task: FragmentTask): void {
    void this.withFlows((flows) => void flows.complete(client, task));
  }

  /**
   * Runs `then` with a chunk's module: at once when it is here, else once it came with its strings in
   * the page's language. Meanwhile the view stays as it was and the element says it is busy; a chunk
   * that cannot be loaded (offline) shows the connection message and is asked again once back online.
   */
  private withChunk<T>(chunk: Chunk<T>, then: (module: T) => void): Promise<void> {
    if (chunk.value) {
      then(chunk.value);
      return Promise.resolve();
    }
    this.entering++;
    this.chunkChanged();
    return (async () => {
      try {
        for (;;) {
          try {
            const module = await chunk.get();
            await loadTranslations(this.language.lang);
            this.chunkFailed = false;
            then(module);
            return;
          } catch (error) {
            console.warn('<qmi-session>: a part of the element could not be loaded', error);
            if (!this.chunkFailed) this.announcer.announce(this.t.errors.unreachable);
            this.chunkFailed = true;
            this.chunkChanged();
            await online();
          }
        }
      } finally {
        this.entering--;
        this.chunkChanged();
      }
    })();
  }

  private chunkChanged(): void {
    this.internals.ariaBusy = this.entering > 0 ? 'true' : null;
    const waiters = this.chunkWaiters;
    this.chunkWaiters = [];
    for (const wake of waiters) wake();
  }

  /**
   * `updateComplete` resolves once the element shows what was asked: a step whose chunk is on its way
   * is waited for (unless it could not be loaded: then the connection message is what shows).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.entering > 0 && !this.chunkFailed) {
      await new Promise<void>((wake) => this.chunkWaiters.push(wake));
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The signed-in account, if any. */
  get account(): Account | undefined {
    return this.session.account;
  }

  /**
   * Asks the person to sign in again in a modal dialog, without leaving the page. Resolves once
   * signed in, the same client now carrying the new token; rejects with an "AbortError" if the
   * person closes the dialog (Escape or Cancel), so the caller can keep its work and ask later.
   * Calls made while the dialog is open share it.
   */
  reauthenticate(): Promise<void> {
    if (this.reauthAsked) return this.reauthAsked;
    const account = this.session.account;
    if (this.view !== 'signed-in' || !account) return Promise.reject(new Error('<qmi-session> is not signed in'));
    const asked = new Promise<void>((resolve, reject) => {
      void this.withChunk(reauthChunk, (module) => {
        this.useForms(signedOutChunk.value!);
        this.adoptStyles(module.reauthDialogStyles);
        this.dialog ??= new module.ReauthDialog(this, () =>
          (this.renderRoot as ShadowRoot).getElementById(ACCOUNT_BAR),
        );
        this.focusId = ids(REAUTH).field('password');
        this.dialog.open(account.email).then(resolve, reject);
      });
    });
    this.reauthAsked = asked;
    const settled = () => {
      if (this.reauthAsked === asked) this.reauthAsked = undefined;
    };
    asked.then(settled, settled);
    return asked;
  }

  /** The chunk that draws a view: the sign-in form's or the account bar's (the others are the shell's). */
  private partOf(view: View): Chunk<unknown> | undefined {
    return view === 'signed-out' ? signedOutChunk : view === 'signed-in' ? signedInChunk : undefined;
  }

  /** What shows: the view, once its part came; until then the status, the element busy. */
  private shownView(): View {
    const part = this.partOf(this.view);
    return part && !part.value ? 'checking' : this.view;
  }

  private awaitedParts = new Set<Chunk<unknown>>();

  /** Fetches the part the likely next view needs, with the session's request (see `begin`). */
  private prefetchLikely(): void {
    let signedInLikely = Boolean(this.demoEmail && this.demoPassword);
    try {
      signedInLikely ||= Boolean(readToken(resolveApiBase(this.apiBase)));
    } catch {
      // Not a URL: start-up says so; the form is then the likely part.
    }
    // A failure (offline) is left to the view that needs it: it shows the connection message, and retries.
    void (signedInLikely ? signedInChunk : signedOutChunk).get().catch(() => undefined);
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    // The view's part has not come yet (the answer was not the likely one): it comes now, the status
    // showing meanwhile, the element busy and its `updateComplete` waiting for it.
    const part = this.partOf(this.view);
    if (part && !part.value && !this.awaitedParts.has(part)) {
      this.awaitedParts.add(part);
      void this.withChunk(part, () => this.requestUpdate()).finally(() => this.awaitedParts.delete(part));
    }
    // The sign-in step after a sign-out (or a link): ProConnect's button, if the platform offers it.
    if (this.view === 'signed-out' && this.proConnectOffer.available && !this.proConnect)
      void this.withChunk(proConnectChunk, (module) => this.useProConnect(module));
    // The page's language changed: the client shared with the content asks the platform for the new one.
    const client = this.session.client;
    if (client && client.lang !== this.language.lang) client.setLang(this.language.lang);
  }

  protected override update(changed: PropertyValues<this>): void {
    // After the controllers' turn (a start sets the view): custom states let a page style each step,
    // qmi-session:state(signed-in) { … }.
    const states = this.internals.states as CustomStateSet | undefined;
    for (const view of VIEWS) {
      if (view === this.shownView()) states?.add(view);
      else states?.delete(view);
    }
    super.update(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('qmi-account-delete', this.onAccountDeleted);
    window.addEventListener('hashchange', this.onHashChange);
    // Taken out of the URL at once, so that a reload or a shared URL does not replay a single-use token.
    const task = readFragment();
    if (task) {
      this.fragment = task;
      clearFragment();
      // A link in the URL: its chunk comes at once, while the session is checked.
      void flowsChunk.get().catch(() => undefined);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('qmi-account-delete', this.onAccountDeleted);
    window.removeEventListener('hashchange', this.onHashChange);
  }

  /**
   * An e-mail's link opened in the tab where the page already is (pasted in the address bar, or an
   * e-mail client reusing the tab): the browser only changes the fragment, without loading the page
   * again. The link is completed then, as at load, and taken out of the URL.
   */
  private readonly onHashChange = (): void => {
    const task = readFragment();
    if (!task) return;
    clearFragment();
    if (this.view === 'checking') {
      this.fragment = task;
      return;
    }
    this.completeLink(this.session.clientFor(this.apiBase, langOf(this)), task);
  };

  protected override firstUpdated(): void {
    if (!this.apiBase) console.error('<qmi-session> needs an api-base attribute: the URL of the platform');
  }

  protected override updated(): void {
    // Signed in: the sign-out questions come once the page is idle, so that signing out still works if
    // the connection drops later (a shared computer in a town hall).
    // (That chunk brings the sign-in form that follows.) Signed out: the account bar comes likewise, so
    // that signing in does not wait for it.
    if (this.view === 'signed-in') prefetchWhenIdle(signOutChunk);
    if (this.view === 'signed-out') prefetchWhenIdle(signedInChunk);
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    if (this.focusId) {
      const target = (this.renderRoot as ShadowRoot).getElementById(this.focusId);
      target?.focus();
      // A view whose part is on its way: its element takes the focus once drawn.
      if (target || this.shownView() === this.view) this.focusId = undefined;
    }
  }

  /** Shows what start-up led to, and says it when the person asked for it ("Réessayer") or the platform does not answer. */
  private settle(
    client: SessionClient | undefined,
    outcome: StartOutcome,
    byRetry: boolean,
    methodsAsked = false,
  ): void {
    // The sign-in step shows once the platform said whether it offers ProConnect, so that its button
    // does not push the form down under the person's eyes (or fingers) a moment later.
    if (outcome.kind === 'signed-out' && client && !methodsAsked && !this.proConnectOffer.known) {
      void this.proConnectOffer.check(client, true).finally(() => this.settle(client, outcome, byRetry, true));
      return;
    }
    if (outcome.kind === 'resumed' && client) {
      this.session.enter(client, outcome.account);
      this.enter();
    } else if (outcome.kind === 'opened' && client) this.open(client, outcome.session);
    else if (outcome.kind === 'signed-out') {
      this.credentials = emptyForm('sign-in', outcome.email);
      this.expired = outcome.expired;
      this.view = 'signed-out';
    } else if (outcome.kind === 'unreachable') {
      this.unreachableBecause = outcome.error;
      this.view = 'unreachable';
    }
    if (client && outcome.kind !== 'unreachable') {
      void this.proConnectOffer.check(client);
      // The fragment's task, once the platform answered (kept for "Réessayer" otherwise).
      const task = this.fragment;
      this.fragment = undefined;
      if (task) this.completeLink(client, task);
    }
    // After a retry, the retry button is gone: the focus goes where the person now is.
    if (byRetry && outcome.kind !== 'unreachable')
      this.focusId = this.view === 'signed-in' ? ACCOUNT_BAR : ids(FORM).heading;
    // What the person asked for ("Réessayer") is told once settled; at start-up, only a platform that
    // does not answer (the rest is the page's content as it appears).
    const t = this.t;
    if (outcome.kind === 'unreachable')
      this.announcer.announce(originRefused(this, outcome.error, this.apiBase) ?? t.sessionUnreachable);
    else if (byRetry && outcome.kind === 'resumed') this.announcer.announce(t.signedInAnnounce(outcome.account.email));
    else if (byRetry && outcome.kind === 'signed-out' && outcome.expired) this.announcer.announce(t.sessionExpired);
  }

  /** A session was opened (a sign-in, a sign-up, the demo account): the content gets it, the page hears of it. */
  private open(client: SessionClient, session: Session): void {
    this.session.open(client, session);
    this.enter();
    this.dispatchEvent(new QmiSignInEvent(session.account));
    // An invitation or an address change that waited for a sign-in: the flows' chunk completes it.
    if (pendingWaits(this.session.base)) void this.withFlows((flows) => void flows.completePending(client));
  }

  /** A link or ProConnect signed the person in: as a sign-in with the form, the focus on the account bar. */
  private signedInBy(client: SessionClient, session: Session): void {
    this.open(client, session);
    this.focusId = ACCOUNT_BAR;
    this.announcer.announce(this.t.signedInAnnounce(session.account.email));
  }

  /** The signed-in view: the content, with its session. */
  private enter(): void {
    this.view = 'signed-in';
    this.expired = false;
    this.flows?.set(undefined);
    this.credentials = emptyForm('sign-in');
  }

  /** The content loses its session: a pending sign-in-again is refused (the focus is placed by whoever called). */
  private leave(): void {
    if (this.dialog?.isOpen) this.dialog.close('cancelled', false);
    this.flows?.say(undefined);
    this.session.leave();
  }

  /** The account bar's actions, made with its chunk (`session.signed-in.actions.ts`). */
  private actions: SignedInActions | undefined;

  private useSignedIn(module: typeof import('./session.signed-in.js')): SignedInActions {
    // The bar's styles, before it first draws.
    this.adoptStyles(module.signedInStyles);
    return (this.actions ??= new module.SignedInActions(this, {
      ...this.shell,
      withSignOut: (then) =>
        this.withChunk(signOutChunk, (signOut) => {
          this.adoptStyles(signOut.signOutQuestionStyles);
          then(signOut);
        }),
      signedOut: (said, everywhere) => {
        this.credentials = emptyForm('sign-in');
        this.view = 'signed-out';
        this.focusId = ids(FORM).heading;
        this.announcer.announce(said);
        this.dispatchEvent(new QmiSignOutEvent({ everywhere }));
      },
      // The sign-in step follows a sign-out: ProConnect's button comes meanwhile, so that it does not pop in.
      signingOut: () => void (this.proConnectOffer.available && proConnectChunk.get().catch(() => undefined)),
    }));
  }

  /** `<qmi-account>` inside deleted the account (its content is there only with the bar's chunk). */
  private readonly onAccountDeleted = (): void => this.actions?.accountDeleted();

  private switchTo(mode: Mode): void {
    // Every form but sign-in, and the steps around them, come with the flows' chunk.
    const flows = this.flows;
    if (mode !== 'sign-in' && !flows) return void this.withFlows(() => this.switchTo(mode));
    // The e-mail carries over: someone who meant to sign in need not type it twice (nor the address to change).
    this.credentials = emptyForm(mode, flows?.email || this.credentials.email);
    this.expired = false;
    // A ProConnect refusal's way forward is an account: the notice has done its job once followed.
    flows?.set(undefined, mode === 'sign-in' ? flows.notice : undefined);
    this.focusId = ids(FORM).heading;
  }

  private get t(): SessionMessages {
    return translate(this, sessionMessages);
  }

  /** What the templates of `session.render.ts` need from the element. */
  private sessionView(): SessionView {
    const t = this.t;
    const lang = this.language.lang;
    const proConnect = this.proConnect;
    return {
      ...this.flows?.view(),
      t,
      lang,
      proConnect:
        proConnect && this.proConnectOffer.available
          ? proConnectChunk.value!.renderProConnect(
              translate(this, proConnectChunk.value!.stepMessages),
              proConnect.waiting,
              () => proConnect.start(),
            )
          : undefined,
      view: this.view,
      headingLevel: this.headingLevel,
      unreachableText: originRefused(this, this.unreachableBecause, this.apiBase) ?? t.sessionUnreachable,
      retrying: this.startUp.retrying,
      expired: this.expired,
      account: this.session.account,
      credentials: this.forms?.inCurrentLang(this.credentials) ?? this.credentials,
      reauth: this.forms && this.dialog?.render(t, lang, this.forms),
      retry: () => this.startUp.retry(),
      switchTo: (mode) => this.switchTo(mode),
      nearSwitch: () => void flowsChunk.get().catch(() => undefined),
    };
  }

  protected override render(): TemplateResult {
    const module = signedOutChunk.value;
    // The form's chunk may have come by a prefetch: its controller is made before it draws.
    const signedOut = module && { module, forms: this.useForms(module) };
    // The account bar's likewise: its actions are made (and its styles adopted) before it draws.
    const bar = signedInChunk.value;
    const signedIn = bar && { module: bar, actions: this.useSignedIn(bar) };
    // The live region stays in place whatever the view, so that it is in the page before it speaks.
    // A chunk that could not come (offline): the connection message, until it is back.
    return html`${this.chunkFailed ? html`<p part="status" class="status">${this.t.errors.unreachable}</p>` : nothing}
          ${renderView(this.sessionView(), { signedOut, signedIn })}
          ${this.announcer.region()}`;
  }
}
