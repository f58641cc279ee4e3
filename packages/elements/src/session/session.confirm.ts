import { html, nothing, type TemplateResult } from 'lit';
import { nothingUnsent, type Unsent } from './session.forget.js';
import type { Lang } from '@qmi/core';
import type { SignedInWords } from './session.signed-in.messages.js';
import { signOutWords } from './session.sign-out.messages.js';

/** A sign-out waiting for the person's yes: what it would do and lose, said first. */
export interface SignOutQuestion {
  everywhere: boolean;
  unsent: Unsent;
  /** Signing out everywhere was tried and the platform did not answer. */
  failed: boolean;
}

/** Takes the focus when the question opens, so that it is read first (its text is the group's name). */
export const SIGN_OUT_WARNING = 'sign-out-warning';

export interface ConfirmView {
  /** The shell's words with the account bar's (`signingOut`). */
  t: SignedInWords;
  lang: Lang;
  question: SignOutQuestion;
  signingOut: boolean;
  confirm(): void;
  cancel(): void;
}

/**
 * GOV.UK's warning text and a confirm/cancel pair, below the account bar. Escape cancels, as it would
 * close a dialog; cancelling keeps everything (the focus goes back to the button that asked).
 */
export function renderSignOutQuestion({
  t: shell,
  lang,
  question,
  signingOut,
  confirm,
  cancel,
}: ConfirmView): TemplateResult {
  const t = signOutWords(shell, lang);
  const { everywhere, unsent, failed } = question;
  const lost = nothingUnsent(unsent) ? '' : t.unsentWarning(unsent);
  const busy = signingOut ? 'true' : 'false';
  return html`<div
    part="sign-out-question"
    class="question"
    role="group"
    aria-labelledby=${SIGN_OUT_WARNING}
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape' && !signingOut) cancel();
    }}
  >
    <div part="warning" class="warning" id=${SIGN_OUT_WARNING} tabindex="-1">
      <span class="warning__icon" aria-hidden="true">!</span>
      <strong class="warning__text">
        <span class="visually-hidden">${t.warning}</span>
        ${everywhere ? t.everywhereWarning : nothing} ${lost}
      </strong>
    </div>
    ${failed ? html`<p part="error-message" class="question__error" role="alert">${t.everywhereFailed}</p>` : nothing}
    <div class="question__actions">
      <button part="button confirm-sign-out-button" class="button button--warning" type="button" aria-disabled=${busy} @click=${() => confirm()}>
        ${signingOut ? (everywhere ? t.signingOutEverywhere : t.signingOut) : everywhere ? t.confirmEverywhere : t.confirmSignOut}
      </button>
      <button part="button stay-signed-in-button" class="button" type="button" aria-disabled=${busy} @click=${() => !signingOut && cancel()}>
        ${t.staySignedIn}
      </button>
    </div>
  </div>`;
}
