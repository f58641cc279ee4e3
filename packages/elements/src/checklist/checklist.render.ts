import type { Lang } from '@qmi/core';
import type { CriterionReport, Issue, Report } from '@qmi/validators';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldId } from '../form/fields.js';
import type { ChecklistMessages } from './checklist.messages.js';
import { groupIssues, overallText } from './checklist.report.js';

/** What the checklist's templates need from the element: words, headings at its levels, and where a link goes. */
export interface ChecklistView {
  t: ChecklistMessages;
  lang: Lang;
  /** A heading `offset` levels below `heading-level`. */
  heading(offset: number, content: unknown, id?: string, className?: string): TemplateResult;
  /** A section named `name` (its part and the id of its heading), titled `title`. */
  section(name: string, title: string, body: unknown): TemplateResult;
  /** What the status region says (the overall line once a change has settled). */
  announcement: string;
  /** The call's description of a criterion, once the call is known. */
  criterionDescription(id: string): string | undefined;
  /** A missing item's link was activated: to its field. */
  navigate(event: Event, path: string): void;
}

/** A dossier's standing: overall line, eligibility, completeness, criteria. */
export function renderReport(view: ChecklistView, report: Report): TemplateResult {
  const { t } = view;
  const { eligibilityErrors, eligibilityNotes, missing, doubtful } = groupIssues(report);
  return html`
      ${view.heading(0, t.titleDossier, undefined, 'title')}
      <p part="status" class=${report.readyToSubmit ? 'overall overall--ready' : 'overall'}>${overallText(report, t)}</p>
      <div role="status" class="visually-hidden">${view.announcement}</div>
      ${view.section(
        'eligibility',
        t.eligibility,
        html`${
          report.eligible
            ? html`<p class="ok">${t.eligible}</p>`
            : html`<p>${t.notEligible}</p>
                <ul class="issues--error">
                  ${eligibilityErrors.map((issue) => html`<li part="issue">${issue.message}</li>`)}
                </ul>`
        }
          ${
            eligibilityNotes.length
              ? html`<ul>
                ${eligibilityNotes.map((issue) => html`<li part="issue">${issue.message}</li>`)}
              </ul>`
              : nothing
          }`,
      )}
      ${view.section(
        'completeness',
        t.completeness,
        html`${
          missing.length === 0
            ? html`<p class="ok">${t.complete}</p>`
            : html`<p>${t.missing(missing.length)}</p>
                <ul class="issues--error">
                  ${missing.map((issue) => renderIssue(view, issue))}
                </ul>`
        }
          ${
            doubtful.length
              ? html`<p>${t.warnings}</p>
                <ul>
                  ${doubtful.map((issue) => renderIssue(view, issue))}
                </ul>`
              : nothing
          }`,
      )}
      ${view.section(
        'criteria',
        t.criteria,
        html`<p class="note"><strong>${t.noteLabel}</strong> ${report.criteriaNote}</p>
          <ol class="plain">
            ${report.criteria.map((criterion) => renderCriterion(view, criterion))}
          </ol>`,
      )}
    `;
}

function renderIssue(view: ChecklistView, issue: Issue): TemplateResult {
  const { path } = issue;
  if (!path) return html`<li part="issue">${issue.message}</li>`;
  return html`<li part="issue">
      <a part="link" href="#${fieldId(path)}" data-path=${path} @click=${(event: Event) => view.navigate(event, path)}>${issue.message}</a>
    </li>`;
}

function renderCriterion(view: ChecklistView, criterion: CriterionReport): TemplateResult {
  const { t } = view;
  const description = view.criterionDescription(criterion.id);
  const met = criterion.signals.filter((signal) => signal.met).length;
  return html`<li part="criterion" data-criterion=${criterion.id}>
      ${view.heading(2, t.criterion(criterion.number, criterion.title))}
      <p>
        <span class="tag tag--${criterion.status}">${t.criterionStatus[criterion.status]}</span>
        ${criterion.signals.length ? t.signals(met, criterion.signals.length) : nothing}
      </p>
      ${description ? html`<p class="description">${description}</p>` : nothing}
      ${
        criterion.signals.length
          ? html`<ul>
                ${criterion.signals.map(
                  (signal) =>
                    html`<li part=${signal.met ? 'signal signal-met' : 'signal signal-unmet'} data-signal=${signal.id} data-met=${signal.met ? 'true' : 'false'}>
                <span class="tag ${signal.met ? 'tag--met' : 'tag--unmet'}">${signal.met ? t.met : t.unmet}</span>
                ${signal.message}
              </li>`,
                )}
              </ul>`
          : nothing
      }
    </li>`;
}
