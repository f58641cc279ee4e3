import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { deepActiveElement } from '../a11y/focus.js';
import { emptyForm, type FormModel, type FormView, ids, renderForm } from './session.form.js';
import type { Lang } from '@qmi/core';
import { formWords } from './session.form.messages.js';
import type { SessionMessages } from './session.messages.js';
import { REAUTH } from './session.model.js';
import type { SessionForms } from './session.submit.js';

export { reauthDialogStyles } from './session.reauth.styles.js';

/** A promise with its settling functions, for a request that the person answers later (the sign-in-again dialog). */
export interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(reason: unknown): void;
}

export function deferred(): Deferred {
  const settle: { resolve?: () => void; reject?: (reason: unknown) => void } = {};
  const promise = new Promise<void>((resolve, reject) => Object.assign(settle, { resolve, reject }));
  // The executor ran synchronously: both are set.
  return { promise, resolve: () => settle.resolve?.(), reject: (reason) => settle.reject?.(reason) };
}

interface DialogHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The sign-in-again dialog's state: the promise of those who asked (all calls made while it is open
 * share it), the control that had the focus when it opened (it gets it back on close, as the APG dialog
 * pattern asks), and the dialog's form.
 */
export class ReauthDialog {
  private pending: Deferred | undefined;
  private opener: Element | null = null;
  private model: FormModel | undefined;

  constructor(
    private readonly host: DialogHost,
    /** Where the focus goes when the opener is gone (the account bar, never <body>). */
    private readonly fallback: () => HTMLElement | null | undefined,
  ) {}

  /** The dialog's form, while one is asked for. */
  get form(): FormModel | undefined {
    return this.model;
  }

  set form(next: FormModel | undefined) {
    this.model = next;
    this.host.requestUpdate();
  }

  get isOpen(): boolean {
    return this.pending !== undefined;
  }

  /** Opens the dialog for the signed-in `email`; resolves once signed in, rejects with an "AbortError" when closed. */
  open(email: string): Promise<void> {
    if (this.pending) return this.pending.promise;
    this.pending = deferred();
    // Inside shadow roots too: the form's control, not the form's host.
    this.opener = deepActiveElement();
    this.form = emptyForm('sign-in', email);
    return this.pending.promise;
  }

  close(outcome: 'signed-in' | 'cancelled', restoreFocus = true): void {
    const pending = this.pending;
    const opener = this.opener;
    this.pending = undefined;
    this.opener = null;
    this.form = undefined;
    this.host.renderRoot.querySelector('dialog')?.close();
    // Back to the control that opened the dialog (before the caller goes on, so that it may move the
    // focus further); if that control is gone, to the account bar, never to <body>.
    if (restoreFocus) {
      // Nothing had the focus (a save on a timer opened it): the account bar, not <body>, either.
      const back = opener instanceof HTMLElement && opener !== document.body && opener.isConnected ? opener : undefined;
      back?.focus();
      if (!back || deepActiveElement() !== back) this.fallback()?.focus();
    }
    if (outcome === 'signed-in') pending?.resolve();
    else pending?.reject(new DOMException('The person closed the sign-in dialog', 'AbortError'));
  }

  /** The dialog while one is asked for, its form in the page's language of this render (the forms type and send it). */
  render(t: SessionMessages, lang: Lang, forms: SessionForms): TemplateResult | undefined {
    const model = this.model;
    return (
      model &&
      renderReauthDialog({
        t,
        lang,
        model: forms.inCurrentLang(model),
        callbacks: forms.callbacks(REAUTH),
        cancel: () => this.close('cancelled'),
        closed: (event) => this.closed(event),
      })
    );
  }

  /**
   * Escape closes a modal dialog natively: that is a "not now", as Cancel is. The event comes a task
   * after close(), so one from a dialog already taken out of the page (signed in) is ignored.
   */
  closed(event: Event): void {
    if ((event.target as HTMLDialogElement).isConnected && this.pending) this.close('cancelled');
  }
}

export interface ReauthView {
  t: SessionMessages;
  lang: Lang;
  /** The dialog's form, in the page's language of this render. */
  model: FormModel;
  callbacks: Pick<FormView, 'onInput' | 'onSubmit' | 'onSummaryLink'>;
  cancel(): void;
  /** The dialog closed (Escape closes it natively). */
  closed(event: Event): void;
}

/** The sign-in-again dialog (this chunk is loaded when the content first meets a 401). */
export function renderReauthDialog({ t: shell, lang, model, callbacks, cancel, closed }: ReauthView): TemplateResult {
  const t = formWords(shell, lang);
  return html`<dialog part="dialog" aria-labelledby=${ids(REAUTH).heading} @close=${closed}>
    ${renderForm({
      id: REAUTH,
      model,
      t,
      heading: t.reauthHeading,
      // A modal dialog is an outline of its own: its title is an h2 whatever the page.
      headingLevel: 2,
      intro: html`<p>${t.reauthIntro}</p>`,
      submitLabel: t.reauthSubmit,
      busyLabel: t.signingIn,
      footer: html`<button part="button cancel-button" class="button" type="button" @click=${cancel}>${t.cancel}</button>`,
      ...callbacks,
    })}
  </dialog>`;
}
