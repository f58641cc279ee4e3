import { type Account, ApiError, type CommuneClaim, type Lang } from '@qmi/core';
import { MGP } from '@qmi/validators';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { heading, headingLevel } from '../a11y/heading.js';
import { locale } from '../i18n/translate.js';
import { type Draft, type FieldSpec, formIds, renderInput, renderSummary } from './account.fields.js';
import type { AccountMessages } from './account.messages.js';

export const FORMS = ['email', 'profile', 'password', 'claim', 'delete'] as const;
export type AccountForm = (typeof FORMS)[number];

/** What the account page's templates need: the account, each form's state, and the person's actions. */
export interface AccountView {
  t: AccountMessages;
  lang: Lang;
  level: number;
  account: Account;
  claims: CommuneClaim[];
  forms: Record<AccountForm, Draft>;
  done: Partial<Record<AccountForm | 'resend' | 'export', string>>;
  busy: 'resend' | 'export' | undefined;
  deleted: boolean;
  edit(form: AccountForm, name: string, value: string): void;
  submit(form: AccountForm): void;
  focus(id: string): void;
  resend(): void;
  download(): void;
}

/** "Saint-Denis (93066)", or the code alone for a code the kit does not know. */
export const communeName = (code: string): string => {
  const found = MGP.find(code)?.commune;
  return found ? `${found.name} (${found.code})` : code;
};

const date = (instant: string, lang: Lang) =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(instant));

/** The fields of each form (the password only for accounts that have one). */
export function specsOf(form: AccountForm, t: AccountMessages, account: Account): FieldSpec[] {
  const password: FieldSpec[] = account.hasPassword
    ? [{ name: 'password', label: t.currentPassword, type: 'password', autocomplete: 'current-password' }]
    : [];
  switch (form) {
    case 'email':
      return [{ name: 'newEmail', label: t.newEmail, type: 'email', autocomplete: 'email' }, ...password];
    case 'profile':
      return [
        { name: 'givenName', label: t.givenName, autocomplete: 'given-name' },
        { name: 'usualName', label: t.usualName, autocomplete: 'family-name' },
        { name: 'lang', label: t.lang, hint: t.langHint },
      ];
    case 'password':
      return [
        { name: 'currentPassword', label: t.currentPassword, type: 'password', autocomplete: 'current-password' },
        {
          name: 'newPassword',
          label: t.newPassword,
          type: 'password',
          autocomplete: 'new-password',
          hint: t.passwordRule,
        },
      ];
    case 'claim':
      return [
        { name: 'commune', label: t.commune },
        { name: 'name', label: t.claimName, hint: t.claimNameHint, autocomplete: 'name' },
        { name: 'townHallRole', label: t.townHallRole, hint: t.townHallRoleHint, autocomplete: 'organization-title' },
      ];
    case 'delete':
      return [
        { name: 'confirmEmail', label: t.confirmEmail, hint: t.confirmEmailHint, type: 'email', autocomplete: 'off' },
        ...password,
      ];
  }
}

/** The submitted dossiers an account deletion was refused for (409 account_holds_dossiers: `applicationIds`), one line each. */
export function heldDossiers(error: unknown, t: AccountMessages): string[] {
  if (!(error instanceof ApiError) || error.code !== 'account_holds_dossiers') return [];
  const listed: unknown = error.problem['applicationIds'];
  const ids = Array.isArray(listed) ? listed.filter((id): id is string => typeof id === 'string') : [];
  return [t.holdsDossiers, ...ids.map((id) => t.dossierLine(id))];
}

function renderForm(
  view: AccountView,
  form: AccountForm,
  submitLabel: string,
  fields: TemplateResult[],
  options: { warning?: boolean; before?: TemplateResult } = {},
): TemplateResult {
  const { t } = view;
  const state = view.forms[form];
  const order = specsOf(form, t, view.account).map((spec) => spec.name);
  const level = headingLevel(view.level, 2);
  return html`<form part="form" novalidate aria-busy=${state.busy ? 'true' : 'false'} @submit=${(
    event: SubmitEvent,
  ) => {
    event.preventDefault();
    view.submit(form);
  }}>
    ${renderSummary(form, state, order, t, level, (id) => view.focus(id))} ${options.before ?? nothing} ${fields}
    <div class="actions">
      <!-- aria-disabled rather than disabled: a disabled button would drop the keyboard focus. -->
      <button part=${options.warning ? 'button warning' : 'button primary'} class=${options.warning ? 'button button--warning' : 'button button--primary'} type="submit" aria-disabled=${state.busy ? 'true' : 'false'}>
        ${state.busy ? t.sending : submitLabel}
      </button>
    </div>
    ${view.done[form] ? html`<p part="done" class="done">${view.done[form]}</p>` : nothing}
  </form>`;
}

const inputs = (view: AccountView, form: AccountForm, names?: string[]) =>
  specsOf(form, view.t, view.account)
    .filter((spec) => !names || names.includes(spec.name))
    .map((spec) => renderInput(form, spec, view.forms[form], view.t, (name, value) => view.edit(form, name, value)));

function section(view: AccountView, id: string, title: string, content: unknown): TemplateResult {
  return html`<section part="section" class="section" aria-labelledby=${`${id}-title`}>
    ${heading(headingLevel(view.level, 1), title, { id: `${id}-title` })} ${content}
  </section>`;
}

