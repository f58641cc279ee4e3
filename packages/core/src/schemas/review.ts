import * as z from 'zod';
import { LocalizedText } from '../i18n.js';
import { LANGS } from '../lang.js';
import { Instant } from '../time.js';
import { ApplicationStatus } from './lifecycle.js';

/*
 * The organisers' side of a call (issue 16): reviewers and their assignments, assessments per
 * criterion, the committee's synthesis, private annotations, the board, submission receipts,
 * accompaniment before the deadline and in-app notifications.
 */

/** One level of the call's assessment scale (QMI 2: four levels, 1 "Insuffisant" to 4 "Excellent"). */
export const ScaleLevel = z
  .object({
    value: z.number().int().min(0).max(100),
    label: LocalizedText,
    description: LocalizedText.optional(),
  })
  .meta({ id: 'ScaleLevel' });
export type ScaleLevel = z.infer<typeof ScaleLevel>;

// ---------------------------------------------------------------- reviewers

/** Organisers invite a committee member or partner expert by e-mail; the link makes their account a reviewer's. */
export const ReviewerInvitationRequest = z
  .object({
    email: z.email().max(254),
    /** Their organisation, shown to organisers beside their name (ADEME, RATP…). */
    organisation: z.string().trim().min(1).max(200),
    lang: z.enum(LANGS).optional(),
    /** A page of an allowed origin where the e-mail's link lands (its fragment carries the token). */
    continueUrl: z.url().max(2000).optional(),
  })
  .meta({ id: 'ReviewerInvitationRequest' });
export type ReviewerInvitationRequest = z.infer<typeof ReviewerInvitationRequest>;

/**
 * Accepting takes the e-mail's token. An address without an account chooses its password here
 * (the policy of sign-up applies); an existing account keeps its own. The answer signs in (Session).
 */
export const ReviewerInvitationAcceptance = z
  .object({ token: z.string().min(20).max(200), password: z.string().min(10).max(128).optional() })
  .meta({ id: 'ReviewerInvitationAcceptance' });
export type ReviewerInvitationAcceptance = z.infer<typeof ReviewerInvitationAcceptance>;

export const Reviewer = z
  .object({
    /** The invitation's id while pending; the account's once accepted. */
    id: z.string(),
    accountId: z.string().optional(),
    email: z.email(),
    organisation: z.string(),
    status: z.enum(['invited', 'active', 'removed']),
    invitedAt: Instant,
    /** Dossiers assigned, and how many of them they declared a conflict of interest on. */
    assigned: z.number().int().nonnegative(),
    conflicts: z.number().int().nonnegative(),
  })
  .meta({ id: 'Reviewer', description: 'A committee member or partner expert invited by the organisers.' });
export type Reviewer = z.infer<typeof Reviewer>;

// ---------------------------------------------------------------- assignments and conflicts

export const AssignmentRequest = z.object({ reviewerId: z.string().min(1).max(64) }).meta({ id: 'AssignmentRequest' });
export type AssignmentRequest = z.infer<typeof AssignmentRequest>;

export const ConflictOfInterestRequest = z
  .object({
    /** Why (a family tie, a former employer, a partner of the dossier…): read by organisers only. */
    reason: z.string().trim().min(1).max(2000),
  })
  .meta({ id: 'ConflictOfInterestRequest' });
export type ConflictOfInterestRequest = z.infer<typeof ConflictOfInterestRequest>;

export const Assignment = z
  .object({
    applicationId: z.string(),
    reviewerId: z.string(),
    email: z.email(),
    organisation: z.string(),
    assignedAt: Instant,
    /** Once declared, the reviewer no longer opens the dossier and their assessment is not expected. */
    conflict: z.object({ declaredAt: Instant, reason: z.string() }).optional(),
    assessment: z.enum(['not_started', 'draft', 'submitted']),
  })
  .meta({ id: 'Assignment', description: 'A reviewer assigned to a dossier by the organisers.' });
export type Assignment = z.infer<typeof Assignment>;

// ---------------------------------------------------------------- assessments

export const CriterionRating = z
  .object({
    /** A value of the call's scale; null while not yet chosen. */
    rating: z.number().int().min(0).max(100).nullable(),
    comment: z.string().max(8000),
  })
  .meta({ id: 'CriterionRating' });
