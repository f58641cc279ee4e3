import { isEditable, type CallDefinition, type Lang } from '@qmi/core';
import { applicationWindowState, windowStateFor } from '@qmi/validators/application-window';
import { html, nothing, type ReactiveElement } from 'lit';
import type { ClientSource } from '../context/client-source.js';
import { connectionProblem } from '../i18n/connection.js';
import { problemText } from '../i18n/problem-text.js';
import type { FormMessages } from './application-form.messages.js';
import { renderConflict } from './conflicts.js';
import { renderDocuments } from './documents.js';
import { unreachable, type LazyPart } from './lazy-part.js';
import type { PeopleLoader } from './people.loader.js';
import { QmiErrorEvent } from './events.js';
import type { FormFocus } from './focus.js';
import type { FormState, ReadyState, StartState } from './form-state.js';
import type { DossierSnapshot } from './report.js';
import type { Rules, RulesPart } from '../rules/load-rules.js';
import { renderAdvice } from './review-advice.js';
import type { ReviewFeedback } from './review-feedback.js';
import type { RevealState } from './reveal-state.js';
import { sectionHref } from './sections.js';
import { renderFailure, renderLoading, renderStart } from './start.js';
import { renderSubmit } from './submit.js';
import { renderSummary } from './summary.js';
import { renderTaskList } from './task-list.js';
import { headingAt, INTRO_SLOT, renderHeader, renderNotices, renderSections, type FormView } from './view.js';

/** What the form's templates need from the element, read at each render: its settings, its controllers and its actions. */
export interface FormHost {
  /** The element: it re-renders, fires `qmi-error`, and a connection problem is worded for its page. */
  element: ReactiveElement;
  /** Its client (none yet: nothing to load), whether someone is signed in, the `<qmi-session>` it is in. */
  clientSource: ClientSource;
  lang: Lang;
  t: FormMessages;
  /** The form's own heading level (`heading-level`). */
  headingLevel: number;
  /** The platform's time. */
  now: Date;
  /**
   * The call's definition the page gave (`definition`), shown as the dossier's questions while no dossier is
   * open, and their module (`outline.ts`), loaded by `loadOutline` (until then, the form says it loads).
   */
  outline: { definition: CallDefinition; module: typeof import('./outline.js') | undefined } | undefined;
  loadOutline(): void;
  /** The `section-href` template. */
  sectionHref: string;
  /** The commune chosen on the start step. */
  commune: string;
  submitting: boolean;
  shown: RevealState;
  focusing: FormFocus;
  /** The "Personnes ayant accès" panel (and the place notice), loaded when shown. */
  people: PeopleLoader;
  /** `<qmi-document-uploader>`, registered when its module arrives: loaded when the documents are shown. */
  uploader: LazyPart<unknown>;
  /** `<qmi-commune-picker>`, likewise: loaded for the start step. */
  picker: LazyPart<unknown>;
  /** The call's rules (the report, the communes' names): fetched beside the dossier, needed to show it. */
  rules: RulesPart;
  /** What the organisers said to the commune (decisions, comments, advice). */
  review: ReviewFeedback;
  /** The page the invitations' links open. */
  continueUrl(): string | undefined;
  /** The dossier as the person sees it and its report, once per update (once the rules are there). */
  snapshot(state: ReadyState): DossierSnapshot | undefined;
  onThisPage(id: string): boolean;
  focusField(path: string): void;
  /** Loads again; resolves once the load is over. */
  reload(): Promise<void>;
  pick(commune: string): void;
  create(state: StartState): void;
  submit(state: ReadyState): void;
}

/** What the form shows in each phase of its state (the live region aside). */
export function renderForm(host: FormHost, state: FormState) {
  const { t, lang } = host;
  switch (state.phase) {
    case 'loading': {
      const waitingForSignIn = Boolean(host.clientSource.client) && !host.clientSource.signedIn;
      const { definition, module } = host.outline ?? {};
      if (!definition || !module) {
        if (definition) host.loadOutline();
        return renderLoading(t, waitingForSignIn);
      }
      return module.renderOutline({
        element: host.element,
        t,
        lang,
        heading: headingAt(host.headingLevel),
        definition,
        status: renderLoading(t, waitingForSignIn),
        onThisPage: (id) => host.onThisPage(id),
      });
    }
    case 'failed': {
      const { problem } = state;
      const retry = () =>
        void host.focusing.move(['#form-title', '#start-title', '.failure button'], undefined, host.reload());
      return renderFailure(
        t,
        connectionProblem(host.element, problem, host.clientSource.client?.baseUrl) ??
          problemText(problem, lang) ??
          problem.message,
        retry,
      );
    }
    case 'start':
      // The start step comes with its commune picker: until its module is there, the form is still loading.
      if (!host.picker.value) return pendingPart(host, host.picker, '#start-title');
      return renderStart({
        t,
        lang,
        heading: headingAt(host.headingLevel),
        definition: state.definition,
        window: applicationWindowState(state.definition, host.now),
        commune: host.commune,
        pick: (commune) => host.pick(commune),
        create: () => host.create(state),
      });
    case 'ready': {
      // A dossier shows with its report: until the rules are there (asked for with the dossier, so
      // usually already), the form is still loading.
      const rules = host.rules.value;
      const snapshot = host.snapshot(state);
      if (!rules || !snapshot) return pendingPart(host, host.rules, '#form-title');
      return renderReady(viewOf(host, state, rules, snapshot), host);
    }
  }
}

