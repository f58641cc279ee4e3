export { evaluate, issuesAsFieldErrors, RULES, type Issue, type Report, type EvaluateOptions } from './evaluate.js';
export {
  applicationWindowState,
  applicationWindowMessage,
  windowStateFor,
  formatCallInstant,
  type WindowState,
} from './application-window.js';
export {
  MGP,
  territoryDirectory,
  foldName,
  type Commune,
  type CommuneMatch,
  type TerritoryDirectory,
} from './communes/directory.js';
export {
  criteriaSignals,
  CRITERIA_NOTE,
  DEVELOPED_TEXT,
  SHORT_TEXT,
  DIVERSE_PARTNER_TYPES,
  type CriterionReport,
  type CriterionStatus,
  type Signal,
} from './criteria.js';
export { sectionProgress, type SectionProgress, type SectionStatus } from './progress.js';
export { MESSAGES, message, type Params } from './messages.js';
export type { EvaluableApplication, Rule, RuleContext, Finding, Severity, Category } from './rules/types.js';
export {
  communeRequired,
  communeInTerritory,
  communeNotExcluded,
  oneApplicationPerCommune,
  windowOpen,
  ELIGIBILITY_RULES,
} from './rules/eligibility.js';
export { formFields, preferredSector } from './rules/fields.js';
export {
  documentCount,
  documentFiles,
  documentsTotalSize,
  partnerSupportLetters,
  DOCUMENT_RULES,
} from './rules/documents.js';
export {
  checkDocumentFile,
  checkDocumentLimits,
  dossierDocuments,
  type DocumentFile,
  type DocumentFileRule,
  type DocumentRefusal,
  type DocumentRefusalCode,
  type DocumentUsage,
  type DossierDocuments,
} from './rules/document-file.js';
export { MEDIA_TYPE_EXTENSIONS, mediaTypeOfName } from './rules/media-types.js';
