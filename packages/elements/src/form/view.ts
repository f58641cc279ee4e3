import { getPath, type Autosave, type CallDefinition, type Lang } from '@qmi/core';
import type { EvaluableApplication, Issue, Report } from '@qmi/validators';
import { applicationWindowMessage, type WindowState } from '@qmi/validators/application-window';
import { html, nothing, type TemplateResult } from 'lit';
import { heading, headingLevel } from '../a11y/heading.js';
import type { FormMessages } from './application-form.messages.js';
import { renderConflict } from './conflicts.js';
import { fieldId, renderField, type FieldHost } from './fields.js';
import type { FocusTargets } from './focus.js';
import { deferredSection } from './deferred.js';
import { isConfirmed, messageAt, sectionOf, type Revealed } from './reveal.js';
import { fieldIdFromUrl } from './sections.js';
import { hasDecisionBanner, type ReviewFeedback } from './review-feedback.js';
import { renderStatus } from './status.js';
import { renderReceipt } from './submit.js';
import type { FormClient } from './form.client.js';
import type { LazyPart } from './lazy-part.js';
import type { Rules } from '../rules/load-rules.js';

/** A heading `offset` levels below the form's own (`heading-level`). */
export type Heading = (offset: number, content: unknown, id?: string, tabindex?: number) => TemplateResult;

export const headingAt =
  (base: number): Heading =>
  (offset, content, id, tabindex) =>
    heading(headingLevel(base, offset), content, { id, tabindex });

/** The partner's slots (see the form's `@slot` tags): its introduction, and its help in a section. */
export const INTRO_SLOT = html`<slot name="intro"></slot>`;
export const helpSlot = (section: string) => html`<slot name="help-${section}"></slot>`;

/** What the templates of an open dossier need from the form: what to show, and where actions go. */
export interface FormView {
  lang: Lang;
  t: FormMessages;
  heading: Heading;
  definition: CallDefinition;
  engine: Autosave;
  /** The client that opened the dossier (the document uploaders use it). */
  client: FormClient;
  /** The signed-in person, when known (inside `<qmi-session>`), and whether they own the dossier. */
  viewer: { accountId: string; owner: boolean } | undefined;
  /** The call's rules (fetched beside the dossier, see rules/load-rules.ts): the report, the communes' names. */
  rules: Rules;
  /** The dossier as the person sees it (the server's version with the local edits), and the rules' report on it. */
  application: EvaluableApplication;
  report: Report;
  /** Whether the call takes edits of this dossier now, by the platform's clock. */
  window: WindowState;
  readOnly: boolean;
  revealed: Revealed;
  /** The problems listed at the top, after a check or a send. */
  summary: readonly Issue[];
  submitting: boolean;
  /** Whether this form shows a section (or `task-list`, `documents`, `submit`). */
  onThisPage(id: string): boolean;
  /** The partner's page of a section this form does not show (and of a field in it), from `section-href`. */
  hrefTo(section: string, path?: string): string | undefined;
  /** The draft was edited here: render it again. */
  edited(): void;
  /** See `FormFocus.move`: after an action and its render, the focus goes to the first target there. */
  moveFocus(targets: FocusTargets, message?: string, action?: Promise<unknown>): Promise<void>;
  /** Takes the person to a field by its path, as the error summary's links do. */
  focusField(path: string): void;
  /** Takes the person to a section of this page. */
  goToSection(id: string): void;
  /** Shows a section's messages and lists its problems (or says it is complete). */
  checkSection(id: string): void;
  submit(): void;
  /** Asks the person to sign in again (inside `<qmi-session>`); undefined where nothing can. */
  signInAgain: (() => void) | undefined;
  /** A failure outside the form's own flow (an upload's resync): said as `qmi-error`. */
  reportError(error: Error): void;
  /** What the organisers said: decisions, fields to change, comments per section, the request for advice. */
  review: ReviewFeedback;
  /** `<qmi-document-uploader>`'s module, loaded when the documents are shown (see `LazyPart`). */
  uploader: LazyPart<unknown>;
}

/** The title, the commune and the save status. */
export function renderHeader(view: FormView) {
  const app = view.engine.application;
  return html`
    <!-- Not a <header>: inside a partner's page it must not claim the page's banner landmark. -->
    <div class="header" part="header">
      ${view.heading(0, view.definition.title[view.lang], 'form-title', -1)}
      <p class="commune">${view.t.communeLine(view.rules.MGP.find(app.commune)?.commune.name ?? app.commune, app.commune)}</p>
      ${renderStatus(view)}
    </div>
  `;
}