/**
 * A step whose part (the start step's commune picker, an open dossier's rules) is still loading: still
 * loading; offline, the connection message and a retry (also tried again once online); `title` takes
 * the focus when the part arrives after a retry.
 */
function pendingPart<T>(host: FormHost, part: LazyPart<T>, title: string) {
  const { t } = host;
  // Once: after a failure it waits for \`online\` or the retry button (see \`renderPart\`).
  if (!part.failed) {
    void part.load();
    return renderLoading(t, false);
  }
  return renderFailure(
    t,
    unreachable(host.element) ?? '',
    () => void host.focusing.move([title, '.failure button'], undefined, part.load()),
  );
}

/** An open dossier: its header and notices, the problems listed, then the parts this page shows. */
function renderReady(view: FormView, host: FormHost) {
  const placed = new Set<string>();
  const sections = renderSections(view, placed);
  const elsewhere = view.engine.state.conflicts.filter((conflict) => !placed.has(conflict.path));
  return html`
    ${renderHeader(view)} ${renderNotices(view)} ${view.review.banner(view)} ${host.people.placeNotice(view.heading, view.engine.application.holdsPlace || view.readOnly)} ${elsewhere.map((conflict) => renderConflict(view, conflict, 1))}
    ${renderSummary(view)} ${INTRO_SLOT} ${view.onThisPage('task-list') ? renderTaskList(view) : nothing}
    ${view.readOnly || sections.length === 0 ? nothing : html`<p>${view.t.requiredNote}</p>`} ${sections}
    ${view.onThisPage('documents') ? renderDocuments(view, sections.length === 0) : nothing}
    ${view.onThisPage('people') ? host.people.render(view.heading, view.lang, view.readOnly, host.continueUrl) : nothing}
    ${view.readOnly || !view.onThisPage('submit') ? nothing : html`${renderAdvice(view, view.review)} ${renderSubmit(view)}`}
    <slot name="after"></slot>
  `;
}

/**
 * What the templates of an open dossier see. After the deadline a draft can no longer be changed (the
 * platform refuses it with call_closed, by the same `windowStateFor`): the form says so and shows it
 * read-only, rather than take edits that would be refused. A dossier sent back for changes stays editable.
 */
function viewOf(host: FormHost, state: ReadyState, rules: Rules, snapshot: DossierSnapshot): FormView {
  const { engine, definition } = state;
  const { focusing, shown, element } = host;
  const session = host.clientSource.sessionValue;
  const window = windowStateFor(engine.application.status, definition, host.now);
  return {
    ...state,
    ...snapshot,
    rules,
    lang: host.lang,
    t: host.t,
    heading: headingAt(host.headingLevel),
    window,
    readOnly: !isEditable(engine.application.status) || window === 'closed',
    viewer: session && {
      accountId: session.account.id,
      owner: session.account.id === engine.application.ownerId,
    },
    revealed: shown.revealed,
    summary: shown.summary,
    submitting: host.submitting,
    onThisPage: (id) => host.onThisPage(id),
    hrefTo: (section, path) => sectionHref(host.sectionHref, section, path),
    // The draft changed: re-render, so that list actions work on what was just typed.
    edited: () => element.requestUpdate(),
    moveFocus: (targets, message, action) => focusing.move(targets, message, action),
    focusField: (path) => host.focusField(path),
    goToSection: (id) => focusing.toSection(id),
    checkSection: (id) => void shown.check(id, host.snapshot(state)?.report ?? snapshot.report, definition),
    submit: () => host.submit(state),
    // Cancelled, the dialog gives the focus back to the button, still there.
    signInAgain:
      session &&
      (() =>
        void focusing
          .move(
            [focusing.lastField, '#status'],
            undefined,
            session.reauthenticate().then(() => engine.retry()),
          )
          .catch(() => undefined)),
    reportError: (error) => element.dispatchEvent(new QmiErrorEvent(error)),
    uploader: host.uploader,
    review: host.review,
  };
}
