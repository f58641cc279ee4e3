import type { Issue } from '@qmi/validators';
import { html, nothing } from 'lit';
import { fieldId } from './fields.js';
import { inCurrentReport, sectionOf } from './reveal.js';
import type { FormView } from './view.js';

/** The list of problems: it takes the focus and is read then, so it is not also an alert (read twice). */
export function renderSummary(view: FormView) {
  if (view.summary.length === 0) return nothing;
  return html`<div class="error-summary" tabindex="-1" part="error-summary">
      ${view.heading(1, view.t.errorSummary, 'summary-title')}
      <ul>
        ${view.summary.map((issue) => html`<li>${summaryItem(view, inCurrentReport(view.report, issue))}</li>`)}
      </ul>
    </div>`;
}

/**
 * An item of the error summary: a link to its field when this form shows it; otherwise the section it
 * is in, linked to the partner's page of that section when `section-href` says where.
 */
function summaryItem(view: FormView, issue: Issue) {
  const section = sectionOf(view.definition, issue.path);
  if (section === undefined || view.onThisPage(section)) {
    const follow = (event: Event) => {
      event.preventDefault();
      view.focusField(issue.path);
    };
    return html`<a href="#${fieldId(issue.path)}" @click=${follow}>${issue.message}</a>`;
  }
  const title = view.report.sections.find((s) => s.id === section)?.title ?? section;
  const where = view.t.inSection(title);
  const href = view.hrefTo(section, issue.path);
  return href
    ? html`<a href=${href} @click=${() => void view.engine.flush()}>${issue.message} ${where}</a>`
    : html`${issue.message} ${where}`;
}