function renderEmail(view: AccountView): TemplateResult {
  const { t, account } = view;
  return section(
    view,
    'email',
    t.emailHeading,
    html`<p class="email">${t.emailIs(account.email)}
        <span part="badge" class=${account.emailVerified ? 'badge badge--ok' : 'badge'}>${account.emailVerified ? t.verified : t.unverified}</span>
      </p>
      ${
        account.emailVerified
          ? nothing
          : html`<p>${t.unverifiedHelp}</p>
            <button part="button" class="button" type="button" aria-disabled=${view.busy === 'resend' ? 'true' : 'false'} @click=${() => view.resend()}>
              ${view.busy === 'resend' ? t.sending : t.resend}
            </button>
            ${view.done.resend ? html`<p part="done" class="done">${view.done.resend}</p>` : nothing}`
      }
      ${heading(headingLevel(view.level, 2), t.changeEmailHeading, { className: 'subheading' })}
      <p>${t.changeEmailHelp}</p>
      ${renderForm(view, 'email', t.changeEmail, inputs(view, 'email'))}`,
  );
}

function renderProfile(view: AccountView): TemplateResult {
  const { t } = view;
  const ids = formIds('profile');
  const lang = view.forms.profile.values['lang'] ?? view.account.lang;
  const select = html`<div part="field" class="field">
    <label part="label" for=${ids.field('lang')}>${t.lang}</label>
    <p part="hint" class="hint" id=${ids.hint('lang')}>${t.langHint}</p>
    <select part="input" id=${ids.field('lang')} aria-describedby=${ids.hint('lang')} .value=${live(lang)}
      @change=${(event: Event) => view.edit('profile', 'lang', (event.target as HTMLSelectElement).value)}>
      <option value="fr" lang="fr" ?selected=${lang === 'fr'}>${t.langNames.fr}</option>
      <option value="en" lang="en" ?selected=${lang === 'en'}>${t.langNames.en}</option>
    </select>
  </div>`;
  return section(
    view,
    'profile',
    t.profileHeading,
    renderForm(view, 'profile', t.saveProfile, [...inputs(view, 'profile', ['givenName', 'usualName']), select]),
  );
}

function renderPassword(view: AccountView): TemplateResult {
  const { t } = view;
  return section(
    view,
    'password',
    t.passwordHeading,
    view.account.hasPassword
      ? renderForm(view, 'password', t.changePassword, inputs(view, 'password'))
      : html`<p>${t.noPassword}</p>`,
  );
}

function claimLine(claim: CommuneClaim, view: AccountView): string | undefined {
  const { t } = view;
  const name = communeName(claim.commune);
  if (claim.status === 'pending') return t.claimPending(name, date(claim.requestedAt, view.lang));
  if (claim.status === 'refused') return t.claimRefused(name, claim.reason ?? '');
  if (claim.status === 'approved') return t.claimApproved(name);
  return undefined;
}

function renderCommunes(view: AccountView): TemplateResult {
  const { t, account } = view;
  const state = view.forms.claim;
  const ids = formIds('claim');
  const communeError = state.errors['commune'];
  const claims = view.claims.map((claim) => claimLine(claim, view)).filter((line): line is string => Boolean(line));
  const picker = html`<div part="field" class=${communeError ? 'field field--error' : 'field'}>
    <qmi-commune-picker
      id=${ids.field('commune')}
      label=${t.commune}
      required
      hint=${communeError ? `${t.errorPrefix} ${communeError}` : ''}
      .value=${state.values['commune'] ?? ''}
      @qmi-commune-select=${(event: Event & { commune: { code: string } }) => view.edit('claim', 'commune', event.commune.code)}
      @qmi-commune-clear=${() => view.edit('claim', 'commune', '')}
    ></qmi-commune-picker>
  </div>`;
  return section(
    view,
    'communes',
    t.communesHeading,
    html`${
      account.communes.length
        ? html`<ul class="list">
          ${account.communes.map(
            (verified) =>
              html`<li>${t.verifiedFor(communeName(verified.commune), verified.source, date(verified.verifiedAt, view.lang))}</li>`,
          )}
        </ul>`
        : html`<p>${t.noCommune}</p>`
    }
      ${
        claims.length
          ? html`${heading(headingLevel(view.level, 2), t.claimsHeading, { className: 'subheading' })}
            <ul class="list claims">
              ${claims.map((line) => html`<li>${line}</li>`)}
            </ul>`
          : nothing
      }
      ${heading(headingLevel(view.level, 2), t.claimHeading, { className: 'subheading' })}
      <p>${t.claimHelp}</p>
      ${renderForm(view, 'claim', t.sendClaim, [picker, ...inputs(view, 'claim', ['name', 'townHallRole'])])}`,
  );
}

function renderData(view: AccountView): TemplateResult {
  const { t } = view;
  return section(
    view,
    'data',
    t.dataHeading,
    html`<p>${t.dataHelp}</p>
      <button part="button" class="button" type="button" aria-disabled=${view.busy === 'export' ? 'true' : 'false'} @click=${() => view.download()}>
        ${view.busy === 'export' ? t.sending : t.download}
      </button>
      ${view.done.export ? html`<p part="done" class="done">${view.done.export}</p>` : nothing}`,
  );
}

function renderDelete(view: AccountView): TemplateResult {
  const { t } = view;
  return section(
    view,
    'delete',
    t.deleteHeading,
    renderForm(view, 'delete', t.deleteButton, inputs(view, 'delete'), {
      warning: true,
      before: html`<ul class="list">
        ${t.deleteRules.map((rule) => html`<li>${rule}</li>`)}
      </ul>`,
    }),
  );
}

export function renderAccount(view: AccountView): TemplateResult {
  const { t } = view;
  const title = heading(headingLevel(view.level), t.title, {
    id: 'account-heading',
    className: 'heading',
    part: 'heading',
    tabindex: -1,
  });
  if (view.deleted) return html`${title}<p part="done" class="done">${t.deleted}</p>`;
  return html`${title} ${renderEmail(view)} ${renderProfile(view)} ${renderPassword(view)} ${renderCommunes(view)}
    ${renderData(view)} ${renderDelete(view)}`;
}
