import type { ApplicationDraftContent, ApplicationStatus, CallDefinition, DocumentRef, Lang } from '@qmi/core';
import type { TerritoryDirectory } from '../communes/directory.js';
import type { Params } from '../messages.js';

/** What the rules read: a dossier as saved (a draft is fine), with the platform fields it may have. */
export type EvaluableApplication = ApplicationDraftContent & {
  id?: string | undefined;
  commune?: string | undefined;
  documents?: readonly DocumentRef[] | undefined;
  status?: ApplicationStatus | undefined;
};

/**
 * What a rule judges: whether the commune may apply at all (`eligibility`), or whether the dossier is
 * complete and well formed (`completeness`).
 */
export type Category = 'eligibility' | 'completeness';
/** error: blocks submission; warning: worth fixing, does not block; info: for the reader's attention. */
export type Severity = 'error' | 'warning' | 'info';

/** One finding of a rule, before its message is written in the reader's language. */
export interface Finding<R extends string = string> {
  path: string;
  params: Params;
  /** The id of this finding when a rule reports several kinds (e.g. "field.format"); defaults to the rule's id. */
  rule?: R | undefined;
  severity?: Severity | undefined;
}

/**
 * What a rule reads: the dossier, the call, the instant to judge at, the reader's language, the territory's
 * communes, and another live dossier of the same commune if the caller knows one.
 */
export interface RuleContext {
  application: EvaluableApplication;
  call: CallDefinition;
  /** The instant the rules judge at: always given, never read from a hidden clock. */
  now: Date;
  lang: Lang;
  /** The member list of the call's eligible territory. */
  territory: TerritoryDirectory | undefined;
  /** The id of another live application of the same commune for this call, when the caller knows of one. */
  otherApplicationId?: string | undefined;
}

/**
 * A rule: a small named function over the typed dossier, with stable ids. A rule that finds several
 * kinds of fault (the form's fields, a document's format, size and partner) declares every id it
 * can report, its own first, so that searching the code for an issue's id finds the rule behind it.
 */
export interface Rule<R extends string = string> {
  /** The rule's name: the first of `reports`, and the id of a finding that names none. */
  id: R;
  /** Every id its findings may carry (an issue's `rule`, a 422's error code). */
  reports: readonly [R, ...R[]];
  category: Category;
  severity: Severity;
  /** The rule's findings on this dossier: none when it passes. */
  check(context: RuleContext): Finding<R>[];
}

/**
 * Declares a rule whose findings the compiler holds to its `reports`: a finding with an undeclared
 * id, or an `id` missing from `reports`, does not compile.
 */
export const defineRule = <const R extends string>(rule: {
  id: NoInfer<R>;
  reports: readonly [R, ...R[]];
  category: Category;
  severity: Severity;
  check(context: RuleContext): Finding<NoInfer<R>>[];
}): Rule<R> => rule;
