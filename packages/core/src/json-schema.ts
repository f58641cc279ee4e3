import * as z from 'zod/mini';
import { partMetadata, SCHEMA_DESCRIPTIONS } from './json-schema-descriptions.js';
import * as schemas from './schemas/index.js';
import { Instant } from './time.js';
import { LocalizedText } from './i18n.js';

/** Every schema of the API that has a name; the OpenAPI document and the JSON Schema files come from here. */
export const NAMED_SCHEMAS = {
  Instant,
  LocalizedText,
  CallDate: schemas.CallDate,
  Milestone: schemas.Milestone,
  Phase: schemas.Phase,
  DocumentKindRule: schemas.DocumentKindRule,
  Criterion: schemas.Criterion,
  EligibilityParameters: schemas.EligibilityParameters,
  FormField: schemas.FormField,
  FormSection: schemas.FormSection,
  CallDefinition: schemas.CallDefinition,
  CallSummary: schemas.CallSummary,
  Application: schemas.Application,
  ApplicationDraftContent: schemas.ApplicationDraftContent,
  ApplicationContent: schemas.ApplicationContent,
  ApplicationStatus: schemas.ApplicationStatus,
  Role: schemas.Role,
  LifecycleAction: schemas.LifecycleAction,
  DecisionAction: schemas.DecisionAction,
  CreateApplicationRequest: schemas.CreateApplicationRequest,
  DocumentRef: schemas.DocumentRef,
  Decision: schemas.Decision,
  DecisionRequest: schemas.DecisionRequest,
  Message: schemas.Message,
  SendMessageRequest: schemas.SendMessageRequest,
  Credentials: schemas.Credentials,
  SignInRequest: schemas.SignInRequest,
  Account: schemas.Account,
  Session: schemas.Session,
  Collaborator: schemas.Collaborator,
  TokenRequest: schemas.TokenRequest,
  EmailSent: schemas.EmailSent,
  Lang: schemas.LangCode,
  SignUpRequest: schemas.SignUpRequest,
  PasswordResetRequest: schemas.PasswordResetRequest,
  PasswordResetCompletion: schemas.PasswordResetCompletion,
  ChangePasswordRequest: schemas.ChangePasswordRequest,
  ChangeEmailRequest: schemas.ChangeEmailRequest,
  UpdateAccountRequest: schemas.UpdateAccountRequest,
  DeleteAccountRequest: schemas.DeleteAccountRequest,
  Invitation: schemas.Invitation,
  InvitationRequest: schemas.InvitationRequest,
  TransferOwnershipRequest: schemas.TransferOwnershipRequest,
  CommuneClaim: schemas.CommuneClaim,
  CommuneClaimRequest: schemas.CommuneClaimRequest,
  CommuneClaimDecision: schemas.CommuneClaimDecision,
  OrganiserWithdrawalRequest: schemas.OrganiserWithdrawalRequest,
  ReassignRequest: schemas.ReassignRequest,
  HistoryEntry: schemas.HistoryEntry,
  Problem: schemas.Problem,
  FieldError: schemas.FieldError,
  RuleIssue: schemas.RuleIssue,
  ScaleLevel: schemas.ScaleLevel,
  ReviewerInvitationRequest: schemas.ReviewerInvitationRequest,
  ReviewerInvitationAcceptance: schemas.ReviewerInvitationAcceptance,
  Reviewer: schemas.Reviewer,
  AssignmentRequest: schemas.AssignmentRequest,
  ConflictOfInterestRequest: schemas.ConflictOfInterestRequest,
  Assignment: schemas.Assignment,
  CriterionRating: schemas.CriterionRating,
  AssessmentDraft: schemas.AssessmentDraft,
  Assessment: schemas.Assessment,
  CriterionSpread: schemas.CriterionSpread,
  SynthesisRequest: schemas.SynthesisRequest,
  Synthesis: schemas.Synthesis,
  AssessmentsView: schemas.AssessmentsView,
  AnnotationRequest: schemas.AnnotationRequest,
  Annotation: schemas.Annotation,
  BoardRow: schemas.BoardRow,
  Board: schemas.Board,
  Receipt: schemas.Receipt,
  AdviceRequestBody: schemas.AdviceRequestBody,
  AdviceRequest: schemas.AdviceRequest,
  SectionCommentRequest: schemas.SectionCommentRequest,
  SectionComment: schemas.SectionComment,
  Notification: schemas.Notification,
  AgreementRequest: schemas.AgreementRequest,
} as const;

/**
 * The name of one of the API's named schemas (`NAMED_SCHEMAS`), as it appears in the OpenAPI document and in
 * `jsonSchemas()`.
 */
export type SchemaName = keyof typeof NAMED_SCHEMAS;

/**
 * JSON Schema (2020-12) of every named schema, with cross references as `$ref`s into `refBase`
 * ("#/components/schemas/" for OpenAPI, "#/$defs/" for a standalone bundle).
 * Uses zod 4's own converter: zod-to-json-schema only understands zod 3.
 */
export function jsonSchemas(
  refBase = '#/components/schemas/',
  io: 'input' | 'output' = 'output',
): Record<string, unknown> {
  // One registry names the schemas and holds their words; zod's global registry is left alone.
  const registry = z.registry<z.core.GlobalMeta>();
  for (const [id, schema] of Object.entries(NAMED_SCHEMAS)) {
    const description = SCHEMA_DESCRIPTIONS[id as SchemaName];
    registry.add(schema, description ? { id, description } : { id });
  }
  for (const [schema, meta] of partMetadata()) registry.add(schema, meta);
  const { schemas: out } = z.toJSONSchema(registry, {
    uri: (id) => `${refBase}${id}`,
    io,
    unrepresentable: 'any',
    metadata: registry,
  }) as { schemas: Record<string, Record<string, unknown>> };
  if ('__shared' in out)
    throw new Error(
      'Schemas missing from NAMED_SCHEMAS: ' + Object.keys((out.__shared as { $defs: object }).$defs).join(', '),
    );
  for (const schema of Object.values(out)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return out;
}
