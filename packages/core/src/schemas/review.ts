import * as z from 'zod/mini';
import { LANGS } from '../lang.js';
import { Instant } from '../time.js';
import { ApplicationStatus } from './lifecycle.js';

// The scale's level lives beside the call's schema, which names it (scale.ts): its importers keep this name.
export { ScaleLevel } from './scale.js';

/*
 * The organisers' side of a call (issue 16): reviewers and their assignments, assessments per
 * criterion, the committee's synthesis, private annotations, the board, submission receipts,
 * accompaniment before the deadline and in-app notifications.
 */

// ---------------------------------------------------------------- reviewers

/** Organisers invite a committee member or partner expert by e-mail; the link makes their account a reviewer's. */
export const ReviewerInvitationRequest = z.object({
  email: z.email().check(z.maxLength(254)),
  /** Their organisation, shown to organisers beside their name (ADEME, RATP…). */
  organisation: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  lang: z.optional(z.enum(LANGS)),
  /** A page of an allowed origin where the e-mail's link lands (its fragment carries the token). */
  continueUrl: z.optional(z.url().check(z.maxLength(2000))),
});
export type ReviewerInvitationRequest = z.infer<typeof ReviewerInvitationRequest>;

/**
 * Accepting takes the e-mail's token. An address without an account chooses its password here
 * (the policy of sign-up applies); an existing account keeps its own. The answer signs in (Session).
 */
export const ReviewerInvitationAcceptance = z.object({
  token: z.string().check(z.minLength(20), z.maxLength(200)),
  password: z.optional(z.string().check(z.minLength(10), z.maxLength(128))),
});
export type ReviewerInvitationAcceptance = z.infer<typeof ReviewerInvitationAcceptance>;

/**
 * A reviewer of the call, as organisers see them: invited (not yet accepted), active, or removed; with their
 * address and organisation.
 */
export const Reviewer = z.object({
  /** The invitation's id while pending; the account's once accepted. */
  id: z.string(),
  accountId: z.optional(z.string()),
  email: z.email(),
  organisation: z.string(),
  status: z.enum(['invited', 'active', 'removed']),
  invitedAt: Instant,
  /** Dossiers assigned, and how many of them they declared a conflict of interest on. */
  assigned: z.number().check(z.int(), z.nonnegative()),
  conflicts: z.number().check(z.int(), z.nonnegative()),
});
export type Reviewer = z.infer<typeof Reviewer>;

// ---------------------------------------------------------------- assignments and conflicts

/** The body that assigns a reviewer to a dossier (`client.assignments.assign`). */
export const AssignmentRequest = z.object({ reviewerId: z.string().check(z.minLength(1), z.maxLength(64)) });
export type AssignmentRequest = z.infer<typeof AssignmentRequest>;

/** The body of a reviewer's declaration of a conflict of interest on a dossier assigned to them. */
export const ConflictOfInterestRequest = z.object({
  /** Why (a family tie, a former employer, a partner of the dossier…): read by organisers only. */
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
});
export type ConflictOfInterestRequest = z.infer<typeof ConflictOfInterestRequest>;

/** A reviewer assigned to a dossier, and whether they declared a conflict of interest on it. */
export const Assignment = z.object({
  applicationId: z.string(),
  reviewerId: z.string(),
  email: z.email(),
  organisation: z.string(),
  assignedAt: Instant,
  /** Once declared, the reviewer no longer opens the dossier and their assessment is not expected. */
  conflict: z.optional(z.object({ declaredAt: Instant, reason: z.string() })),
  assessment: z.enum(['not_started', 'draft', 'submitted']),
});
export type Assignment = z.infer<typeof Assignment>;

// ---------------------------------------------------------------- assessments

/** A reviewer's rating of one criterion of the call, with their comment. */
export const CriterionRating = z.object({
  /** A value of the call's scale; null while not yet chosen. */
  rating: z.nullable(z.number().check(z.int(), z.gte(0), z.lte(100))),
  comment: z.string().check(z.maxLength(8000)),
});
export type CriterionRating = z.infer<typeof CriterionRating>;

/** The reviewer's draft: any subset of the call's criteria, saved as often as they like. */
export const AssessmentDraft = z.object({ ratings: z.record(z.string().check(z.maxLength(64)), CriterionRating) });
export type AssessmentDraft = z.infer<typeof AssessmentDraft>;

