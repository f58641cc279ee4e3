import type { Collaborator, Lang } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { renderInput, renderSummary } from '../account/account.fields.js';
import { locale } from '../i18n/translate.js';
import { INVITE_FORM, PEOPLE_HEADING, type PeoplePanel, QUESTION } from './people.js';
import type { Heading } from './view.js';

/**
 * The notice of a dossier that does not hold the commune's place (`holdsPlace: false`): it can be
 * prepared, not submitted, until an account verified for the commune holds it.
 */
export function renderPlaceNotice(panel: PeoplePanel, heading: Heading, holdsPlace: boolean) {
  if (holdsPlace) return nothing;
  const t = panel.t;
  return html`<div class="notice" part="place-notice">
    ${heading(1, t.placeHeading, 'place-title')}
    <p>${t.placeNotice}</p>
    <p>${t.placeHow}</p>
  </div>`;
}

const day = (instant: string, lang: Lang) =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(instant));

function personLine(panel: PeoplePanel, person: Collaborator, me: string, owner: boolean, readOnly: boolean) {
  const t = panel.t;
  const editable = owner && !readOnly && person.role === 'editor' && !panel.busy;
  return html`<li>
    <span>${person.email} ${person.accountId === me ? t.you : nothing} : ${person.role === 'owner' ? t.owner : t.editor}</span>
    ${
      editable
        ? html`<span class="people__actions">
          <button type="button" part="button secondary" @click=${() => panel.ask({ kind: 'transfer', to: person })}>${t.transfer(person.email)}</button>
          <button type="button" part="button warning" @click=${() => panel.remove(person)}>${t.remove(person.email)}</button>
        </span>`
        : nothing
    }
  </li>`;
}

function renderQuestion(panel: PeoplePanel) {
  const question = panel.question;
  if (!question) return nothing;
  const t = panel.t;
  const text = question.kind === 'transfer' ? t.transferQuestion(question.to.email) : t.leaveQuestion;
  return html`<div class="notice people__question">
    <p id=${QUESTION} tabindex="-1"><strong>${text}</strong></p>
    <button type="button" part="button primary" aria-disabled=${panel.busy ? 'true' : 'false'} @click=${() => panel.confirm()}>
      ${question.kind === 'transfer' ? t.confirmTransfer : t.confirmLeave}
    </button>
    <button type="button" part="button secondary" @click=${() => panel.ask(undefined, PEOPLE_HEADING)}>${t.cancel}</button>
  </div>`;
}

/** The "Personnes ayant accès" section of the form. */
export function renderPeople(
  panel: PeoplePanel,
  heading: Heading,
  lang: Lang,
  readOnly: boolean,
  continueUrl: () => string | undefined,
): TemplateResult {
  const t = panel.t;
  const people = panel.task.value;
  const title = heading(1, t.heading, PEOPLE_HEADING, -1);
  if (panel.left)
    return html`<section class="section people" part="section" aria-labelledby=${PEOPLE_HEADING}>${title}<p>${t.left}</p></section>`;
  const body = panel.task.render({
    pending: () => (people ? nothing : html`<p>${t.loading}</p>`),
    error: () => html`<p>${t.failed}</p>
      <button type="button" part="button secondary" @click=${() => void panel.task.run()}>${t.retry}</button>`,
  });
  if (!people)
    return html`<section class="section people" part="section" aria-labelledby=${PEOPLE_HEADING}>${title} ${body}</section>`;
  const owner = people.collaborators.some((person) => person.accountId === people.me && person.role === 'owner');
  const words = { summaryTitle: t.summaryTitle, errorPrefix: t.errorPrefix };
  return html`<section class="section people" part="section" aria-labelledby=${PEOPLE_HEADING}>
    ${title}
    <p>${owner ? t.ownerCan : t.editorCan}</p>
    <ul class="people__list">
      ${people.collaborators.map((person) => personLine(panel, person, people.me, owner, readOnly))}
    </ul>
    ${renderQuestion(panel)}
    ${
      people.invitations.length
        ? html`${heading(2, t.invitationsHeading)}
          <ul class="people__list">
            ${people.invitations.map(
              (invitation) => html`<li>
                <span>${t.invitationLine(invitation.email, day(invitation.expiresAt, lang))}</span>
                ${
                  owner
                    ? html`<button type="button" part="button secondary" @click=${() => panel.revoke(invitation)}>${t.revoke(invitation.email)}</button>`
                    : nothing
                }
              </li>`,
            )}
          </ul>`
        : nothing
    }
    ${
      owner && !readOnly
        ? html`${heading(2, t.inviteHeading)}
          <form novalidate class="people__invite" @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            void panel.sendInvitation(continueUrl());
          }}>
            ${renderSummary(INVITE_FORM, panel.invite, ['email'], words, 4, (id) => panel.host.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus())}
            ${renderInput(INVITE_FORM, { name: 'email', label: t.inviteEmail, hint: t.inviteHint, type: 'email', autocomplete: 'off' }, panel.invite, words, (_name, value) => panel.edit(value))}
            <button type="submit" part="button primary" aria-disabled=${panel.busy ? 'true' : 'false'}>${panel.busy ? t.sending : t.invite}</button>
          </form>`
        : nothing
    }
    ${
      !owner && !panel.question
        ? html`<button type="button" part="button warning" @click=${() => panel.ask({ kind: 'leave' })}>${t.leave}</button>`
        : nothing
    }
  </section>`;
}
