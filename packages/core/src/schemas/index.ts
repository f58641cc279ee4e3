export {
  CallDate,
  CallDefinition,
  CallSummary,
  ChoiceOption,
  Criterion,
  DocumentKindRule,
  EligibilityParameters,
  ExcludedCommune,
  FieldType,
  FormField,
  FormSection,
  Milestone,
  MilestoneKind,
  Phase,
  type FormFieldShape,
} from './call.js';
export {
  Application,
  applicationContent,
  ApplicationContent,
  ApplicationDraftContent,
  CreateApplicationRequest,
  DocumentRef,
  InseeCode,
  PartnerType,
  SERVER_FIELDS,
  withContent,
  type ApplicationPatch,
} from './application.js';
export {
  APPLICATION_STATUSES,
  ApplicationStatus,
  Decision,
  DecisionAction,
  DecisionRequest,
  EDITABLE_STATUSES,
  isEditable,
  LifecycleAction,
  nextStatus,
  Role,
  TRANSITIONS,
  type Transition,
} from './lifecycle.js';
export { Message, SendMessageRequest } from './message.js';
export { Account, AddCollaboratorRequest, Collaborator, Credentials, Session, SignInRequest } from './account.js';
export { FieldError, pageOf, Problem, RuleIssue, type Page } from './problem.js';
