import type { Account, Lang } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { SessionMessages } from './session.messages.js';
import {
  ACCOUNT_BAR,
  EVERYWHERE_BUTTON,
  FORM,
  type FormId,
  type FormModel,
  type Mode,
  NOTICE,
  REAUTH,
  SIGN_OUT_BUTTON,
} from './session.model.js';
import type * as SignedIn from './session.signed-in.js';
import type * as SignedOut from './session.signed-out.js';
import type { SessionForms } from './session.submit.js';
import type { SignedInActions } from './session.signed-in.actions.js';

export { ACCOUNT_BAR, EVERYWHERE_BUTTON, FORM, type FormId, NOTICE, REAUTH, SIGN_OUT_BUTTON };

/** A message above the sign-in form: why ProConnect refused, or what a followed link waits for. */
export interface Notice {
  heading?: string | undefined;
  paragraphs: string[];
  /** The way forward is an account of one's own (ProConnect refused the organisation). */
  offerSignUp?: boolean | undefined;
}

export type View = 'checking' | 'signed-out' | 'unreachable' | 'signed-in';
export const VIEWS: readonly View[] = ['checking', 'signed-out', 'unreachable', 'signed-in'];

/** What the session's templates need from the element: its state (forms in the language of this render) and its actions. */
export interface SessionView {
  t: SessionMessages;
  /** The page's language of this render (each chunk's strings are read in it). */
  lang: Lang;
  // The step, the notices and "Créer un compte" come with the flows' chunk (`session.flows.controller.ts`).
  /** A step between the forms (an e-mail sent, a link checked), shown instead of the form. */
  step?: TemplateResult | undefined;
  notice?: Notice | undefined;
  /** The notice's "Créer un compte" (ProConnect refused the organisation), in the flows' words. */
  createAccount?: string | undefined;
  /** ProConnect's button, once its chunk came with the platform's yes. */
  proConnect: TemplateResult | undefined;
  /** A settled result shown under the account bar (an invitation accepted, an address changed). */
  signedInNotice?: string | undefined;
  view: View;
  /** The level of the page form's heading and error summary (`heading-level`, clamped where drawn). */
  headingLevel: number;
  /** Why the stored session could not be checked, in words. */
  unreachableText: string;
  retrying: boolean;
  expired: boolean;
  account: Account | undefined;
  credentials: FormModel;
  /** The sign-in-again dialog, while one is asked for (its chunk draws it). */
  reauth: TemplateResult | undefined;
  retry(): void;
  switchTo(mode: Mode): void;
  /** The person reached a switch to another form (pointer, focus): its chunk starts coming, before the click. */
  nearSwitch(): void;
}

/** The parts drawn by a chunk, once it is here. */
export interface ViewParts {
  /** The sign-in form's chunk, with the forms' controller made from it (typing, submitting, refusals). */
  signedOut: { module: typeof SignedOut; forms: SessionForms } | undefined;
  /** The account bar's chunk, with its actions (signing out, the confirmation e-mail again) made from it. */
  signedIn: { module: typeof SignedIn; actions: SignedInActions } | undefined;
}

export function renderView(view: SessionView, parts: ViewParts): TemplateResult {
  const { t } = view;
  switch (view.view) {
    case 'checking':
      // Shown, not announced: a step on the way.
      return waiting(t);
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
    // Each visitor's part comes with its chunk (`session.lazy.ts`), started beside the session's request;
    // the rare wait for it (a sign-out whose form had not come yet) shows the status, the element busy.
    case 'signed-out':
      return parts.signedOut?.module.renderSignedOut(view, parts.signedOut.forms) ?? waiting(t);
    case 'signed-in':
      return parts.signedIn?.module.renderSignedIn(view, parts.signedIn.actions) ?? waiting(t);
  }
}

const waiting = (t: SessionMessages): TemplateResult =>
  html`<div part="status" class="status"><p>${t.checking}</p></div>`;
