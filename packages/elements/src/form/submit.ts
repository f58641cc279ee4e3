import { html, nothing } from 'lit';
import { locale } from '../i18n/translate.js';
import { helpSlot, type FormView } from './view.js';

/** The send step: whether the dossier is ready (once sending was tried), and the button, which says what it waits for. */
export function renderSubmit(view: FormView) {
  const { t, submitting, report } = view;
  const saving = submitting && view.engine.state.pending.length > 0;
  return html`<section class="section submit" id="section-submit" aria-labelledby="title-submit" part="section">
      ${view.heading(1, t.submit.title, 'title-submit')}
      <p>${t.submit.intro}</p>
      ${helpSlot('submit')}
      ${view.revealed === 'all' ? html`<p class=${report.readyToSubmit ? 'ok' : 'error'}>${report.readyToSubmit ? t.submit.ready : t.submit.notReady}</p>` : nothing}
      <button type="button" part="button primary" ?disabled=${submitting} aria-busy=${submitting ? 'true' : 'false'} @click=${() => view.submit()}>
        ${submitting ? (saving ? t.submit.waitSaves : t.submit.sending) : t.submit.button}
      </button>
    </section>`;
}

/** The receipt: it takes the focus after sending (the send button is gone), so it is not a live region too. */
export function renderReceipt(view: FormView, submittedAt: string) {
  const { t } = view;
  const format = new Intl.DateTimeFormat(locale(view.lang), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: view.definition.timeZone,
  });
  return html`<section class="receipt" id="receipt" tabindex="-1" aria-labelledby="receipt-title" part="receipt">
      ${view.heading(1, t.receipt.title, 'receipt-title')}
      <p>${t.receipt.body(format.format(new Date(submittedAt)))}</p>
      <p>${t.receipt.reference(view.engine.application.id)}</p>
    </section>`;
}
