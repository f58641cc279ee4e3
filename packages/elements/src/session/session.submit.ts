import { ApiError, type Credentials, type Session } from '@qmi/core';
import type { ReactiveControllerHost } from 'lit';
import { type Field, type FormErrors, formErrors, hasErrors, type Mode } from './session.errors.js';
import type { FormView } from './session.form.js';
import { type FormModel, ids } from './session.model.js';
import { formWords } from './session.form.messages.js';
import type { ReauthDialog } from './session.reauth.js';
import { ACCOUNT_BAR, FORM, type FormId, REAUTH } from './session.model.js';
import type { SessionClient } from './session.client.js';
import type { SessionFlows } from './session.flows.controller.js';
import type { SessionShell } from './session.shell.js';

/** What the forms need from the element, beside what every part does (the client, its words): what a session opened changes. */
export interface FormsOptions extends SessionShell {
  /** The page's form, kept by the element (it sets it before this chunk is here). */
  page(): FormModel;
  setPage(next: FormModel): void;
  /**
   * The words for a platform that refuses this page's origin, else undefined (`originRefused` of
   * `i18n/connection.ts`, given by the element: this chunk importing it would make it a first-load file of its own).
   */
  originRefused(error: unknown): string | undefined;
  /** A form's credentials opened a session: the content gets it, the page hears of it. */
  open(client: SessionClient, session: Session): void;
  /**
   * The steps after a form (a mail sent, a link no longer working) and the committee's invitation: the
   * flows' chunk, here since every form but sign-in is shown only with it.
   */
  flows(): SessionFlows;
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
    const client = this.options.session.client;
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
        return this.options.flows().checkEmail(credentials.email, credentials.password);
      }
      if (model.mode === 'forgot') {
        await client.auth.requestPasswordReset({ email: credentials.email, continueUrl: this.options.continueUrl() });
        this.set(which, { ...model, busy: false });
        return this.options.flows().showStep({ kind: 'reset-sent', email: credentials.email });
      }
      const session =
        model.mode === 'new-password'
          ? await client.auth.resetPassword({ token: model.token ?? '', password: model.password })
          : model.mode === 'reviewer-invitation'
            ? await this.options.flows().acceptReviewer(client, model.token ?? '', model.password)
            : await client.auth.signIn(credentials);
      this.options.open(client, session);
      if (model.mode === 'reviewer-invitation') {
        this.options.focus(ACCOUNT_BAR);
        this.options.flows().say((s) => s.reviewerAccepted);
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
        const action = model.mode === 'new-password' ? 'reset-password' : 'reviewer-invitation';
        return this.options.flows().showStep({ kind: 'link-invalid', action });
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
    errors.form = this.options.originRefused(refused.error) ?? errors.form;
    return errors;
  }
}
