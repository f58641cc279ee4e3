import { html, nothing, type TemplateResult } from 'lit';
import { heading, headingLevel } from '../a11y/heading.js';
import type { SessionMessages } from './session.messages.js';
import type { LinkAction, StepMessages } from './session.steps.messages.js';

/**
 * The steps between the forms, where the person has nothing to type: an e-mail was sent (after
 * sign-up, after "Mot de passe oublié ?"), a link is being checked, a link no longer works.
 */
export type Step =
  | {
      kind: 'check-email';
      email: string;
      /** Kept in memory only, to send the mail again (signing up again with the same pair resends it). */
      password: string;
      /** Resending is offered after a moment: a mail takes a little while to arrive. */
      canResend: boolean;
      resending: boolean;
    }
  | { kind: 'reset-sent'; email: string }
  | { kind: 'completing' }
  | { kind: 'link-invalid'; action: LinkAction };

/** The heading of every step takes the focus when the step appears. */
export const STEP_HEADING = 'step-heading';

export interface StepView {
  step: Step;
  t: SessionMessages;
  s: StepMessages;
  /** The element's `heading-level` (clamped here). */
  headingLevel: number;
  resend(): void;
  /** Back to a form: sign-in, sign-up (the address to change kept), "Mot de passe oublié ?". */
  goTo(mode: 'sign-in' | 'sign-up' | 'forgot'): void;
}

const linkButton = (label: string, onClick: () => void, part = 'switch-button') =>
  html`<button part="button ${part}" class="link" type="button" @click=${onClick}>${label}</button>`;

export function renderStep(view: StepView): TemplateResult {
  const { step, t, s } = view;
  const title = (text: string) =>
    heading(headingLevel(view.headingLevel), text, {
      id: STEP_HEADING,
      className: 'heading',
      part: 'heading',
      tabindex: -1,
    });
  switch (step.kind) {
    case 'completing':
      return html`<div part="status" class="status"><p>${s.completing}</p></div>`;
    case 'check-email':
      return html`<section part="step" class="step" aria-labelledby=${STEP_HEADING}>
        ${title(s.checkEmailHeading)}
        <p>${s.checkEmailSentTo} <strong>${step.email}</strong>.</p>
        <p>${s.checkEmailDo}</p>
        <p>${s.checkEmailJunk}</p>
        ${
          step.canResend
            ? html`<p>
              <button part="button resend-button" class="button" type="button" aria-disabled=${step.resending ? 'true' : 'false'} @click=${() => view.resend()}>
                ${step.resending ? s.resending : s.resend}
              </button>
            </p>`
            : html`<p class="hint">${s.resendSoon}</p>`
        }
        <p>${linkButton(s.changeAddress, () => view.goTo('sign-up'))}</p>
        <p>${linkButton(s.alreadyConfirmed, () => view.goTo('sign-in'))}</p>
      </section>`;
    case 'reset-sent':
      return html`<section part="step" class="step" aria-labelledby=${STEP_HEADING}>
        ${title(s.resetSentHeading)}
        <p>${s.resetSentText(step.email)}</p>
        <p>${s.resetSentLater}</p>
        <p>${linkButton(s.requestNewLink, () => view.goTo('forgot'))}</p>
        <p>${linkButton(t.backToSignIn, () => view.goTo('sign-in'))}</p>
      </section>`;
    case 'link-invalid':
      return html`<section part="step" class="step" aria-labelledby=${STEP_HEADING}>
        ${title(s.linkInvalidHeading)}
        <p>${s.linkInvalid[step.action]}</p>
        ${step.action === 'reset-password' ? html`<p>${linkButton(s.requestNewLink, () => view.goTo('forgot'))}</p>` : nothing}
        ${step.action === 'verify-email' ? html`<p>${linkButton(s.signUpAgain, () => view.goTo('sign-up'))}</p>` : nothing}
        <p>${linkButton(t.backToSignIn, () => view.goTo('sign-in'))}</p>
      </section>`;
  }
}
