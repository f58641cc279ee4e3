import type { Application, Session } from '@qmi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { translate } from '../i18n/translate.js';
import { LinkCompletion, linkCalls, type Said } from './session.complete.js';
import type { SessionClient } from './session.client.js';
import type { FragmentTask } from './session.links.js';
import { emptyForm, FORM, type FormModel, ids, type Mode, NOTICE } from './session.model.js';
import type { Notice, SessionView } from './session.render.js';
import type { SessionShell } from './session.shell.js';
import { renderStep, STEP_HEADING, type Step } from './session.steps.js';
import { type StepMessages, stepMessages } from './session.steps.messages.js';

/**
 * What the flows need from `<qmi-session>`. The element's own modules (its events, the connection's
 * words) are reached through it: this chunk importing them would make each a first-load file of its own.
 */
export interface FlowsHost extends SessionShell {
  /** The element's `heading-level` (clamped where a heading is drawn). */
  headingLevel(): number;
  /** How long after sign-up "send the e-mail again" is offered (`QmiSessionElement.resendAfterMs`). */
  resendAfterMs(): number;
  /** The sign-in step, with this form (the expired-session notice gone). */
  signedOut(credentials?: FormModel): void;
  /** A link or ProConnect signed the person in: as a sign-in with the form, the focus on the account bar. */
  signedInBy(client: SessionClient, session: Session): void;
  /** Back to a form (sign-in, sign-up, "Mot de passe oublié ?"), its heading focused. */
  goTo(mode: Mode): void;
  accepted(application: Application): void;
}

/**
 * The steps between the forms ("check your e-mail" and its resend, "a link was sent", a link being checked
 * or no longer working), the notices a link or ProConnect leaves, and completing the e-mails' links: the
 * flows' chunk, so that a visitor who only signs in (or is signed in) does not download them.
 */
export class SessionFlows implements ReactiveController {
  /** A step between the forms (an e-mail sent, a link being checked or no longer working). */
  step: Step | undefined;
  /** A message above the sign-in form (ProConnect refused; a link waiting for a sign-in). */
  notice: Said<Notice> | undefined;
  /** A settled result under the account bar (an invitation accepted, an address changed). */
  signedInNotice: Said<string> | undefined;
  private resendTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly links: LinkCompletion;

  constructor(
    private readonly element: ReactiveControllerHost & HTMLElement,
    private readonly host: FlowsHost,
  ) {
    element.addController(this);
    const { session } = host;
    this.links = new LinkCompletion({
      base: () => session.base,
      account: () => session.account,
      open: (client, opened) => host.signedInBy(client, opened),
      update: (client, account) => session.enter(client, account),
      completing: () => this.showStep({ kind: 'completing' }, false),
      choosePassword: (token, mode) => {
        // The link wins over a session kept on this device: the person asked for a new password, or the
        // invited address has no account yet (the one signed in here is someone else's).
        if (session.account) host.leave();
        this.set(undefined);
        host.signedOut({ ...emptyForm(mode), token });
        host.focus(ids(FORM).heading);
      },
      invalid: (action) => this.showStep({ kind: 'link-invalid', action }),
      notice: (notice) => {
        this.set(undefined, notice);
        host.focus(NOTICE);
      },
      said: (text) => this.say(text),
      accepted: (application) => host.accepted(application),
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.resendTimer);
  }

  /** Completes what a link (or ProConnect's redirect) asked. */
  complete(client: SessionClient, task: FragmentTask): Promise<void> {
    return this.links.complete(client, task);
  }

  /** Signed in: the link that waited for it (an invitation, an address change), if one still waits. */
  completePending(client: SessionClient): Promise<void> {
    return this.links.completePending(client);
  }

  proConnectRefused(code: string): void {
    this.links.proConnectRefused(code);
  }

  /** The committee's invitation with the password the new reviewer chose: their session. */
  acceptReviewer(client: SessionClient, token: string, password: string): Promise<Session> {
    return linkCalls(client).reviewers.accept({ token, password });
  }

  /** The step and the notice shown (none: the form, or the signed-in view), the resend's timer stopped. */
  set(step: Step | undefined, notice?: Said<Notice>): void {
    clearTimeout(this.resendTimer);
    this.step = step;
    this.notice = notice;
    this.element.requestUpdate();
  }

  /** A step between the forms; its heading takes the focus. */
  showStep(step: Step, focus = true): void {
    this.set(step);
    this.host.signedOut();
    if (focus) this.host.focus(STEP_HEADING);
  }

  /** Sign-up answered: "check your e-mail", with a resend offered after a moment (a mail takes a while). */
  checkEmail(email: string, password: string): void {
    this.showStep({ kind: 'check-email', email, password, canResend: false, resending: false });
    this.announce((s) => s.checkEmailHeading);
    this.resendTimer = setTimeout(() => this.change({ canResend: true }), this.host.resendAfterMs());
  }

  /** The e-mail a step was about, carried over to the form the person goes to (they need not type it twice). */
  get email(): string {
    const step = this.step;
    return step?.kind === 'check-email' || step?.kind === 'reset-sent' ? step.email : '';
  }

  /** Signed in: a settled result under the account bar, announced (an invitation accepted, an address changed); none once signed out. */
  say(text: Said<string> | undefined): void {
    this.signedInNotice = text;
    this.element.requestUpdate();
    if (text) this.announce((s) => text(s, this.host.lang()));
  }

  /** The step (drawn), its notice and the signed-in notice, in the page's language now (see `SessionView`). */
  view(): Pick<SessionView, 'step' | 'notice' | 'createAccount' | 'signedInNotice'> {
    const { host, step } = this;
    const s = this.words;
    const lang = host.lang();
    return {
      step:
        step &&
        renderStep({
          step,
          t: host.words(),
          s,
          headingLevel: host.headingLevel(),
          resend: () => void this.resend(),
          goTo: (mode) => host.goTo(mode),
        }),
      notice: this.notice?.(s, lang),
      createAccount: s.createAccount,
      signedInNotice: this.signedInNotice?.(s, lang),
    };
  }

  /** The flows' words, in the page's language now. */
  get words(): StepMessages {
    return translate(this.element, stepMessages);
  }

  private announce(text: (s: StepMessages) => string): void {
    this.host.announce(text(this.words));
  }

  /** Changes the "check your e-mail" step, if it is still the one shown. */
  private change(patch: { canResend?: boolean; resending?: boolean }): void {
    if (this.step?.kind !== 'check-email') return;
    this.step = { ...this.step, ...patch };
    this.element.requestUpdate();
  }

  /** The same sign-up again sends a new mail (and ends the older link). */
  private async resend(): Promise<void> {
    const { step, host } = this;
    const client = host.session.client;
    if (step?.kind !== 'check-email' || step.resending || !client) return;
    this.change({ resending: true });
    try {
      await client.auth.signUp({
        email: step.email,
        password: step.password,
        lang: host.lang(),
        continueUrl: host.continueUrl(),
      });
      this.announce((s) => s.resentAnnounce(step.email));
    } catch (error) {
      host.announce(host.failure(error));
    }
    this.change({ resending: false });
  }
}
