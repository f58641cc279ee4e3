import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { headingLevel } from '../a11y/heading.js';
import type { Mode } from './session.model.js';
import { renderForm } from './session.form.js';
import { type FormWords, formWords } from './session.form.messages.js';
import { FORM, NOTICE } from './session.model.js';
import type { Notice, SessionView } from './session.render.js';
import type { SessionForms } from './session.submit.js';

/**
 * The sign-in step: the page's form (sign-in, sign-up, "Mot de passe oublié ?", a new password), the
 * notices above it, or a step between the forms. Only visitors without a session see it: it is a chunk.
 */

const FORM_WORDS = (t: FormWords) => ({
  'sign-in': { heading: t.signInHeading, submit: t.signIn, busy: t.signingIn },
  'sign-up': { heading: t.signUpHeading, submit: t.signUp, busy: t.signingUp },
  forgot: { heading: t.forgotHeading, submit: t.forgotSubmit, busy: t.forgotSending },
  'new-password': { heading: t.newPasswordHeading, submit: t.newPasswordSubmit, busy: t.newPasswordSaving },
  'reviewer-invitation': { heading: t.reviewerHeading, submit: t.reviewerSubmit, busy: t.reviewerAccepting },
});

const INTRO = (t: FormWords): Partial<Record<Mode, string>> => ({
  forgot: t.forgotIntro,
  'reviewer-invitation': t.reviewerIntro,
});

function renderNotice(view: SessionView, notice: Notice, t: FormWords): TemplateResult {
  return html`<div part="notice" class="notice" role="group" aria-labelledby=${NOTICE}>
    ${
      notice.heading
        ? html`<p class="notice__title" id=${NOTICE} tabindex="-1"><strong>${notice.heading}</strong></p>`
        : nothing
    }
    ${notice.paragraphs.map((text, index) => html`<p id=${ifDefined(!notice.heading && index === 0 ? NOTICE : undefined)} tabindex=${ifDefined(!notice.heading && index === 0 ? '-1' : undefined)}>${text}</p>`)}
    ${
      notice.offerSignUp
        ? html`<p><button part="button switch-button" class="link" type="button" @pointerenter=${view.nearSwitch} @focus=${view.nearSwitch}
          @click=${() => view.switchTo('sign-up')}>${view.createAccount ?? t.toSignUp}</button></p>`
        : nothing
    }
  </div>`;
}

function footerOf(view: SessionView, t: FormWords): TemplateResult {
  const link = (label: string, mode: Mode) =>
    // Reached (pointer, focus) before it is clicked: the other forms' chunk starts coming then, so that the form is
    // there when the person clicks, and nothing they type meanwhile goes into the form they are leaving.
    html`<button part="button switch-button" class="link" type="button" @pointerenter=${view.nearSwitch} @focus=${view.nearSwitch}
      @click=${() => view.switchTo(mode)}>${label}</button>`;
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

export function renderSignedOut(view: SessionView, forms: SessionForms): TemplateResult {
  const t = formWords(view.t, view.lang);
  if (view.step) return view.step;
  const { mode } = view.credentials;
  const words = FORM_WORDS(t)[mode];
  const proConnect = mode === 'sign-in' || mode === 'sign-up' ? view.proConnect : undefined;
  return html`${view.expired ? html`<p part="notice" class="notice">${t.sessionExpired}</p>` : nothing}
          ${view.notice ? renderNotice(view, view.notice, t) : nothing}
          ${proConnect ?? nothing}
          ${renderForm({
            id: FORM,
            model: view.credentials,
            t,
            heading: words.heading,
            headingLevel: headingLevel(view.headingLevel),
            submitLabel: words.submit,
            busyLabel: words.busy,
            intro: INTRO(t)[mode] ? html`<p>${INTRO(t)[mode]}</p>` : undefined,
            footer: footerOf(view, t),
            ...forms.callbacks(FORM),
          })}`;
}
