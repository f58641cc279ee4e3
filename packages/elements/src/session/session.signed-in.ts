import { html, nothing, type TemplateResult } from 'lit';
import { ACCOUNT_BAR, EVERYWHERE_BUTTON, SIGN_OUT_BUTTON } from './session.model.js';
import type { SessionView } from './session.render.js';

// The chunk of signed-in visitors (`session.lazy.ts`): the account bar above the content, its notices,
// the sign-out question and the sign-in-again dialog, each drawn by its own chunk when asked.

export function renderSignedIn(view: SessionView): TemplateResult {
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
