import { html, nothing, type TemplateResult } from 'lit';
import { ACCOUNT_BAR, EVERYWHERE_BUTTON, SIGN_OUT_BUTTON } from './session.model.js';
import type { SessionView } from './session.render.js';
import type { SignedInActions } from './session.signed-in.actions.js';
import { signedInWords } from './session.signed-in.messages.js';

export { SignedInActions } from './session.signed-in.actions.js';
export { signedInWords } from './session.signed-in.messages.js';
export { signedInStyles } from './session.signed-in.styles.js';

// The chunk of signed-in visitors (`session.lazy.ts`): the account bar above the content, its notices,
// what its buttons do (signing out, the confirmation e-mail again) and their words; the sign-out question
// and the sign-in-again dialog are drawn by their own chunks when asked.

/** The account bar, its notices and the sign-out question (drawn by its chunk, through the actions), above the content. */
export function renderSignedIn(view: SessionView, actions: SignedInActions): TemplateResult {
  const t = signedInWords(view.t, view.lang);
  const { signingOut, question, resendingVerification } = actions;
  return html`
      <div part="account-bar" class="account-bar" id=${ACCOUNT_BAR} tabindex="-1">
        <p>${t.signedInAs} <strong>${view.account?.email}</strong></p>
        <button part="button sign-out-button" class="button" id=${SIGN_OUT_BUTTON} type="button" aria-disabled=${signingOut ? 'true' : 'false'} @click=${() => void actions.ask(false)}>
          ${signingOut && !question?.everywhere ? t.signingOut : t.signOut}
        </button>
        <button part="button sign-out-everywhere-button" class="button" id=${EVERYWHERE_BUTTON} type="button" aria-disabled=${signingOut ? 'true' : 'false'} @click=${() => void actions.ask(true)}>
          ${t.signOutEverywhere}
        </button>
      </div>
      ${
        view.account && !view.account.emailVerified
          ? html`<div part="notice" class="notice">
            <p>${t.unverified}</p>
            <p><button part="button resend-button" class="button" type="button" aria-disabled=${resendingVerification ? 'true' : 'false'} @click=${() => void actions.resendVerification()}>${resendingVerification ? t.resendingVerification : t.resendVerification}</button></p>
          </div>`
          : nothing
      }
      ${view.signedInNotice ? html`<p part="notice" class="notice">${view.signedInNotice}</p>` : nothing}
      ${actions.renderQuestion(t, view.lang) ?? nothing}
      <slot></slot>
      ${view.reauth ?? nothing}
    `;
}
