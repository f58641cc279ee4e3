import type { Account } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Mode } from './session.errors.js';
import { type FormModel, type FormView, ids, renderForm } from './session.form.js';
import type { SessionMessages } from './session.messages.js';
import { EVERYWHERE_BUTTON, renderSignOutQuestion, SIGN_OUT_BUTTON, type SignOutQuestion } from './session.confirm.js';

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

function renderSignedOut(view: SessionView): TemplateResult {
  const { t } = view;
  const signUp = view.credentials.mode === 'sign-up';
  return html`${view.expired ? html`<p part="notice" class="notice">${t.sessionExpired}</p>` : nothing}
          ${renderForm({
            id: FORM,
            model: view.credentials,
            t,
            heading: signUp ? t.signUpHeading : t.signInHeading,
            headingLevel: view.headingLevel,
            submitLabel: signUp ? t.signUp : t.signIn,
            footer: html`<p>
          ${signUp ? t.toSignInPrompt : t.toSignUpPrompt}
          <button part="button switch-button" class="link" type="button" @click=${() => view.switchTo(signUp ? 'sign-in' : 'sign-up')}>
            ${signUp ? t.toSignIn : t.toSignUp}
          </button>
        </p>`,
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
              footer: html`<button part="button cancel-button" class="button" type="button" @click=${() => view.cancelReauth()}>${t.cancel}</button>`,
              ...view.formCallbacks(REAUTH),
            })}
          </dialog>`
          : nothing
      }
    `;
}
