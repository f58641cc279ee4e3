import { Task } from '@lit/task';
import { type Account, ApiError, type CommuneClaim, ConflictError } from '@qmi/core';
import { html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../a11y/announcer.js';
import { QmiCommunePicker } from '../commune-picker/commune-picker.component.js';
import { QmiApiElement } from '../context/api-element.js';
import { langOf } from '../i18n/lang.js';
import { translate } from '../i18n/translate.js';
import { type Draft, draft, formIds, missing, refusal } from './account.fields.js';
import { QmiAccountChangeEvent, QmiAccountDeleteEvent } from './account.events.js';
import { ACCOUNT_MESSAGES, type AccountMessages } from './account.messages.js';
import {
  type AccountForm,
  type AccountView,
  communeName,
  heldDossiers,
  renderAccount,
  specsOf,
} from './account.render.js';
import { accountStyles } from './account.styles.js';
import { ACCOUNT_RESOURCES, type AccountClient } from './account.client.js';
import { ClientSource } from '../context/client-source.js';

/**
 * The elements the page renders, registered by the page itself (so that its class can be imported
 * alone). A list, as in the form: a literal `customElements.define('qmi-…', …)` here would make the
 * manifest's analyzer say this module defines that tag.
 */
const RENDERED_ELEMENTS = [['qmi-commune-picker', QmiCommunePicker]] as const;

/** What the page knows of the account: loaded from the platform, then changed by the person's actions. */
interface Loaded {
  account: Account;
  claims: CommuneClaim[];
}

/**
 * The signed-in person's account page: their e-mail address (confirmed or not, with "send again"),
 * the language of the platform's e-mails and their name; a change of password (the same rule and the
 * platform's same strength feedback as sign-up) and of address (a link goes to the new address); the
 * communes they are verified for and how, with a request to represent a commune and the organisers'
 * answers; the download of their data (GDPR art. 15 and 20) and the deletion of their account (art. 17),
 * which says what becomes of the dossiers they own, as the platform enforces it.
 *
 * ```html
 * <qmi-session api-base="https://plateforme.example">
 *   <qmi-account></qmi-account>
 * </qmi-session>
 * ```
 *
 * Inside `<qmi-session>` it uses the session's client; alone, give `api-base` and `token` (or `client`).
 *
 * Accessibility: each part is a section with its own heading; a refused form lists its problems in an
 * error summary that takes the focus, each problem also beside its field; a form that succeeds keeps
 * the focus on its button and its result is said in the element's one polite live region (and shown
 * under the form). After a deletion the focus goes to the page's heading.
 *
 * @summary The account page: address, language, name, password, communes, data export and deletion.
 *
 * @fires {QmiAccountChangeEvent} qmi-account-change - The person changed their details, language or password (`event.account`).
 * @fires {QmiAccountDeleteEvent} qmi-account-delete - The account was deleted (`event.accountId`): every session of it has ended.
 *
 * @csspart heading - The page's heading.
 * @csspart section - One part of the page (address, details, password, communes, data, deletion).
 * @csspart form - A form of the page.
 * @csspart field - A label, its hint, its error and its input.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart error-message - A field's error, above its input.
 * @csspart input - A text input or select.
 * @csspart error-summary - The list of problems of a refused form; it takes focus.
 * @csspart button - Every button (also `primary`, `warning`).
 * @csspart primary - A form's button (also `button`).
 * @csspart warning - The deletion's button (also `button`).
 * @csspart done - The result of a form, under it.
 * @csspart badge - Whether the address is confirmed.
 *
 * @cssproperty --qmi-color-primary - buttons and the confirmed badge
 * @cssproperty --qmi-color-on-primary - text of the primary buttons
 * @cssproperty --qmi-color-ink - text
 * @cssproperty --qmi-color-muted - hints
 * @cssproperty --qmi-color-surface - fields and buttons
 * @cssproperty --qmi-color-border - fields; the lines between sections
 * @cssproperty --qmi-color-error - errors, the error summary, the deletion's button
 * @cssproperty --qmi-font-family - text
 * @cssproperty --qmi-font-size - text
 * @cssproperty --qmi-line-height - text
 * @cssproperty --qmi-font-weight-strong - labels, buttons and errors
 * @cssproperty --qmi-space-xs - between a label, its hint and its field
 * @cssproperty --qmi-space-s - inside fields and buttons
 * @cssproperty --qmi-space-m - between fields
 * @cssproperty --qmi-space-xl - between sections
 * @cssproperty --qmi-radius - fields, buttons and the error summary
 * @cssproperty --qmi-focus-ring-color - the focus ring of every control
 * @cssproperty --qmi-focus-ring-width - the focus ring of every control
 * @cssproperty --qmi-focus-ring-offset - the focus ring of every control
 */
export class QmiAccount extends QmiApiElement {
  protected readonly clientSource = new ClientSource(this, ACCOUNT_RESOURCES);
  static override styles = accountStyles;

  constructor() {
    super();
    for (const [tag, element] of RENDERED_ELEMENTS) if (!customElements.get(tag)) customElements.define(tag, element);
  }

  /** The level of the page's heading (2 by default); its sections use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /**
   * The page the e-mails' links open (confirmation of the address): by default this page, without its
   * fragment. The platform uses it only when its origin is allowed, its own page otherwise.
   */
  @property({ attribute: 'continue-url' }) continueUrl = '';

  @state() private loaded: Loaded | undefined;
  @state() private forms: Record<AccountForm, Draft> = {
    email: draft(),
    profile: draft(),
    password: draft(),
    claim: draft(),
    delete: draft(),
  };
  /** Each form's last result, shown under it. */
  @state() private done: Partial<Record<AccountForm | 'resend' | 'export', string>> = {};
  @state() private busy: 'resend' | 'export' | undefined;
  @state() private deleted = false;

  private readonly announcer = new Announcer(this);
  /** The id of the element to focus after the next render. */
  private focusId: string | undefined;

  private readonly loading = new Task(this, {
    args: () => [this.clientSource.client, this.clientSource.signedIn] as const,
    task: async ([client, signedIn], { signal }) => {
      if (!client || !signedIn) return undefined;
      const [account, claims] = await Promise.all([
        client.auth.me({ signal }),
        client.communeClaims.list({}, { signal }),
      ]);
      this.take({ account, claims });
      return this.loaded;
    },
  });

  private get t(): AccountMessages {
    return translate(this, ACCOUNT_MESSAGES);
  }

  private get api(): AccountClient | undefined {
    return this.clientSource.client;
  }

  /** The account as the platform gave it: the profile form starts from it. */
  private take(loaded: Loaded): void {
    this.loaded = loaded;
    const { account } = loaded;
    this.forms = {
      ...this.forms,
      profile: draft({ givenName: account.givenName ?? '', usualName: account.usualName ?? '', lang: account.lang }),
    };
  }

  private edit(form: AccountForm, name: string, value: string): void {
    const current = this.forms[form];
    this.forms = { ...this.forms, [form]: { ...current, values: { ...current.values, [name]: value } } };
  }

  private set(form: AccountForm, next: Partial<Draft>): void {
    this.forms = { ...this.forms, [form]: { ...this.forms[form], ...next } };
  }

  /** The page this element is on, for the e-mails' links. */
  private get continueTo(): string | undefined {
    if (this.continueUrl) return this.continueUrl;
    const here = globalThis.location?.href?.split('#')[0];
    return here && /^https?:/.test(here) ? here : undefined;
  }

  /**
   * Runs one form: empty required fields are refused here, then the platform's answer is shown: the
   * result under the form and in the live region (the focus stays on the button), or the problems in
   * the summary (which takes the focus) and beside their fields.
   */
  private async run(
    form: AccountForm,
    action: (client: AccountClient, values: Record<string, string>) => Promise<string>,
    fieldOf: (path: string) => string | undefined = (path) => path,
    check?: (values: Record<string, string>) => Record<string, string>,
  ): Promise<void> {
    const client = this.api;
    const loaded = this.loaded;
    const state = this.forms[form];
    if (!client || !loaded || state.busy) return;
    const t = this.t;
    const specs = specsOf(form, t, loaded.account).filter((spec) => spec.name !== 'lang');
    const errors = { ...missing(state, form === 'profile' ? [] : specs, t.required), ...check?.(state.values) };
    if (Object.keys(errors).length) return this.refuse(form, { errors, formError: undefined, details: [] });
    this.set(form, { busy: true, errors: {}, formError: undefined, details: [] });
    this.done = { ...this.done, [form]: undefined };
    try {
      const result = await action(client, state.values);
      this.set(form, { busy: false });
      this.done = { ...this.done, [form]: result };
      this.announcer.announce(result);
    } catch (error) {
      const passwordField =
        form === 'password' ? 'currentPassword' : form === 'email' || form === 'delete' ? 'password' : undefined;
      const shown = refusal(error, fieldOf, langOf(this), this, t.unexpected, client.baseUrl, passwordField);
      this.refuse(form, { ...shown, details: form === 'delete' ? heldDossiers(error, t) : [] });
    }
  }

  private refuse(form: AccountForm, shown: Pick<Draft, 'errors' | 'formError' | 'details'>): void {
    this.set(form, { ...shown, busy: false });
    this.focusId = formIds(form).summary;
  }

  private changed(account: Account): void {
    if (this.loaded) this.loaded = { ...this.loaded, account };
    this.dispatchEvent(new QmiAccountChangeEvent(account));
  }

  private submit(form: AccountForm): void {
    const t = this.t;
    const continueUrl = this.continueTo;
    switch (form) {
      case 'email':
        void this.run(
          form,
          async (client, { newEmail = '', password }) => {
            await client.account.changeEmail({
              newEmail: newEmail.trim(),
              ...(password ? { password } : {}),
              continueUrl,
            });
            this.set(form, { values: {} });
            return t.emailChangeSent(newEmail.trim());
          },
          (path) => (path === 'newEmail' || path === 'password' ? path : undefined),
        );
        return;
      case 'profile':
        void this.run(form, async (client, { givenName = '', usualName = '', lang }) => {
          const account = await client.account.update({
            ...(givenName.trim() ? { givenName: givenName.trim() } : {}),
            ...(usualName.trim() ? { usualName: usualName.trim() } : {}),
            ...(lang === 'fr' || lang === 'en' ? { lang } : {}),
          });
          this.changed(account);
          return t.profileSaved;
        });
        return;
      case 'password':
        void this.run(
          form,
          async (client, { currentPassword = '', newPassword = '' }) => {
            await client.account.changePassword({ currentPassword, newPassword });
            this.set(form, { values: {} });
            return t.passwordChanged;
          },
          // The platform's strength check names `password` on sign-up; here it is the new one.
          (path) =>
            path === 'password' || path === 'newPassword'
              ? 'newPassword'
              : path === 'currentPassword'
                ? path
                : undefined,
        );
        return;
      case 'claim':
        void this.run(form, async (client, { commune = '', name = '', townHallRole = '' }) => {
          const claim = await client.communeClaims.create({
            commune,
            name: name.trim(),
            townHallRole: townHallRole.trim(),
          });
          if (this.loaded) this.loaded = { ...this.loaded, claims: [...this.loaded.claims, claim] };
          this.set(form, { values: {} });
          return t.claimSent(communeName(commune));
        });
        return;
      case 'delete':
        void this.run(
          form,
          async (client, { confirmEmail = '', password }) => {
            await client.account.delete({ confirmEmail: confirmEmail.trim(), ...(password ? { password } : {}) });
            this.deleted = true;
            this.focusId = 'account-heading';
            this.dispatchEvent(new QmiAccountDeleteEvent(this.loaded?.account.id ?? ''));
            return t.deleted;
          },
          (path) => (path === 'confirmEmail' || path === 'password' ? path : undefined),
          // Typed again by the person: a different address is refused before anything is sent.
          ({ confirmEmail = '' }): Record<string, string> =>
            confirmEmail.trim() && confirmEmail.trim().toLowerCase() !== this.loaded?.account.email.toLowerCase()
              ? { confirmEmail: t.confirmEmailMismatch }
              : {},
        );
        return;
    }
  }

  /** "Renvoyer l'e-mail de confirmation". */
  private async resend(): Promise<void> {
    const client = this.api;
    const account = this.loaded?.account;
    if (!client || !account || this.busy) return;
    this.busy = 'resend';
    const message = await client.auth
      .resendVerification({ continueUrl: this.continueTo })
      .then(() => this.t.resent(account.email))
      .catch(
        (error: unknown) => refusal(error, () => undefined, langOf(this), this, this.t.unexpected).formError ?? '',
      );
    this.busy = undefined;
    this.done = { ...this.done, resend: message };
    this.announcer.announce(message);
  }

  /** "Télécharger mes données": the platform's JSON, saved as a file. */
  private async download(): Promise<void> {
    const client = this.api;
    if (!client || this.busy) return;
    this.busy = 'export';
    let message: string;
    try {
      const data = await client.account.exportData();
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `qmi-mes-donnees-${new Date(client.clock.now()).toISOString().slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      message = this.t.downloaded;
    } catch (error) {
      message = refusal(error, () => undefined, langOf(this), this, this.t.unexpected).formError ?? this.t.unexpected;
    }
    this.busy = undefined;
    this.done = { ...this.done, export: message };
    this.announcer.announce(message);
  }

  protected override updated(): void {
    if (!this.focusId) return;
    const target = this.renderRoot.querySelector<HTMLElement>(`#${this.focusId}`);
    this.focusId = undefined;
    // The commune picker's input is inside its own shadow root.
    (target instanceof QmiCommunePicker ? target.renderRoot.querySelector<HTMLElement>('input') : target)?.focus();
  }

  private view(): AccountView | undefined {
    const loaded = this.loaded;
    if (!loaded) return undefined;
    return {
      t: this.t,
      lang: langOf(this),
      level: this.headingLevel,
      account: loaded.account,
      claims: loaded.claims,
      forms: this.forms,
      done: this.done,
      busy: this.busy,
      deleted: this.deleted,
      edit: (form, name, value) => this.edit(form, name, value),
      submit: (form) => this.submit(form),
      focus: (id) => {
        this.focusId = id;
        this.requestUpdate();
      },
      resend: () => void this.resend(),
      download: () => void this.download(),
    };
  }

  protected override render(): TemplateResult {
    const t = this.t;
    const view = this.view();
    const body =
      view ??
      this.loading.render({
        initial: () => html`<p>${this.clientSource.signedIn ? t.loading : t.signedOut}</p>`,
        pending: () => html`<p>${t.loading}</p>`,
        complete: () => html`<p>${t.signedOut}</p>`,
        error: (error) => html`<div class="failure">
          <p>${error instanceof ApiError || error instanceof ConflictError ? refusal(error, () => undefined, langOf(this), this, t.unexpected).formError : t.failed}</p>
          <button part="button" class="button" type="button" @click=${() => void this.loading.run()}>${t.retry}</button>
        </div>`,
      });
    return html`${this.announcer.region()} ${view ? renderAccount(view) : body}`;
  }
}
