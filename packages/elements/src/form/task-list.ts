import { html } from 'lit';
import type { FormView } from './view.js';

/**
 * Every section of the dossier with its status, on any page: sending judges the whole dossier. A
 * section on this page is linked in the page, one elsewhere to the partner's page (`section-href`) or not.
 */
export function renderTaskList(view: FormView) {
  const { t } = view;
  const link = (id: string, title: string) => {
    if (view.onThisPage(id)) {
      const go = (event: Event) => {
        event.preventDefault();
        void view.engine.flush();
        view.goToSection(id);
      };
      return html`<a href="#section-${id}" @click=${go}>${title}</a>`;
    }
    const href = view.hrefTo(id);
    return href
      ? html`<a href=${href} @click=${() => void view.engine.flush()}>${title}</a>`
      : html`<span>${title}</span>`;
  };
  return html`<nav aria-labelledby="task-list-title" part="task-list">
      ${view.heading(1, t.taskList, 'task-list-title')}
      <ol class="task-list">
        ${view.report.sections.map(
          (section) =>
            html`<li>
            ${link(section.id, section.title)}
            <strong class="tag tag--${section.status}">${t.sectionStatus[section.status]}</strong>
          </li>`,
        )}
      </ol>
    </nav>`;
}