/** The receipt of a sent dossier, and why a dossier cannot be changed (the call's window, its status). */
export function renderNotices(view: FormView) {
  const app = view.engine.application;
  const { window } = view;
  return html`
    ${app.status === 'submitted' && app.submittedAt ? renderReceipt(view, app.submittedAt) : nothing}
    ${window === 'open' ? nothing : html`<p class="notice" role="status">${applicationWindowMessage(view.definition, window, view.lang)}</p>`}
    ${view.readOnly && window === 'open' && app.status !== 'submitted' && !hasDecisionBanner(app.status) ? html`<p class="notice">${view.t.readOnly(app.status)}</p>` : nothing}
  `;
}

/**
 * The call's form sections this page shows, each with its fields and its check button. A conflict is
 * shown right after its field; `placed` collects those paths (the others are listed at the top).
 */
export function renderSections(view: FormView, placed: Set<string>): TemplateResult[] {
  const { t, lang, definition, engine, report, revealed, readOnly } = view;
  const conflicts = engine.state.conflicts;
  const requested = view.review.requested;
  const host: FieldHost = {
    lang,
    t,
    draft: view.application,
    readOnly,
    errorFor: (path) => messageAt(report, definition, revealed, path),
    edit: (path, value) => {
      // An emptied field is removed from the dossier, not kept as "".
      void engine.editPath(path, value === '' ? null : value);
      view.edited();
    },
    commit: () => void engine.flush(),
    conflict: (path) => {
      const conflict = conflicts.find((c) => c.path === path);
      if (!conflict) return nothing;
      placed.add(path);
      return renderConflict(view, conflict, 2);
    },
    focusAfter: (targets, message) => void view.moveFocus(targets, message),
    requested: (path) => (requested.has(path) ? view.review.t.requestedMarker : undefined),
  };
  const check = (id: string) => {
    void engine.flush();
    view.checkSection(id);
  };
  const landing = fieldIdFromUrl();
  return definition.formSections
    .filter((section) => view.onThisPage(section.id))
    .map((section, index) => {
      const content = () => html`${section.help ? html`<p class="hint">${section.help[lang]}</p>` : nothing}
        ${helpSlot(section.id)}
        ${view.review.sectionFeedback(view, section.id, section.title[lang])}
        ${section.fields.map((field) => renderField(host, field, field.path, getPath(host.draft, field.path)))}
        ${
          readOnly
            ? nothing
            : html`<button type="button" part="button secondary" aria-label=${t.named(t.checkSection, section.title[lang])} @click=${() => check(section.id)}>${t.checkSection}</button>`
        }
        ${isConfirmed(report, definition, revealed, section.id) ? html`<p class="ok">${t.sectionOk}</p>` : nothing}`;
      // Past the first screen, a section's content is built after the first frame (see `deferred.ts`); at
      // once when a link names a field in it, or a conflict is in it: templated now, so that its conflicts
      // are placed beside their fields (`placed`) before the others are listed at the top.
      const atOnce =
        index < SECTIONS_AT_ONCE ||
        section.fields.some((field) => landing !== undefined && inField(landing, fieldId(field.path))) ||
        conflicts.some((conflict) => sectionOf(definition, conflict.path) === section.id);
      const built = atOnce ? content() : undefined;
      return html`<section class="section" id="section-${section.id}" aria-labelledby="title-${section.id}" part="section" tabindex="-1">
        ${view.heading(1, section.title[lang], `title-${section.id}`)}
        ${deferredSection(built ? () => built : content, nothing, atOnce)}
      </section>`;
    });
}

/**
 * The sections whose content the form's first frame builds: the first one, which ends some 1,450 px down
 * (after the header, the summary and the task list), past the first screen of a phone, a laptop or a
 * 1440p monitor (measured at 375, 1280, 1920 and 2560 px wide). The others hold most of a long dossier's
 * DOM: on the full dossier, 427 of the 539 elements the first frame had when it built them all.
 */
const SECTIONS_AT_ONCE = 1;

/** Whether a field id from the page's URL is `id`'s field or a field inside it (`f-team-agent-email` in `f-team-agent`). */
const inField = (landing: string, id: string) => landing === id || landing.startsWith(`${id}-`);
