import type { Account } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Mode } from './session.errors.js';
import { type FormModel, type FormView, renderForm } from './session.form.js';
import type { SessionMessages } from './session.messages.js';
import type { SignOutQuestion } from './session.confirm.js';
import type { Step } from './session.steps.js';

/** A message above the sign-in form: why ProConnect refused, or what a followed link waits for. */
export interface Notice {
  heading?: string | undefined;
  paragraphs: string[];
  /** The way forward is an account of one's own (ProConnect refused the organisation). */
  offerSignUp?: boolean | undefined;
}

/** The notice's heading (or its text) takes the focus when it appears. */
export const NOTICE = 'session-notice';

export type View = 'checking' | 'signed-out' | 'unreachable' | 'signed-in';
export const VIEWS: readonly View[] = ['checking', 'signed-out', 'unreachable', 'signed-in'];

/** The page's form and the re-authentication dialog's, each with its own ids. */
export const FORM = 'session';
export const REAUTH = 'reauth';
export type FormId = typeof FORM | typeof REAUTH;
export const ACCOUNT_BAR = 'account-bar';
export const SIGN_OUT_BUTTON = 'sign-out-button';
export const EVERYWHERE_BUTTON = 'sign-out-everywhere-button';

/** What the session's templates need from the element: its state (forms in the language of this render) and its actions. */
export interface SessionView {
  t: SessionMessages;
  /** A step between the forms (an e-mail sent, a link checked), shown instead of the form; drawn by its chunk. */
  step: Step | undefined;
  renderStep(step: Step): TemplateResult;
  notice: Notice | undefined;
  /** The notice's "Créer un compte" (ProConnect refused the organisation), in the flows' words. */
  createAccount: string;
  /** ProConnect's button, once its chunk came with the platform's yes. */
  proConnect: TemplateResult | undefined;
  /** A settled result shown under the account bar (an invitation accepted, an address changed). */
  signedInNotice: string | undefined;
  resendingVerification: boolean;
  resendVerification(): void;
  view: View;
  /** The level of the page form's heading and error summary (`heading-level`). */
  headingLevel: number;
  /** Why the stored session could not be checked, in words. */
  unreachableText: string;
  retrying: boolean;
  expired: boolean;
  account: Account | undefined;
  signingOut: boolean;
  /** A sign-out waiting for the person's yes (something unsent, or every device), drawn by its chunk. */
  signOutQuestion: SignOutQuestion | undefined;
  renderSignOutQuestion(question: SignOutQuestion): TemplateResult;
  credentials: FormModel;
  /** The sign-in-again dialog, while one is asked for (its chunk draws it). */
  reauth: TemplateResult | undefined;
  /** Typing, submitting and following a summary link, for one of the two forms. */
  formCallbacks(which: FormId): Pick<FormView, 'onInput' | 'onSubmit' | 'onSummaryLink'>;
  retry(): void;
  /** Signs out, or first asks when something would be lost or every device is concerned. */
  signOut(everywhere: boolean): void;
  switchTo(mode: Mode): void;
}

export function renderView(view: SessionView): TemplateResult {
  const { t } = view;
  switch (view.view) {
    case 'checking':
      // Shown, not announced: a step on the way.
      return html`<div part="status" class="status"><p>${t.checking}</p></div>`;
    case 'unreachable':
      // Told in the live region (again after each "Réessayer" that fails), not in an alert here.
      return html`<div part="status" class="status">
          <p>${view.unreachableText}</p>
          <button
            part="button retry-button"
            class="button"
            type="button"
            aria-label=${view.retrying ? nothing : t.retryLabel}
            aria-disabled=${view.retrying ? 'true' : 'false'}
            @click=${() => view.retry()}
          >
            ${view.retrying ? t.retrying : t.retry}
          </button>
        </div>`;
    case 'signed-out':
      return renderSignedOut(view);
    case 'signed-in':
      return renderSignedIn(view);
  }
}

const FORM_WORDS = (t: SessionMessages) => ({
  'sign-in': { heading: t.signInHeading, submit: t.signIn, busy: t.signingIn },
  'sign-up': { heading: t.signUpHeading, submit: t.signUp, busy: t.signingUp },
  forgot: { heading: t.forgotHeading, submit: t.forgotSubmit, busy: t.forgotSending },
  'new-password': { heading: t.newPasswordHeading, submit: t.newPasswordSubmit, busy: t.newPasswordSaving },
  'reviewer-invitation': { heading: t.reviewerHeading, submit: t.reviewerSubmit, busy: t.reviewerAccepting },
});