export type CriterionRating = z.infer<typeof CriterionRating>;

/** The reviewer's draft: any subset of the call's criteria, saved as often as they like. */
export const AssessmentDraft = z
  .object({ ratings: z.record(z.string().max(64), CriterionRating) })
  .meta({ id: 'AssessmentDraft' });
export type AssessmentDraft = z.infer<typeof AssessmentDraft>;

export const Assessment = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    reviewerId: z.string(),
    email: z.email(),
    organisation: z.string(),
    status: z.enum(['draft', 'submitted']),
    ratings: z.record(z.string(), CriterionRating),
    /** Increases with each save; PUT takes it in If-Match. */
    revision: z.number().int().positive(),
    updatedAt: Instant,
    submittedAt: Instant.optional(),
  })
  .meta({ id: 'Assessment', description: 'One reviewer’s ratings and comments per criterion.' });
export type Assessment = z.infer<typeof Assessment>;

/** How the submitted ratings of one criterion spread: guidance for the committee, never a ranking. */
export const CriterionSpread = z
  .object({
    criterionId: z.string(),
    /** One entry per submitted assessment, in the order of `assessments`; null where left unrated. */
    ratings: z.array(z.number().int().nullable()),
    count: z.number().int().nonnegative(),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
    median: z.number().optional(),
  })
  .meta({ id: 'CriterionSpread' });
export type CriterionSpread = z.infer<typeof CriterionSpread>;

export const SynthesisRequest = z
  .object({
    text: z.string().max(20000),
    perCriterion: z.record(z.string().max(64), z.string().max(8000)).optional(),
  })
  .meta({ id: 'SynthesisRequest' });
export type SynthesisRequest = z.infer<typeof SynthesisRequest>;

export const Synthesis = SynthesisRequest.extend({ updatedBy: z.string(), updatedAt: Instant }).meta({
  id: 'Synthesis',
  description: 'The committee’s synthesis of a dossier, written by organisers.',
});
export type Synthesis = z.infer<typeof Synthesis>;

/**
 * What a person sees of a dossier's assessments. Organisers: every assessment (drafts included),
 * the spread of the submitted ones and the synthesis. A reviewer: only their own until they submit
 * it (no anchoring on others' ratings); then all submitted ones, the spread and the synthesis.
 */
export const AssessmentsView = z
  .object({
    assessments: z.array(Assessment),
    /** Submitted assessments / assessments expected (assigned reviewers without a conflict). */
    submitted: z.number().int().nonnegative(),
    expected: z.number().int().nonnegative(),
    spread: z.array(CriterionSpread),
    synthesis: Synthesis.optional(),
    /** False for a reviewer who has not yet submitted: the others' ratings are withheld. */
    othersVisible: z.boolean(),
  })
  .meta({ id: 'AssessmentsView' });
export type AssessmentsView = z.infer<typeof AssessmentsView>;

// ---------------------------------------------------------------- annotations (organisers only)

export const AnnotationRequest = z
  .object({ text: z.string().trim().min(1).max(8000) })
  .meta({ id: 'AnnotationRequest' });
export type AnnotationRequest = z.infer<typeof AnnotationRequest>;

export const Annotation = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    authorId: z.string(),
    authorEmail: z.string(),
    text: z.string(),
    createdAt: Instant,
  })
  .meta({ id: 'Annotation', description: 'A private note of the organisers on a dossier; never shown to applicants.' });
export type Annotation = z.infer<typeof Annotation>;

// ---------------------------------------------------------------- the board

export const BoardRow = z
  .object({
    id: z.string(),
    commune: z.string(),
    communeName: z.string(),
    status: ApplicationStatus,
    /** Whether the dossier holds the commune's place (only that one can be submitted). */
    holdsPlace: z.boolean(),
    /** From `evaluate()` of @qmi/validators, the same rules as the applicant's form. */
    complete: z.boolean(),
    missing: z.number().int().nonnegative(),
    eligible: z.boolean(),
    eligibilityIssues: z.array(z.string()),
    updatedAt: Instant,
    submittedAt: Instant.optional(),
    reviewers: z.array(
      z.object({ id: z.string(), email: z.string(), organisation: z.string(), conflict: z.boolean() }),
    ),
    assessments: z.object({ submitted: z.number().int().nonnegative(), expected: z.number().int().nonnegative() }),
    /** An open request for advice on the draft (accompaniment). */
    adviceRequested: z.boolean(),
    /** For a selected dossier: when the agreement must be signed by, and whether it was. */
    agreementDeadline: Instant.optional(),
    agreementSignedAt: Instant.optional(),
    /** On a reviewer's board: where their own assessment of the dossier stands. */
    myAssessment: z.enum(['not_started', 'draft', 'submitted']).optional(),
  })
  .meta({ id: 'BoardRow', description: 'One dossier on the organisers’ board.' });
