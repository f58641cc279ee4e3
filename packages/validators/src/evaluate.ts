import type { CallDefinition, FieldError, Lang } from '@qmi/core';
import { territoryDirectory, type TerritoryDirectory } from './communes/directory.js';
import { CRITERIA_NOTE, criteriaSignals, type CriterionReport } from './criteria.js';
import { message, type Params } from './messages.js';
import { sectionProgress, type SectionProgress } from './progress.js';
import { DOCUMENT_RULES } from './rules/documents.js';
import { ELIGIBILITY_RULES, windowOpen } from './rules/eligibility.js';
import { formFields, preferredSector } from './rules/fields.js';
import type { Category, EvaluableApplication, Rule, RuleContext, Severity } from './rules/types.js';

/** Every rule, in the order their issues are listed (eligibility first, then the form, then documents). */
// Marked pure so that a bundler drops every rule from a page that uses none (an uploader checking one
// file): a spread could, for all a bundler knows, run an iterator with side effects.
export const RULES: readonly Rule[] = /* @__PURE__ */ (() => [
  ...ELIGIBILITY_RULES,
  formFields,
  preferredSector,
  ...DOCUMENT_RULES,
])();

/**
 * One finding of the call's rules on a dossier, with its message in the reader's language: the same in the
 * browser and in the server's 422.
 */
export interface Issue {
  /** Stable id, the same in the browser and in the server's 422 ("field.required", "documents.count"…). */
  rule: string;
  category: Category;
  severity: Severity;
  /** Dotted path of the field or document at fault ("team.agent.email", "documents.mayor_letter"); "" for the whole dossier. */
  path: string;
  message: string;
  params: Params;
}

/** Issues as the `errors` of a problem+json (the platform's 422): the rule id is the error's code. */
export const issuesAsFieldErrors = (issues: readonly Issue[]): FieldError[] =>
  issues.map((issue) => ({ path: issue.path, code: issue.rule, message: issue.message }));

/**
 * The options of `evaluate`: the instant to judge at, the messages' language, another live dossier of the
 * same commune, the territory's communes, and whether to judge the application window.
 */
export interface EvaluateOptions {
  /** The instant to judge at (the deadline depends on it). Always given: no hidden clock. */
  now: Date;
  /** Language of the messages: French by default. */
  lang?: Lang | undefined;
  /** Another live application of the same commune for this call, when known (the server knows). */
  otherApplicationId?: string | undefined;
  /** The member list of the eligible territory; by default the one this package ships for the call's EPCI. */
  territory?: TerritoryDirectory | undefined;
  /**
   * Whether to judge the application window (default true). A server that answers a closed window
   * with its own status (409), or a dossier sent back for changes after the deadline, passes false.
   */
  checkWindow?: boolean | undefined;
}

/**
 * What `evaluate` says of a dossier: whether the commune is eligible, whether the dossier is complete and
 * ready to submit, every issue, how it speaks to each criterion, and each section's progress.
 */
export interface Report {
  /** No eligibility error: the commune may apply now. */
  eligible: boolean;
  /** No completeness error: every required field and document is there and well formed. */
  complete: boolean;
  readyToSubmit: boolean;
  issues: Issue[];
  /** How the dossier speaks to each selection criterion: guidance, not a score (see `criteriaNote`). */
  criteria: CriterionReport[];
  criteriaNote: string;
  /** Per-section progress, for a task list. */
  sections: SectionProgress[];
}

/**
 * The one entry point of the rules: the same function runs in the browser as an agent types and in
 * the server when the dossier is submitted, so both list the same issues with the same rule ids.
 */
export function evaluate(application: EvaluableApplication, call: CallDefinition, options: EvaluateOptions): Report {
  const lang = options.lang ?? 'fr';
  const context: RuleContext = {
    application,
    call,
    now: options.now,
    lang,
    territory: options.territory ?? territoryDirectory(call.eligibility.territory.siren),
    otherApplicationId: options.otherApplicationId,
  };
  const issues: Issue[] = [];
  for (const rule of RULES) {
    if (rule.id === windowOpen.id && options.checkWindow === false) continue;
    for (const finding of rule.check(context)) {
      const id = finding.rule ?? rule.id;
      issues.push({
        rule: id,
        category: rule.category,
        severity: finding.severity ?? rule.severity,
        path: finding.path,
        message: message(id, lang, finding.params),
        params: finding.params,
      });
    }
  }
  const blocked = (category: Category) =>
    issues.some((issue) => issue.category === category && issue.severity === 'error');
  const eligible = !blocked('eligibility');
  const complete = !blocked('completeness');
  return {
    eligible,
    complete,
    readyToSubmit: eligible && complete,
    issues,
    criteria: criteriaSignals(application, call.criteria, lang),
    criteriaNote: CRITERIA_NOTE[lang],
    sections: sectionProgress(application, call, issues, lang),
  };
}