/** One reviewer's assessment of a dossier: a rating and a comment per criterion, a draft until submitted. */
export const Assessment = z.object({
  id: z.string(),
  applicationId: z.string(),
  reviewerId: z.string(),
  email: z.email(),
  organisation: z.string(),
  status: z.enum(['draft', 'submitted']),
  ratings: z.record(z.string(), CriterionRating),
  /** Increases with each save; PUT takes it in If-Match. */
  revision: z.number().check(z.int(), z.positive()),
  updatedAt: Instant,
  submittedAt: z.optional(Instant),
});
export type Assessment = z.infer<typeof Assessment>;

/** How the submitted ratings of one criterion spread: guidance for the committee, never a ranking. */
export const CriterionSpread = z.object({
  criterionId: z.string(),
  /** One entry per submitted assessment, in the order of `assessments`; null where left unrated. */
  ratings: z.array(z.nullable(z.number().check(z.int()))),
  count: z.number().check(z.int(), z.nonnegative()),
  min: z.optional(z.number().check(z.int())),
  max: z.optional(z.number().check(z.int())),
  median: z.optional(z.number()),
});
export type CriterionSpread = z.infer<typeof CriterionSpread>;

/**
 * The body of the committee's synthesis of a dossier's assessments, written by organisers: a text, and
 * optionally one per criterion (by criterion id).
 */
export const SynthesisRequest = z.object({
  text: z.string().check(z.maxLength(20000)),
  perCriterion: z.optional(z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(8000)))),
});
export type SynthesisRequest = z.infer<typeof SynthesisRequest>;

/** The committee's synthesis of a dossier's assessments, with who last changed it and when. */
export const Synthesis = z.extend(SynthesisRequest, { updatedBy: z.string(), updatedAt: Instant });
export type Synthesis = z.infer<typeof Synthesis>;

/**
 * What a person sees of a dossier's assessments. Organisers: every assessment (drafts included),
 * the spread of the submitted ones and the synthesis. A reviewer: only their own until they submit
 * it (no anchoring on others' ratings); then all submitted ones, the spread and the synthesis.
 */
export const AssessmentsView = z.object({
  assessments: z.array(Assessment),
  /** Submitted assessments / assessments expected (assigned reviewers without a conflict). */
  submitted: z.number().check(z.int(), z.nonnegative()),
  expected: z.number().check(z.int(), z.nonnegative()),
  spread: z.array(CriterionSpread),
  synthesis: z.optional(Synthesis),
  /** False for a reviewer who has not yet submitted: the others' ratings are withheld. */
  othersVisible: z.boolean(),
});
export type AssessmentsView = z.infer<typeof AssessmentsView>;

// ---------------------------------------------------------------- annotations (organisers only)

/** The body of a private annotation on a dossier (`client.annotations.create`). */
export const AnnotationRequest = z.object({ text: z.string().check(z.trim(), z.minLength(1), z.maxLength(8000)) });
export type AnnotationRequest = z.infer<typeof AnnotationRequest>;

/** A private note of organisers on a dossier: never shown to the commune nor to reviewers. */
export const Annotation = z.object({
  id: z.string(),
  applicationId: z.string(),
  authorId: z.string(),
  authorEmail: z.string(),
  text: z.string(),
  createdAt: Instant,
});
export type Annotation = z.infer<typeof Annotation>;

// ---------------------------------------------------------------- the board

/**
 * One dossier on the organisers' (or a reviewer's) board: its commune and status, whether it holds the
 * commune's place, what the call's rules say of it, its reviewers and assessments, the accompaniment and the
 * agreement.
 */
export const BoardRow = z.object({
  id: z.string(),
  commune: z.string(),
  communeName: z.string(),
  status: ApplicationStatus,
  /** Whether the dossier holds the commune's place (only that one can be submitted). */
  holdsPlace: z.boolean(),
  /** From `evaluate()` of @qmi/validators, the same rules as the applicant's form. */
  complete: z.boolean(),
  missing: z.number().check(z.int(), z.nonnegative()),
  eligible: z.boolean(),
  eligibilityIssues: z.array(z.string()),
  updatedAt: Instant,
  submittedAt: z.optional(Instant),
  reviewers: z.array(z.object({ id: z.string(), email: z.string(), organisation: z.string(), conflict: z.boolean() })),
  assessments: z.object({
    submitted: z.number().check(z.int(), z.nonnegative()),
    expected: z.number().check(z.int(), z.nonnegative()),
  }),
  /** An open request for advice on the draft (accompaniment). */
  adviceRequested: z.boolean(),
  /** For a selected dossier: when the agreement must be signed by, and whether it was. */
  agreementDeadline: z.optional(Instant),
  agreementSignedAt: z.optional(Instant),
  /** On a reviewer's board: where their own assessment of the dossier stands. */
  myAssessment: z.optional(z.enum(['not_started', 'draft', 'submitted'])),
});
export type BoardRow = z.infer<typeof BoardRow>;

