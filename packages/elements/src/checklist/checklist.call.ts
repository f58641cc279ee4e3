import { type CallDefinition, type DocumentKindRule, mediaTypeName } from '@qmi/core';
import { formatCallInstant } from '@qmi/validators/application-window';
import { html, nothing, type TemplateResult } from 'lit';
import { formatBytes } from './checklist.messages.js';
import type { ChecklistView } from './checklist.render.js';
import { listFormat, zoneCity } from './checklist.report.js';

/*
 * What a call asks for, shown by a checklist without a dossier: a chunk of its own, fetched with the call
 * (both started in the same turn), so that a page showing a dossier's standing, which never shows this,
 * does not download it, and a page showing it waits for nothing more than the call.
 */

/** What the call asks for, before any dossier. */
export function renderCall(view: ChecklistView, call: CallDefinition): TemplateResult {
  const { t, lang } = view;
  const excluded = call.eligibility.excludedCommunes.map((c) => c.name);
  const deadline = `${formatCallInstant(call.applicationWindow.deadline, call, lang)} ${t.zone(zoneCity(call.timeZone))}`;
  return html`
      ${view.heading(0, t.titleCall, undefined, 'title')}
      <p class="muted">${call.title[lang]}</p>
      ${view.section(
        'eligibility',
        t.eligibility,
        html`<ul>
          <li>${t.condition.territory(call.eligibility.territory.name)}</li>
          ${excluded.length ? html`<li>${t.condition.excluded(listFormat(excluded, lang))}</li>` : nothing}
          ${call.eligibility.onePerCommune ? html`<li>${t.condition.onePerCommune}</li>` : nothing}
          <li>${t.condition.deadline(deadline)}</li>
        </ul>`,
      )}
      ${view.section(
        'parts',
        t.parts(call.documentKinds.length + 1),
        html`<ol>
          <li>
            <strong>${t.formPart}</strong>
            <p class="description">${t.formPartDescription}</p>
            <ul>
              ${call.formSections.map((section) => html`<li>${section.title[lang]}</li>`)}
            </ul>
          </li>
          ${call.documentKinds.map((kind) => html`<li><strong>${kind.title[lang]}</strong>${renderKind(view, kind)}</li>`)}
        </ol>`,
      )}
      ${view.section(
        'criteria',
        t.criteria,
        html`<ol class="plain">
          ${call.criteria.map(
            (criterion) =>
              html`<li part="criterion">
              ${view.heading(2, t.criterion(criterion.number, criterion.title[lang]))}
              <p class="description">${criterion.description[lang]}</p>
            </li>`,
          )}
        </ol>`,
      )}
    `;
}

function renderKind({ t, lang }: ChecklistView, kind: DocumentKindRule): TemplateResult {
  const types = listFormat([...new Set(kind.acceptedTypes.map((type) => mediaTypeName(type)))], lang);
  return html`<p class="description">${kind.description[lang]}</p>
      <p class="description">${t.documentRules(types, formatBytes(kind.maxSizeBytes, lang), t.count(kind.minCount, kind.maxCount))}${kind.perPartner ? ` ${t.perPartner}` : ''}</p>`;
}
