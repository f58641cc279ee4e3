import {
  type Application,
  type CallDefinition,
  type CriterionRating,
  type Decision,
  DECISION_ACTIONS,
  type Lang,
  nextStatus,
} from '@qmi/core';
import { evaluate, type EvaluableApplication } from '@qmi/validators';

/** The criteria of the call not yet rated in a draft, in the call's order. */
export const unrated = (call: CallDefinition, ratings: Record<string, CriterionRating>): string[] =>
  call.criteria.filter((criterion) => ratings[criterion.id]?.rating == null).map((criterion) => criterion.id);

/** The form's fields an organiser may ask the commune to change, section by section, plus the documents. */
export interface FieldChoice {
  sectionId: string;
  title: string;
  fields: Array<{ path: string; label: string }>;
}

export function fieldChoices(call: CallDefinition, lang: Lang, documents: string): FieldChoice[] {
  return [
    ...call.formSections.map((section) => ({
      sectionId: section.id,
      title: section.title[lang],
      fields: section.fields.map((field) => ({ path: field.path, label: field.label[lang] })),
    })),
    { sectionId: 'documents', title: documents, fields: [{ path: 'documents', label: documents }] },
  ];
}

/** The reasons of ineligibility the call's rules find in the dossier (the same `evaluate()` as the form). */
export function ruleReasons(application: Application, call: CallDefinition, lang: Lang, now: Date): string[] {
  const report = evaluate(application as EvaluableApplication, call, { now, lang, checkWindow: false });
  const messages = report.issues
    .filter((issue) => issue.category === 'eligibility' && issue.severity === 'error')
    .map((issue) => issue.message);
  return [...new Set(messages)];
}

/** The newest decision, or the newest of one action. */
export function latestDecision(decisions: readonly Decision[], action?: Decision['action']): Decision | undefined {
  return decisions
    .filter((decision) => !action || decision.action === action)
    .reduce<Decision | undefined>((latest, d) => (!latest || d.decidedAt > latest.decidedAt ? d : latest), undefined);
}

/** Decisions an organiser may take from a status (the lifecycle's transitions). */
export const decisionsFrom = (status: Application['status']): Array<Decision['action']> =>
  DECISION_ACTIONS.filter((action) => nextStatus(status, action, 'organiser') !== undefined);