/**
 * The board of a call (`client.board.get`): one row per dossier, the number of dossiers per status, and how
 * many are selected out of the call's maximum.
 */
export const Board = z.object({
  callId: z.string(),
  rows: z.array(BoardRow),
  /** Dossiers per status, over all rows. */
  counts: z.record(z.string(), z.number().check(z.int(), z.nonnegative())),
  maxSelected: z.optional(z.number().check(z.int(), z.positive())),
  selected: z.number().check(z.int(), z.nonnegative()),
});
export type Board = z.infer<typeof Board>;

// ---------------------------------------------------------------- receipts

/** A document of a submitted dossier as its receipt lists it: kind, name, size and SHA-256 of its bytes. */
export const ReceiptDocument = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  size: z.number().check(z.int(), z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

/**
 * The receipt of a submission: when it was made, the hash of the submitted content and the documents' hashes,
 * so that what was submitted can be proven later.
 */
export const Receipt = z.object({
  id: z.string(),
  applicationId: z.string(),
  commune: z.string(),
  communeName: z.string(),
  submittedAt: Instant,
  /** SHA-256 of the submitted content (canonical JSON: keys sorted, no spaces). */
  contentSha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  documents: z.array(ReceiptDocument),
  /** SHA-256 of the PDF itself, to prove a printed copy unchanged. */
  pdfSha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type Receipt = z.infer<typeof Receipt>;

// ---------------------------------------------------------------- accompaniment

/** The body of a commune's request for advice on its draft (`client.advice.request`). */
export const AdviceRequestBody = z.object({ message: z.string().check(z.trim(), z.minLength(1), z.maxLength(4000)) });
export type AdviceRequestBody = z.infer<typeof AdviceRequestBody>;

/** A commune's request for advice on its draft, open until the organisers answer it (with section comments). */
export const AdviceRequest = z.object({
  id: z.string(),
  applicationId: z.string(),
  requestedBy: z.string(),
  message: z.string(),
  status: z.enum(['open', 'answered']),
  createdAt: Instant,
  answeredAt: z.optional(Instant),
});
export type AdviceRequest = z.infer<typeof AdviceRequest>;

/** The body of an organiser's comment on one section of a draft. */
export const SectionCommentRequest = z.object({
  sectionId: z.string().check(z.minLength(1), z.maxLength(64)),
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(8000)),
});
export type SectionCommentRequest = z.infer<typeof SectionCommentRequest>;

/** An organiser's comment on one section of a draft (accompaniment before the deadline), read by the commune. */
export const SectionComment = z.object({
  id: z.string(),
  applicationId: z.string(),
  /** A section of the call's form (`formSections[].id`), or "documents". */
  sectionId: z.string(),
  text: z.string(),
  authorId: z.string(),
  createdAt: Instant,
  resolvedAt: z.optional(Instant),
});
export type SectionComment = z.infer<typeof SectionComment>;

// ---------------------------------------------------------------- notifications

/**
 * What a notification is about: a change of a dossier's status, a message, advice asked or given, an
 * assignment, an assessment submitted.
 */
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

/**
 * An in-app notification of the signed-in person: what happened to which dossier, when, and whether it was
 * read.
 */
export const Notification = z.object({
  id: z.string(),
  kind: NotificationKind,
  applicationId: z.string(),
  commune: z.string(),
  /** What happened, in the language of the request. */
  title: z.string(),
  createdAt: Instant,
  readAt: z.optional(Instant),
});
export type Notification = z.infer<typeof Notification>;

/** The body that records when a selected dossier's agreement was signed (`client.dossiers.recordAgreement`). */
export const AgreementRequest = z.object({ signedAt: Instant });
export type AgreementRequest = z.infer<typeof AgreementRequest>;
