import type { CallDefinition, Lang } from '@qmi/core';
import { applicationWindowMessage, type WindowState } from '@qmi/validators/application-window';
import { html } from 'lit';
import type { QmiCommuneSelectEvent } from '../commune-picker/commune-picker.component.js';
import type { FormMessages } from './application-form.messages.js';
import { INTRO_SLOT, type Heading } from './view.js';

/** Loading, or waiting for a page that signs people in itself to give a token. */
export const renderLoading = (t: FormMessages, waitingForSignIn: boolean) =>
  html`<p role="status">${waitingForSignIn ? t.waitingForSignIn : t.loading}</p>`;

/** Loading failed: why, and a button to try again. */
export const renderFailure = (t: FormMessages, why: string, retry: () => void) =>
  html`<div role="alert" class="failure"><p>${t.loadFailed} ${why}</p>
          <button type="button" part="button primary" @click=${retry}>${t.retry}</button></div>`;

/** What the start step needs from the form. */
export interface StartView {
  t: FormMessages;
  lang: Lang;
  heading: Heading;
  definition: CallDefinition;
  /** Whether the call is open, by the platform's clock. */
  window: WindowState;
  /** The commune chosen (its code), or ''. */
  commune: string;
  pick(commune: string): void;
  create(): void;
}

/**
 * The start step: the commune has no dossier for this call. A dossier can only be started while the
 * call is open, by the platform's clock: the same answer the timeline and the checklist give, and the
 * one the platform will give to `create`.
 */
export function renderStart(view: StartView) {
  const { t, window } = view;
  if (window !== 'open') {
    return html`<section class="start" aria-labelledby="start-title" part="section">
        ${view.heading(0, t.start.title, 'start-title', -1)}
        ${INTRO_SLOT}
        <p class="notice" role="status">${applicationWindowMessage(view.definition, window, view.lang)}</p>
      </section>`;
  }
  return html`<section class="start" aria-labelledby="start-title" part="section">
      ${view.heading(0, t.start.title, 'start-title', -1)}
      <p>${t.start.intro}</p>
      ${INTRO_SLOT}
      <qmi-commune-picker .label=${t.start.commune} .hint=${t.start.communeHint} required @qmi-commune-select=${(e: QmiCommuneSelectEvent) => view.pick(e.commune.code)} @qmi-commune-clear=${() => view.pick('')}></qmi-commune-picker>
      <button type="button" part="button primary" ?disabled=${!view.commune} @click=${() => view.create()}>${t.start.create}</button>
    </section>`;
}
