import * as z from 'zod/mini';
import { LANGS } from '../lang.js';
import { Instant } from '../time.js';
import { InseeCode } from './application.js';

/**
 * Who speaks for a commune (issue 15): e-mail verification, password reset, address change, commune
 * claims decided by organisers, invitations to a dossier, its history. One file for the requests and
 * resources of the account lifecycle, so that the server, the client and the OpenAPI share them.
 */

export const LangCode = z.enum(LANGS);

/**
 * Where the link of an e-mail (verification, reset, invitation) leads: a page of a partner site whose
 * origin the platform allows (QMI_ALLOWED_ORIGINS), or the platform's own. The token travels in the
 * fragment (`#qmi-action=…&qmi-token=…`), which browsers never send to a server.
 */
export const ContinueUrl = z.url({ protocol: /^https?$/ }).check(z.maxLength(2000));

/** The answer to every request whose outcome must not say whether an address has an account. */
export const EmailSent = z.object({ status: z.literal('email_sent') });
export type EmailSent = z.infer<typeof EmailSent>;

/**
 * The body of a sign-up with an e-mail address and a password (`client.auth.signUp`). The password has 10 to
 * 128 characters (the server also checks its strength); `lang` is the language of the platform's e-mails; the
 * answer is always {@link EmailSent}, whether or not the address already had an account.
 */
export const SignUpRequest = z.object({
  email: z.email().check(z.maxLength(254)),
  password: z.string().check(z.minLength(10), z.maxLength(128)),
  lang: z.optional(LangCode),
  continueUrl: z.optional(ContinueUrl),
});
export type SignUpRequest = z.infer<typeof SignUpRequest>;

/** A single-use token from an e-mail's link. */
export const TokenRequest = z.object({ token: z.string().check(z.minLength(20), z.maxLength(200)) });
export type TokenRequest = z.infer<typeof TokenRequest>;

/**
 * The body of a request for a password-reset e-mail (`client.auth.requestPasswordReset`): answered with
 * {@link EmailSent} whether or not the address has an account.
 */
export const PasswordResetRequest = z.object({
  email: z.email().check(z.maxLength(254)),
  continueUrl: z.optional(ContinueUrl),
});
export type PasswordResetRequest = z.infer<typeof PasswordResetRequest>;

/**
 * The body that sets a new password with the single-use token of a reset e-mail
 * (`client.auth.resetPassword`).
 */
export const PasswordResetCompletion = z.object({
  token: z.string().check(z.minLength(20), z.maxLength(200)),
  password: z.string().check(z.minLength(10), z.maxLength(128)),
});
export type PasswordResetCompletion = z.infer<typeof PasswordResetCompletion>;

/**
 * The body of a change of password by the signed-in person (`client.account.changePassword`): the current
 * password, then the new one (10 to 128 characters).
 */
export const ChangePasswordRequest = z.object({
  currentPassword: z.string().check(z.minLength(1), z.maxLength(200)),
  newPassword: z.string().check(z.minLength(10), z.maxLength(128)),
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

/**
 * The body of a change of e-mail address (`client.account.changeEmail`): a link is sent to the new address,
 * and the address changes only when that link is followed.
 */
export const ChangeEmailRequest = z.object({
  newEmail: z.email().check(z.maxLength(254)),
  /** Absent for accounts that sign in with ProConnect only. */
  password: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  continueUrl: z.optional(ContinueUrl),
});
export type ChangeEmailRequest = z.infer<typeof ChangeEmailRequest>;

/**
 * The body of a change of the account's own details (`client.account.update`): the language of its e-mails
 * and the person's names; an absent field is left as it is.
 */
export const UpdateAccountRequest = z.object({
  lang: z.optional(LangCode),
  givenName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
  usualName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(100))),
});
export type UpdateAccountRequest = z.infer<typeof UpdateAccountRequest>;

/** The body of the deletion of one's own account (`client.account.delete`, GDPR art. 17). */
export const DeleteAccountRequest = z.object({
  /** The account's e-mail address, typed again: deleting is not done by accident. */
  confirmEmail: z.string().check(z.minLength(1), z.maxLength(254)),
  /** Required for accounts with a password. */
  password: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
});
export type DeleteAccountRequest = z.infer<typeof DeleteAccountRequest>;

/**
 * How an account came to be verified for a commune: through ProConnect (its `siret` claim names the town
 * hall), by an organiser's decision on a commune claim, or by the platform's configuration.
 */
export const VerificationSource = z.enum(['proconnect', 'organiser', 'configuration']);
export type VerificationSource = z.infer<typeof VerificationSource>;

/** A commune this account is verified for: it may hold the commune's place in a call and submit. */
export const VerifiedCommune = z.object({ commune: InseeCode, source: VerificationSource, verifiedAt: Instant });
export type VerifiedCommune = z.infer<typeof VerifiedCommune>;

/**
 * Where a commune claim stands: waiting for an organiser, approved, refused, or cancelled by the person who
 * made it.
 */
export const CommuneClaimStatus = z.enum(['pending', 'approved', 'refused', 'cancelled']);
export type CommuneClaimStatus = z.infer<typeof CommuneClaimStatus>;

