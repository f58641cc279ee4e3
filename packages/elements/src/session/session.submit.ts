import { ApiError, type Credentials, type Lang, type Session } from '@qmi/core';
import type { ReactiveControllerHost } from 'lit';
import { originRefused } from '../i18n/connection.js';
import { type Field, type FormErrors, formErrors, hasErrors, type Mode } from './session.errors.js';
import type { FormView } from './session.form.js';
import { type FormModel, ids } from './session.model.js';
import { formWords } from './session.form.messages.js';
import type { SessionMessages } from './session.messages.js';
import type { ReauthDialog } from './session.reauth.js';
import { ACCOUNT_BAR, FORM, type FormId, REAUTH } from './session.model.js';
import type { SessionClient } from './session.client.js';

/** What the forms need from the element: the client, its words, and what a session opened changes. */
export interface FormsOptions {
  /** The page's form, kept by the element (it sets it before this chunk is here). */
  page(): FormModel;
  setPage(next: FormModel): void;
  /** The client of the platform (none before start-up made one). */
  client(): SessionClient | undefined;
  /** The element's words and language, in the page's language now. */
  words(): SessionMessages;
  lang(): Lang;
  /** The platform's URL (`api-base`), named when it refuses this page's origin. */
  apiBase(): string;
  /** A form's credentials opened a session: the content gets it, the page hears of it. */
  open(client: SessionClient, session: Session): void;
  /** Sign-up answered: a mail is on its way to confirm the address (no session yet). */
  emailSent(email: string, password: string): void;
  /** "Mot de passe oublié ?" answered (the same whatever the address). */
  resetRequested(email: string): void;
  /** The e-mail's token of the new-password or reviewer's form no longer works (410 token_invalid). */
  linkInvalid(action: 'reset-password' | 'reviewer-invitation'): void;
  /** The committee's invitation was accepted with the password chosen: says so (signed in as a reviewer). */
  reviewerAccepted(): void;
  /** Accepts the committee's invitation (the flows' chunk, loaded since its form is shown). */
  acceptReviewer(client: SessionClient, token: string, password: string): Promise<Session>;
  /** Where the e-mails' links lead back to: this page. */
  continueUrl(): string;
  /** Says a settled result in the live region. */
  announce(message: string): void;
  /** The element of this id (in the shadow root) takes the focus after the next render. */
  focus(id: string): void;
}

type FormsHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The two sign-in forms, the page's (sign-in or sign-up) and the sign-in-again dialog's: what is typed,
 * submitting it, and what a refusal shows. A refused form keeps what was typed (also what was typed
 * while the request was on its way), shows its errors next to each field and in the error summary,
 * which takes the focus, and tells them again in the page's language when it changes.
 */
export class SessionForms {
  constructor(
    private readonly host: FormsHost,
    /** The sign-in-again dialog, once its chunk is loaded. */
    private readonly reauth: () => ReauthDialog | undefined,
    private readonly options: FormsOptions,
  ) {}

  /** The page's form. */
  get credentials(): FormModel {
    return this.options.page();
  }

  set credentials(next: FormModel) {
    this.options.setPage(next);
  }

  /** Typing, submitting and following a summary link, for one of the two forms. */
  callbacks(which: FormId): Pick<FormView, 'onInput' | 'onSubmit' | 'onSummaryLink'> {
    const update = (patch: Partial<FormModel>) => {
      if (which === FORM) this.credentials = { ...this.credentials, ...patch };
      else {
        const dialog = this.reauth();
        if (dialog?.form) dialog.form = { ...dialog.form, ...patch };
      }
    };
    return {
      onInput: (field: Field, value: string) => update(field === 'email' ? { email: value } : { password: value }),
      onSubmit: () => void this.submit(which),
      onSummaryLink: (field: Field) => {
        const input = (this.host.renderRoot as ShadowRoot).getElementById(
          ids(which).field(field),
        ) as HTMLInputElement | null;
        input?.focus();
        // As GOV.UK does: the label, above the input, comes into view too.
        input?.labels?.[0]?.scrollIntoView({ block: 'nearest' });
      },
    };
  }

  /** A form as shown: its errors in the page's language of this render. */
  inCurrentLang(model: FormModel): FormModel {
    return model.refused ? { ...model, errors: this.refusalErrors(model.mode, model.refused) } : model;
  }

  private form(which: FormId): FormModel | undefined {
    return which === FORM ? this.credentials : this.reauth()?.form;
  }

  private set(which: FormId, next: FormModel): void {
    if (which === FORM) this.credentials = next;
    else {
      const dialog = this.reauth();
      if (dialog) dialog.form = next;
    }
  }

  private async submit(which: FormId): Promise<void> {
    const model = this.form(which);
    const client = this.options.client();
    if (!model || model.busy || !client) return;
    this.set(which, { ...model, busy: true });
    const credentials: Credentials = { email: model.email.trim(), password: model.password };
    const t = formWords(this.options.words(), this.options.lang());
    try {
      if (model.mode === 'sign-up') {
        await client.auth.signUp({
          ...credentials,
          lang: this.options.lang(),
          continueUrl: this.options.continueUrl(),
        });
        this.set(which, { ...model, busy: false });
        return this.options.emailSent(credentials.email, credentials.password);
      }
      if (model.mode === 'forgot') {
        await client.auth.requestPasswordReset({ email: credentials.email, continueUrl: this.options.continueUrl() });
        this.set(which, { ...model, busy: false });
        return this.options.resetRequested(credentials.email);
      }
      const session =
        model.mode === 'new-password'
          ? await client.auth.resetPassword({ token: model.token ?? '', password: model.password })
          : model.mode === 'reviewer-invitation'
            ? await this.options.acceptReviewer(client, model.token ?? '', model.password)
            : await client.auth.signIn(credentials);
      this.options.open(client, session);
      if (model.mode === 'reviewer-invitation') {
        this.options.focus(ACCOUNT_BAR);
        this.options.reviewerAccepted();
      } else if (which === REAUTH) {
        this.reauth()?.close('signed-in');
        this.options.announce(t.reauthAnnounce);
      } else {
        this.options.focus(ACCOUNT_BAR);
        this.options.announce(
          model.mode === 'new-password'
            ? t.passwordChangedAnnounce(session.account.email)
            : t.signedInAnnounce(session.account.email),
        );
      }
    } catch (error) {
      if (
        (model.mode === 'new-password' || model.mode === 'reviewer-invitation') &&
        error instanceof ApiError &&
        error.code === 'token_invalid'
      ) {
        this.set(which, { ...model, busy: false });
        return this.options.linkInvalid(model.mode === 'new-password' ? 'reset-password' : 'reviewer-invitation');
      }
      const refused = { error, typed: { email: model.email, password: model.password } };
      const errors = this.refusalErrors(model.mode, refused);
      // Whatever was typed meanwhile stays: only the busy flag and the errors change.
      const latest = this.form(which);
      if (!latest) return;
      this.set(which, { ...latest, busy: false, errors, refused });
      if (hasErrors(errors)) this.options.focus(ids(which).summary);
    }
  }

  /** What a refused submission shows, in the page's language now (told again at each render: `lang` may change). */
  private refusalErrors(mode: Mode, refused: NonNullable<FormModel['refused']>): FormErrors {
    const errors = formErrors(
      refused.error,
      mode,
      refused.typed,
      formWords(this.options.words(), this.options.lang()).errors,
      this.options.lang(),
    );
    // No answer: say why when it can be told (a page whose origin the platform does not allow).
    errors.form = originRefused(this.host, refused.error, this.options.apiBase()) ?? errors.form;
    return errors;
  }
}
