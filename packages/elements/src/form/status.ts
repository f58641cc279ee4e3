import type { AutosaveState, Lang } from '@qmi/core';
import { html, nothing } from 'lit';
import { problemText } from '../i18n/problem-text.js';
import { locale } from '../i18n/translate.js';
import type { FormMessages } from './application-form.messages.js';
import type { FormView } from './view.js';

/** What the status line says (and, once settled, the live region): "Enregistré à 10:02.", "Hors ligne…". */
export function statusText(
  t: FormMessages,
  lang: Lang,
  { status, lastSavedAt }: Pick<AutosaveState, 'status' | 'lastSavedAt'>,
): string {
  if (status !== 'saved' || !lastSavedAt) return t.status[status];
  return t.savedAt(new Intl.DateTimeFormat(locale(lang), { hour: '2-digit', minute: '2-digit' }).format(lastSavedAt));
}

/** What the live region says of the save status: the settled ones (saved, offline, error, expired, conflict), never each pending or saving step. */
export const settledStatusText = (
  t: FormMessages,
  lang: Lang,
  state: Pick<AutosaveState, 'status' | 'lastSavedAt'>,
): string | undefined =>
  state.status === 'pending' || state.status === 'saving' ? undefined : statusText(t, lang, state);

/**
 * The save status, shown and not a live region: its every step would be read (ten in five seconds of
 * tabbing through fields); the live region says the settled ones. It takes the focus when its own
 * button goes away ("Réessayer", "Se reconnecter"): after signing in again, the field being edited does.
 */
export function renderStatus(view: FormView) {
  const { t, engine, signInAgain } = view;
  const state = engine.state;
  const { status, error } = state;
  return html`<div class="status status--${status}" part="status">
      <p id="status" tabindex="-1">${statusText(t, view.lang, state)}</p>
      ${
        status === 'error' || status === 'offline'
          ? html`<button type="button" part="button secondary" @click=${() => void engine.retry()}>${t.retry}</button>`
          : nothing
      }
      ${
        status === 'unauthenticated' && signInAgain
          ? html`<button type="button" part="button primary"
            @click=${signInAgain}>
            ${t.signInAgain}
          </button>`
          : nothing
      }
      ${status === 'error' && error ? html`<p class="error">${problemText(error, view.lang) ?? error.message}</p>` : nothing}
    </div>`;
}
