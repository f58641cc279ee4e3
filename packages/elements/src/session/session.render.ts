import type { Account } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Mode } from './session.errors.js';
import { type FormModel, type FormView, ids, renderForm } from './session.form.js';
import type { SessionMessages } from './session.messages.js';
import { EVERYWHERE_BUTTON, renderSignOutQuestion, SIGN_OUT_BUTTON, type SignOutQuestion } from './session.confirm.js';
import { renderProConnect } from './session.proconnect.js';
import type { StepMessages } from './session.steps.messages.js';
import { renderStep, type Step, type StepView } from './session.steps.js';

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

/** What the session's templates need from the element: its state (forms in the language of this render) and its actions. */
export interface SessionView {
  t: SessionMessages;
  s: StepMessages;
  /** A step between the forms (an e-mail sent, a link checked), shown instead of the form. */
  step: Step | undefined;
  stepActions: Pick<StepView, 'resend' | 'goTo'>;
  notice: Notice | undefined;
  proConnect: { available: boolean; waiting: boolean; start(): void };
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
  /** A sign-out waiting for the person's yes (something unsent, or every device). */
  signOutQuestion: SignOutQuestion | undefined;
  credentials: FormModel;
  /** The sign-in-again dialog's form, while one is asked for. */
  reauth: FormModel | undefined;
  /** Typing, submitting and following a summary link, for one of the two forms. */
  formCallbacks(which: FormId): Pick<FormView, 'onInput' | 'onSubmit' | 'onSummaryLink'>;
  retry(): void;
  /** Signs out, or first asks when something would be lost or every device is concerned. */
  signOut(everywhere: boolean): void;
  confirmSignOut(): void;
  cancelSignOut(): void;
  switchTo(mode: Mode): void;
  cancelReauth(): void;
  /** The dialog closed (Escape closes it natively). */
  dialogClosed(event: Event): void;
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
        ? html`<p><button part="button switch-button" class="link" type="button" @click=${() => view.switchTo('sign-up')}>${view.s.createAccount}</button></p>`
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
  const { t, s } = view;
  if (view.step) return renderStep({ step: view.step, t, s, headingLevel: view.headingLevel, ...view.stepActions });
  const { mode } = view.credentials;
  const words = FORM_WORDS(t)[mode];
  const proConnect = view.proConnect.available && (mode === 'sign-in' || mode === 'sign-up');
  return html`${view.expired ? html`<p part="notice" class="notice">${t.sessionExpired}</p>` : nothing}
          ${view.notice ? renderNotice(view, view.notice) : nothing}
          ${proConnect ? renderProConnect(s, view.proConnect.waiting, () => view.proConnect.start()) : nothing}
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
            <p>${view.s.unverified}</p>
            <p><button part="button resend-button" class="button" type="button" aria-disabled=${view.resendingVerification ? 'true' : 'false'} @click=${() => view.resendVerification()}>${view.resendingVerification ? view.s.resending : view.s.resendVerification}</button></p>
          </div>`
          : nothing
      }
      ${view.signedInNotice ? html`<p part="notice" class="notice">${view.signedInNotice}</p>` : nothing}
      ${
        view.signOutQuestion
          ? renderSignOutQuestion({
              t,
              question: view.signOutQuestion,
              signingOut: view.signingOut,
              confirm: () => view.confirmSignOut(),
              cancel: () => view.cancelSignOut(),
            })
          : nothing
      }
      <slot></slot>
      ${
        view.reauth
          ? html`<dialog part="dialog" aria-labelledby=${ids(REAUTH).heading} @close=${(event: Event) => view.dialogClosed(event)}>
            ${renderForm({
              id: REAUTH,
              model: view.reauth,
              t,
              heading: t.reauthHeading,
              // A modal dialog is an outline of its own: its title is an h2 whatever the page.
              headingLevel: 2,
              intro: html`<p>${t.reauthIntro}</p>`,
              submitLabel: t.reauthSubmit,
              busyLabel: t.signingIn,
              footer: html`<button part="button cancel-button" class="button" type="button" @click=${() => view.cancelReauth()}>${t.cancel}</button>`,
              ...view.formCallbacks(REAUTH),
            })}
          </dialog>`
          : nothing
      }
    `;
}