const INTRO = (t: SessionMessages): Partial<Record<Mode, string>> => ({
  forgot: t.forgotIntro,
  'reviewer-invitation': t.reviewerIntro,
});

function renderNotice(view: SessionView, notice: Notice): TemplateResult {
  return html`<div part="notice" class="notice" role="group" aria-labelledby=${NOTICE}>
    ${
      notice.heading
        ? html`<p class="notice__title" id=${NOTICE} tabindex="-1"><strong>${notice.heading}</strong></p>`
        : nothing
    }
    ${notice.paragraphs.map((text, index) => html`<p id=${ifDefined(!notice.heading && index === 0 ? NOTICE : undefined)} tabindex=${ifDefined(!notice.heading && index === 0 ? '-1' : undefined)}>${text}</p>`)}
    ${
      notice.offerSignUp
        ? html`<p><button part="button switch-button" class="link" type="button" @click=${() => view.switchTo('sign-up')}>${view.createAccount}</button></p>`
        : nothing
    }
  </div>`;
}

function footerOf(view: SessionView): TemplateResult {
  const { t } = view;
  const link = (label: string, mode: Mode) =>
    html`<button part="button switch-button" class="link" type="button" @click=${() => view.switchTo(mode)}>${label}</button>`;
  switch (view.credentials.mode) {
    case 'sign-in':
      // The switch to sign-up comes first, as before this link existed: keyboard users keep their path.
      return html`<p>${t.toSignUpPrompt} ${link(t.toSignUp, 'sign-up')}</p>
        <p>${link(t.forgotLink, 'forgot')}</p>`;
    case 'sign-up':
      return html`<p>${t.toSignInPrompt} ${link(t.toSignIn, 'sign-in')}</p>`;
    default:
      return html`<p>${link(t.backToSignIn, 'sign-in')}</p>`;
  }
}

function renderSignedOut(view: SessionView): TemplateResult {
  const { t } = view;
  if (view.step) return view.renderStep(view.step);
  const { mode } = view.credentials;
  const words = FORM_WORDS(t)[mode];
  const proConnect = mode === 'sign-in' || mode === 'sign-up' ? view.proConnect : undefined;
  return html`${view.expired ? html`<p part="notice" class="notice">${t.sessionExpired}</p>` : nothing}
          ${view.notice ? renderNotice(view, view.notice) : nothing}
          ${proConnect ?? nothing}
          ${renderForm({
            id: FORM,
            model: view.credentials,
            t,
            heading: words.heading,
            headingLevel: view.headingLevel,
            submitLabel: words.submit,
            busyLabel: words.busy,
            intro: INTRO(t)[mode] ? html`<p>${INTRO(t)[mode]}</p>` : undefined,
            footer: footerOf(view),
            ...view.formCallbacks(FORM),
          })}`;
}

function renderSignedIn(view: SessionView): TemplateResult {
  const { t } = view;
  return html`
      <div part="account-bar" class="account-bar" id=${ACCOUNT_BAR} tabindex="-1">
        <p>${t.signedInAs} <strong>${view.account?.email}</strong></p>
        <button part="button sign-out-button" class="button" id=${SIGN_OUT_BUTTON} type="button" aria-disabled=${view.signingOut ? 'true' : 'false'} @click=${() => view.signOut(false)}>
          ${view.signingOut && !view.signOutQuestion?.everywhere ? t.signingOut : t.signOut}
        </button>
        <button part="button sign-out-everywhere-button" class="button" id=${EVERYWHERE_BUTTON} type="button" aria-disabled=${view.signingOut ? 'true' : 'false'} @click=${() => view.signOut(true)}>
          ${t.signOutEverywhere}
        </button>
      </div>
      ${
        view.account && !view.account.emailVerified
          ? html`<div part="notice" class="notice">
            <p>${t.unverified}</p>
            <p><button part="button resend-button" class="button" type="button" aria-disabled=${view.resendingVerification ? 'true' : 'false'} @click=${() => view.resendVerification()}>${view.resendingVerification ? t.resendingVerification : t.resendVerification}</button></p>
          </div>`
          : nothing
      }
      ${view.signedInNotice ? html`<p part="notice" class="notice">${view.signedInNotice}</p>` : nothing}
      ${view.signOutQuestion ? view.renderSignOutQuestion(view.signOutQuestion) : nothing}
      <slot></slot>
      ${view.reauth ?? nothing}
    `;
}