export type BoardRow = z.infer<typeof BoardRow>;

export const Board = z
  .object({
    callId: z.string(),
    rows: z.array(BoardRow),
    /** Dossiers per status, over all rows. */
    counts: z.record(z.string(), z.number().int().nonnegative()),
    maxSelected: z.number().int().positive().optional(),
    selected: z.number().int().nonnegative(),
  })
  .meta({
    id: 'Board',
    description: 'The dossiers of a call for organisers (all) or a reviewer (those assigned, without a conflict).',
  });
export type Board = z.infer<typeof Board>;

// ---------------------------------------------------------------- receipts

export const ReceiptDocument = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const Receipt = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    commune: z.string(),
    communeName: z.string(),
    submittedAt: Instant,
    /** SHA-256 of the submitted content (canonical JSON: keys sorted, no spaces). */
    contentSha256: z.string().regex(/^[0-9a-f]{64}$/),
    documents: z.array(ReceiptDocument),
    /** SHA-256 of the PDF itself, to prove a printed copy unchanged. */
    pdfSha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .meta({ id: 'Receipt', description: 'The « récépissé de dépôt » issued at each submission.' });
export type Receipt = z.infer<typeof Receipt>;

// ---------------------------------------------------------------- accompaniment

export const AdviceRequestBody = z
  .object({ message: z.string().trim().min(1).max(4000) })
  .meta({ id: 'AdviceRequestBody' });
export type AdviceRequestBody = z.infer<typeof AdviceRequestBody>;

export const AdviceRequest = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    requestedBy: z.string(),
    message: z.string(),
    status: z.enum(['open', 'answered']),
    createdAt: Instant,
    answeredAt: Instant.optional(),
  })
  .meta({ id: 'AdviceRequest', description: 'A commune asks the organisers for advice on its draft.' });
export type AdviceRequest = z.infer<typeof AdviceRequest>;

export const SectionCommentRequest = z
  .object({ sectionId: z.string().min(1).max(64), text: z.string().trim().min(1).max(8000) })
  .meta({ id: 'SectionCommentRequest' });
export type SectionCommentRequest = z.infer<typeof SectionCommentRequest>;

export const SectionComment = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    /** A section of the call's form (`formSections[].id`), or "documents". */
    sectionId: z.string(),
    text: z.string(),
    authorId: z.string(),
    createdAt: Instant,
    resolvedAt: Instant.optional(),
  })
  .meta({ id: 'SectionComment', description: 'An organiser’s advice on one section of a draft, shown beside it.' });
export type SectionComment = z.infer<typeof SectionComment>;

// ---------------------------------------------------------------- notifications

export const NotificationKind = z.enum([
  'submitted',
  'changes_requested',
  'declared_eligible',
  'declared_ineligible',
  'selected',
  'not_selected',
  'message',
  'advice_given',
  'advice_requested',
  'assigned',
  /** To organisers, in-app only: a reviewer submitted their assessment. */
  'assessment_submitted',
]);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const Notification = z
  .object({
    id: z.string(),
    kind: NotificationKind,
    applicationId: z.string(),
    commune: z.string(),
    /** What happened, in the language of the request. */
    title: z.string(),
    createdAt: Instant,
    readAt: Instant.optional(),
  })
  .meta({ id: 'Notification', description: 'An event also sent by e-mail, shown in the components.' });
export type Notification = z.infer<typeof Notification>;

export const AgreementRequest = z
  .object({ signedAt: Instant })
  .meta({ id: 'AgreementRequest', description: 'Organisers record the date the laureate signed its agreement.' });
export type AgreementRequest = z.infer<typeof AgreementRequest>;