/** The body of a request to represent a commune (`client.communeClaims.create`), which an organiser decides. */
export const CommuneClaimRequest = z.object({
  commune: InseeCode,
  /** The person's full name, as the town hall knows them. */
  name: z.string().check(z.trim(), z.minLength(2), z.maxLength(200)),
  /** Their role in the town hall ("Directrice de l'innovation", "Chargé de mission"). */
  townHallRole: z.string().check(z.trim(), z.minLength(2), z.maxLength(200)),
});
export type CommuneClaimRequest = z.infer<typeof CommuneClaimRequest>;

/**
 * A request to represent a commune, as the platform keeps it: the request, who made it, its status and, once
 * decided, when and why.
 */
export const CommuneClaim = z.extend(CommuneClaimRequest, {
  id: z.string(),
  accountId: z.string(),
  email: z.email(),
  status: CommuneClaimStatus,
  requestedAt: Instant,
  decidedAt: z.optional(Instant),
  reason: z.optional(z.string()),
});
export type CommuneClaim = z.infer<typeof CommuneClaim>;

/**
 * An organiser's decision on a commune claim (`client.communeClaims.decide`): approve (with an optional
 * reason) or refuse (a reason is required, as the person is told it).
 */
export const CommuneClaimDecision = z.discriminatedUnion('decision', [
  z.object({ decision: z.literal('approve'), reason: z.optional(z.string().check(z.trim(), z.maxLength(2000))) }),
  z.object({ decision: z.literal('refuse'), reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)) }),
]);
export type CommuneClaimDecision = z.infer<typeof CommuneClaimDecision>;

/** Where an invitation to edit a dossier stands: pending, accepted, revoked by the owner, or expired. */
export const InvitationStatus = z.enum(['pending', 'accepted', 'revoked', 'expired']);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

/**
 * The body of an invitation to edit a dossier, sent by e-mail to the given address
 * (`client.applications.invitations.create`).
 */
export const InvitationRequest = z.object({
  email: z.email().check(z.maxLength(254)),
  continueUrl: z.optional(ContinueUrl),
});
export type InvitationRequest = z.infer<typeof InvitationRequest>;

/** An invitation to edit a dossier: to whom, by whom, its status and when it expires. */
export const Invitation = z.object({
  id: z.string(),
  applicationId: z.string(),
  email: z.email(),
  status: InvitationStatus,
  invitedBy: z.string(),
  createdAt: Instant,
  expiresAt: Instant,
});
export type Invitation = z.infer<typeof Invitation>;

/** The body that gives a dossier to another of its editors (the account named becomes the owner). */
export const TransferOwnershipRequest = z.object({ accountId: z.string().check(z.minLength(1), z.maxLength(100)) });
export type TransferOwnershipRequest = z.infer<typeof TransferOwnershipRequest>;

/**
 * The body of an organiser's reassignment of a dossier to another account (`client.applications.reassign`);
 * the reason is kept in the dossier's history.
 */
export const ReassignRequest = z.object({
  accountId: z.string().check(z.minLength(1), z.maxLength(100)),
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
});
export type ReassignRequest = z.infer<typeof ReassignRequest>;

/**
 * The body of an organiser's withdrawal of a dossier (`client.applications.withdrawByOrganiser`); the reason
 * is kept in the dossier's history and told to its editors.
 */
export const OrganiserWithdrawalRequest = z.object({
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
});
export type OrganiserWithdrawalRequest = z.infer<typeof OrganiserWithdrawalRequest>;

/**
 * What a {@link HistoryEntry} records: the dossier's creation, submission and withdrawal, changes of owner
 * and editors, invitations, the commune's place taken, the erasure of personal data, decisions, and the
 * review's steps (assignments, conflicts of interest, assessments, advice, comments, agreements).
 */
export const HistoryAction = z.enum([
  'created',
  'submitted',
  'withdrawn',
  'withdrawn_by_organiser',
  'reassigned',
  'ownership_transferred',
  'editor_joined',
  'editor_removed',
  'editor_left',
  'invitation_sent',
  'invitation_revoked',
  'place_taken',
  'personal_data_erased',
  'owner_account_deleted',
  'decided',
  'reviewer_assigned',
  'reviewer_unassigned',
  'conflict_declared',
  'assessment_submitted',
  'advice_requested',
  'section_commented',
  'agreement_signed',
]);
export type HistoryAction = z.infer<typeof HistoryAction>;

/** One line of a dossier's history: what was done, by whom (and in which role), why, and when. */
export const HistoryEntry = z.object({
  id: z.string(),
  applicationId: z.string(),
  action: HistoryAction,
  /** Who did it (absent for the platform itself, e.g. the retention command). */
  actorId: z.optional(z.string()),
  actorRole: z.enum(['owner', 'editor', 'organiser', 'reviewer', 'platform']),
  reason: z.optional(z.string()),
  /** What the action concerned: the account given the dossier, the address invited… */
  details: z.optional(z.record(z.string(), z.string())),
  at: Instant,
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** Which ways to sign in this platform offers (the ProConnect button shows only when configured). */
export const AuthMethods = z.object({ password: z.boolean(), proConnect: z.boolean() });
export type AuthMethods = z.infer<typeof AuthMethods>;
