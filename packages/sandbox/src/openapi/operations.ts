import { REVIEWERS_OPERATIONS } from './ops-reviewers.js';
import { ASSESSMENTS_OPERATIONS } from './ops-assessments.js';
import { ADVICE_OPERATIONS } from './ops-advice.js';
import { NOTIFICATIONS_OPERATIONS } from './ops-notifications.js';
import { RECEIPTS_OPERATIONS } from './ops-receipts.js';
import { EXPORTS_OPERATIONS } from './ops-exports.js';
/**
 * The HTTP contract, one entry per operation. The OpenAPI document, the API reference page and
 * the 405 answers are all derived from this table.
 */
/** RFC 6902 as the dossier's PATCH takes it: add, remove, replace and test at JSON Pointers (no move, no copy). */
const JSON_PATCH_SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['op', 'path'],
    additionalProperties: false,
    properties: {
      op: { enum: ['add', 'remove', 'replace', 'test'] },
      path: { type: 'string', pattern: '^(/([^~/]|~[01])*)*$', description: 'A JSON Pointer (RFC 6901)' },
      value: { description: 'For add, replace and test' },
    },
  },
};

export interface Operation {
  method: 'get' | 'head' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  id: string;
  tag:
    | 'Accounts'
    | 'Calls'
    | 'Applications'
    | 'Lifecycle'
    | 'Sharing'
    | 'Messages'
    | 'Documents'
    | 'Review'
    | 'Accompaniment'
    | 'Notifications'
    | 'Sandbox'
    | 'Platform';
  summary: string;
  /** Who may call it; `reviewer`: organisers and the reviewers assigned. */
  auth: 'none' | 'account' | 'organiser' | 'reviewer';
  /** The body's schema and media type; `also`: other media types it may be sent as, with their JSON Schema. */
  request?: { schema: string; type?: string; also?: Record<string, Record<string, unknown>> };
  /** Answers 204 with the new ETag instead of the body when asked `Prefer: return=minimal` (RFC 7240). */
  minimal?: boolean;
  /** The success status and the schema of its body (undefined: no body); `type`: a file's media type (default JSON). */
  success: {
    status: number;
    schema?: string;
    list?: boolean;
    page?: boolean;
    inline?: Record<string, unknown>;
    type?: string;
  };
  /** Error statuses this operation may answer, besides 401 and 500. */
  errors?: number[];
  headers?: Array<'If-Match' | 'Idempotency-Key' | 'If-None-Match' | 'Prefer'>;
  query?: Array<{ name: string; description: string; schema: Record<string, unknown> }>;
}

const CORE_OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/v1/accounts',
    id: 'signUp',
    tag: 'Accounts',
    summary:
      'Create an applicant account: 202 and a verification e-mail. The same answer whether or not the address has an account (its owner is e-mailed instead)',
    auth: 'none',
    request: { schema: 'SignUpRequest' },
    success: { status: 202, schema: 'EmailSent' },
    // 422: the password is refused (policy); 429: too many sign-ups from this address.
    errors: [400, 422, 429],
  },
  {
    method: 'post',
    path: '/v1/accounts/verification',
    id: 'verifyEmail',
    tag: 'Accounts',
    summary: 'Verify the address with the token of the e-mail’s link (once, 48 h) and sign in',
    auth: 'none',
    request: { schema: 'TokenRequest' },
    success: { status: 201, schema: 'Session' },
    // 410 token_invalid: used, expired or replaced by a newer link.
    errors: [400, 410, 422],
  },
  {
    method: 'post',
    path: '/v1/password-resets',
    id: 'requestPasswordReset',
    tag: 'Accounts',
    summary:
      'Send a password-reset link (30 min, once, the latest only). The same answer whether or not the address has an account',
    auth: 'none',
    request: { schema: 'PasswordResetRequest' },
    success: { status: 202, schema: 'EmailSent' },
    // 429: too many resets asked for this address (known or not).
    errors: [400, 422, 429],
  },
  {
    method: 'post',
    path: '/v1/password-resets/completion',
    id: 'resetPassword',
    tag: 'Accounts',
    summary: 'Set a new password with the reset link’s token; every other session ends; signs in',
    auth: 'none',
    request: { schema: 'PasswordResetCompletion' },
    success: { status: 201, schema: 'Session' },
    errors: [400, 410, 422],
  },
  {
    method: 'post',
    path: '/v1/me/verification-email',
    id: 'resendVerification',
    tag: 'Accounts',
    summary:
      'Send the address-verification e-mail again (optional JSON body {"continueUrl"}: the page its link opens); nothing is sent once the address is verified',
    auth: 'account',
    success: { status: 202, schema: 'EmailSent' },
    errors: [400, 422, 429],
  },
  {
    method: 'put',
    path: '/v1/me/password',
    id: 'changePassword',
    tag: 'Accounts',
    summary: 'Change the password (the current one is asked); every other session ends',
    auth: 'account',
    request: { schema: 'ChangePasswordRequest' },
    success: { status: 204 },
    // 403 reauthentication_required: wrong current password; 429: too many wrong ones.
    errors: [400, 403, 422, 429],
  },
  {
    method: 'post',
    path: '/v1/me/email-change',
    id: 'changeEmail',
    tag: 'Accounts',
    summary:
      'Ask to change the address: a link goes to the new one (24 h), a notice to the current one. The same answer if the new address is taken',
    auth: 'account',
    request: { schema: 'ChangeEmailRequest' },
    success: { status: 202, schema: 'EmailSent' },
    errors: [400, 403, 422, 429],
  },
  {
    method: 'post',
    path: '/v1/me/email-change/confirmation',
    id: 'confirmEmailChange',
    tag: 'Accounts',
    summary: 'Confirm the new address with the token of the link sent to it (no session needed)',
    auth: 'none',
    request: { schema: 'TokenRequest' },
    success: { status: 200, schema: 'Account' },
    // 409 email_taken: another account took the address meanwhile.
    errors: [400, 409, 410, 422],
  },
  {
    method: 'patch',
    path: '/v1/me',
    id: 'updateAccount',
    tag: 'Accounts',
    summary: 'Change the language of e-mails and the names',
    auth: 'account',
    request: { schema: 'UpdateAccountRequest' },
    success: { status: 200, schema: 'Account' },
    errors: [400, 422],
  },
  {
    method: 'get',
    path: '/v1/me/export',
    id: 'exportAccountData',
    tag: 'Accounts',
    summary:
      'Everything the platform holds about the account, as a JSON attachment (GDPR art. 15 and 20); never a token nor a password hash',
    auth: 'account',
    success: { status: 200, inline: { type: 'object', additionalProperties: true } },
  },
  {
    method: 'delete',
    path: '/v1/me',
    id: 'deleteAccount',
    tag: 'Accounts',
    summary:
      'Delete the account (GDPR art. 17): owned drafts pass to their earliest editor or are deleted; refused while it owns a submitted dossier; a reviewer’s submitted assessments stay, without their identity',
    auth: 'account',
    request: { schema: 'DeleteAccountRequest' },
    success: { status: 204 },
    // 403: wrong password (reauthentication_required) or an organiser; 409 account_holds_dossiers lists them.
    errors: [400, 403, 409, 422, 429],
  },
  {
    method: 'post',
    path: '/v1/sessions',
    id: 'signIn',
    tag: 'Accounts',
    summary: 'Sign in',
    auth: 'none',
    request: { schema: 'SignInRequest' },
    success: { status: 201, schema: 'Session' },
    // 429: too many wrong passwords for this account from this address (a growing delay), or from this address.
    errors: [400, 422, 429],
  },
  {
    method: 'delete',
    path: '/v1/sessions/current',
    id: 'signOut',
    tag: 'Accounts',
    summary: 'Sign out (revoke the current token)',
    auth: 'account',
    success: { status: 204 },
  },
  {
    method: 'delete',
    path: '/v1/sessions',
    id: 'signOutEverywhere',
    tag: 'Accounts',
    summary: 'Sign out everywhere (revoke every token of the signed-in account)',
    auth: 'account',
    success: { status: 204 },
  },
  {
    method: 'get',
    path: '/v1/auth/methods',
    id: 'authMethods',
    tag: 'Accounts',
    summary: 'Which ways to sign in this platform offers (password; ProConnect when configured)',
    auth: 'none',
    success: {
      status: 200,
      inline: {
        type: 'object',
        required: ['password', 'proConnect'],
        properties: { password: { type: 'boolean' }, proConnect: { type: 'boolean' } },
      },
    },
  },
  {
    method: 'get',
    path: '/v1/auth/proconnect/start',
    id: 'proConnectStart',
    tag: 'Accounts',
    summary:
      'Start signing in with ProConnect: 302 to the provider (code + PKCE S256, state, nonce). Opened in a popup or by navigation, not with fetch',
    auth: 'none',
    success: { status: 302 },
    // 400: origin or returnTo not allowed (QMI_ALLOWED_ORIGINS or the platform's own); 503: ProConnect not configured or out of reach.
    errors: [400, 503],
    query: [
      {
        name: 'origin',
        description: 'The origin of the page that receives the session (allowed origins only).',
        schema: { type: 'string' },
      },
      {
        name: 'mode',
        description: 'popup (default: the callback posts to window.opener) or redirect.',
        schema: { type: 'string', enum: ['popup', 'redirect'] },
      },
      {
        name: 'returnTo',
        description:
          'redirect mode: the page to return to, on the allowed origin; it receives #qmi-proconnect=<one-time code>.',
        schema: { type: 'string' },
      },
    ],
  },
  {
    method: 'get',
    path: '/v1/auth/proconnect/callback',
    id: 'proConnectCallback',
    tag: 'Accounts',
    summary:
      "ProConnect's redirect URI (register it at ProConnect). Popup: an HTML page posting { type: 'qmi:proconnect', session | problem } to the recorded origin; redirect: 302 to returnTo with the one-time code",
    auth: 'none',
    success: { status: 200 },
    // 400: unknown, expired or replayed login; 403 organisation_not_commune (in the posted problem too).
    errors: [400, 403],
  },
  {
    method: 'post',
    path: '/v1/auth/proconnect/exchange',
    id: 'proConnectExchange',
    tag: 'Accounts',
    summary: 'Exchange the one-time code of a ProConnect redirect ({ code }, 60 s, single use) for a session',
    auth: 'none',
    success: { status: 201, schema: 'Session' },
    errors: [400, 410, 422],
  },
  {
    method: 'get',
    path: '/v1/me',
    id: 'me',
    tag: 'Accounts',
    summary: 'The signed-in account',
    auth: 'account',
    success: { status: 200, schema: 'Account' },
  },
  {
    method: 'get',
    path: '/v1/calls',
    id: 'listCalls',
    tag: 'Calls',
    summary: 'The calls served by this platform',
    auth: 'none',
    success: { status: 200, schema: 'CallSummary', list: true },
  },
  {
    method: 'get',
    path: '/v1/calls/{callId}',
    id: 'getCall',
    tag: 'Calls',
    summary: 'A call definition (dates, documents, criteria, form)',
    auth: 'none',
    success: { status: 200, schema: 'CallDefinition' },
    errors: [404],
  },
  {
    method: 'post',
    path: '/v1/calls/{callId}/applications',
    id: 'createApplication',
    tag: 'Applications',
    summary: 'Start the dossier of a commune',
    auth: 'account',
    request: { schema: 'CreateApplicationRequest' },
    success: { status: 201, schema: 'Application' },
    errors: [400, 403, 404, 409, 422],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'get',
    path: '/v1/applications',
    id: 'listApplications',
    tag: 'Applications',
    summary: 'Dossiers visible to the account (all of them for organisers), paginated',
    auth: 'account',
    success: { status: 200, schema: 'Application', page: true },
    errors: [400, 422],
    query: [
      { name: 'call', description: 'Only dossiers of this call', schema: { type: 'string' } },
      { name: 'commune', description: 'Only dossiers of this commune (INSEE code)', schema: { type: 'string' } },
      {
        name: 'status',
        description: 'Only dossiers in this status',
        schema: { $ref: '#/components/schemas/ApplicationStatus' },
      },
      {
        name: 'limit',
        description: 'Page size, 1 to 100 (default 20)',
        schema: { type: 'integer', minimum: 1, maximum: 100 },
      },
      { name: 'cursor', description: 'The nextCursor of the previous page', schema: { type: 'string' } },
    ],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}',
    id: 'getApplication',
    tag: 'Applications',
    summary: 'A dossier, with its revision as ETag',
    auth: 'account',
    success: { status: 200, schema: 'Application' },
    errors: [404],
    headers: ['If-None-Match'],
  },
  {
    method: 'patch',
    path: '/v1/applications/{id}',
    id: 'updateApplication',
    tag: 'Applications',
    summary:
      'Save changes as a JSON Merge Patch (RFC 7396) or a JSON Patch (RFC 6902), guarded by If-Match; ' +
      'Prefer: return=minimal answers 204 with the new ETag',
    auth: 'account',
    request: {
      schema: 'ApplicationDraftContent',
      type: 'application/merge-patch+json',
      also: { 'application/json-patch+json': JSON_PATCH_SCHEMA },
    },
    success: { status: 200, schema: 'Application' },
    minimal: true,
    errors: [400, 403, 404, 409, 412, 415, 422, 428],
    headers: ['If-Match', 'Prefer'],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/submit',
    id: 'submitApplication',
    tag: 'Lifecycle',
    summary: 'Submit a complete dossier before the deadline (only the dossier that holds its commune’s place)',
    auth: 'account',
    success: { status: 200, schema: 'Application' },
    // 403 commune_not_verified: the owner is not verified for the commune.
    errors: [403, 404, 409, 412, 422],
    headers: ['If-Match', 'Idempotency-Key'],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/withdraw',
    id: 'withdrawApplication',
    tag: 'Lifecycle',
    summary: 'Withdraw a dossier (its owner; an editor gets 403 role_required)',
    auth: 'account',
    success: { status: 200, schema: 'Application' },
    errors: [403, 404, 409, 412],
    headers: ['If-Match', 'Idempotency-Key'],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/organiser-withdrawal',
    id: 'withdrawApplicationByOrganiser',
    tag: 'Lifecycle',
    summary: 'Organiser: withdraw a dossier, with a reason (history; e-mail to its owner and editors)',
    auth: 'organiser',
    request: { schema: 'OrganiserWithdrawalRequest' },
    success: { status: 200, schema: 'Application' },
    errors: [400, 403, 404, 409, 412, 422],
    headers: ['If-Match', 'Idempotency-Key'],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/reassignment',
    id: 'reassignApplication',
    tag: 'Lifecycle',
    summary: 'Organiser: give a dossier to another applicant, with a reason (the previous owner loses access)',
    auth: 'organiser',
    request: { schema: 'ReassignRequest' },
    success: { status: 200, schema: 'Application' },
    // 409 application_exists: the account already has a dossier for this commune and call.
    errors: [400, 403, 404, 409, 412, 422],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/join',
    id: 'joinApplication',
    tag: 'Sharing',
    summary: 'An agent verified for the commune joins, as editor, the dossier that holds its place',
    auth: 'account',
    success: { status: 200, schema: 'Application' },
    // 403 commune_not_verified or email_unverified.
    errors: [403, 404],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}/history',
    id: 'getApplicationHistory',
    tag: 'Lifecycle',
    summary:
      'Who did what to the dossier, when and why (owner, editors, organisers); the committee’s lines (reviewers assigned or unassigned, conflicts of interest, assessments submitted) are shown to organisers only',
    auth: 'account',
    success: { status: 200, schema: 'HistoryEntry', list: true },
    errors: [404],
  },
  {
    method: 'post',
    path: '/v1/commune-claims',
    id: 'createCommuneClaim',
    tag: 'Accounts',
    summary: 'Ask to represent a commune (name, role in the town hall); an organiser decides',
    auth: 'account',
    request: { schema: 'CommuneClaimRequest' },
    success: { status: 201, schema: 'CommuneClaim' },
    // 403 email_unverified; 409 claim_exists; 422 commune_not_eligible (not a member of the Métropole).
    errors: [400, 403, 409, 422],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'get',
    path: '/v1/commune-claims',
    id: 'listCommuneClaims',
    tag: 'Accounts',
    summary: 'Claims to represent a commune: your own, or all of them for organisers',
    auth: 'account',
    success: { status: 200, schema: 'CommuneClaim', list: true },
    errors: [422],
    query: [
      {
        name: 'status',
        description: 'Only claims in this status',
        schema: { type: 'string', enum: ['pending', 'approved', 'refused', 'cancelled'] },
      },
      { name: 'commune', description: 'Only claims for this commune (INSEE code)', schema: { type: 'string' } },
    ],
  },
  {
    method: 'post',
    path: '/v1/commune-claims/{id}/decision',
    id: 'decideCommuneClaim',
    tag: 'Accounts',
    summary: 'Organiser: approve or refuse a claim (the person gets the decision by e-mail)',
    auth: 'organiser',
    request: { schema: 'CommuneClaimDecision' },
    success: { status: 200, schema: 'CommuneClaim' },
    // 409 invalid_transition: the claim was already decided.
    errors: [400, 403, 404, 409, 422],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}/decisions',
    id: 'listDecisions',
    tag: 'Lifecycle',
    summary: 'Decisions recorded on a dossier',
    auth: 'account',
    success: { status: 200, schema: 'Decision', list: true },
    errors: [404],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/decisions',
    id: 'decide',
    tag: 'Lifecycle',
    summary:
      'Organisers: request changes (naming the fields), record eligibility (ineligible: with reasons) or selection (capped by the call’s maxSelected; sets the agreement deadline). The commune is told by e-mail and in-app',
    auth: 'organiser',
    request: { schema: 'DecisionRequest' },
    success: {
      status: 201,
      inline: {
        type: 'object',
        required: ['decision', 'application'],
        properties: {
          decision: { $ref: '#/components/schemas/Decision' },
          application: { $ref: '#/components/schemas/Application' },
        },
      },
    },
    // 409 invalid_transition or selection_cap_reached; 422 decision_incomplete (no fields, no reasons) or validation_failed.
    errors: [400, 403, 404, 409, 412, 422],
    headers: ['If-Match', 'Idempotency-Key'],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/agreement',
    id: 'recordAgreement',
    tag: 'Lifecycle',
    summary: 'Organisers: record the date a selected commune signed its agreement (not in the future)',
    auth: 'organiser',
    request: { schema: 'AgreementRequest' },
    success: { status: 200, schema: 'Application' },
    // 409 invalid_transition: the dossier is not selected.
    errors: [400, 403, 404, 409, 415, 422],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}/collaborators',
    id: 'listCollaborators',
    tag: 'Sharing',
    summary: 'Who can edit the dossier',
    auth: 'account',
    success: { status: 200, schema: 'Collaborator', list: true },
    errors: [404],
  },
  {
    method: 'delete',
    path: '/v1/applications/{id}/collaborators/{accountId}',
    id: 'removeCollaborator',
    tag: 'Sharing',
    summary: 'Owner: remove an editor; editor: leave the dossier (your own account id)',
    auth: 'account',
    success: { status: 204 },
    // 403 role_required: only the owner removes others; the owner cannot leave (transfer first).
    errors: [403, 404],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/ownership',
    id: 'transferOwnership',
    tag: 'Sharing',
    summary: 'Owner: hand the dossier to one of its editors (the previous owner stays as editor)',
    auth: 'account',
    request: { schema: 'TransferOwnershipRequest' },
    success: { status: 200, schema: 'Application' },
    // 403 role_required (not the owner) or commune_not_verified (the dossier holds the commune's place);
    // 409 application_exists (the editor has their own dossier); 422 not an editor.
    errors: [400, 403, 404, 409, 422],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}/invitations',
    id: 'listInvitations',
    tag: 'Sharing',
    summary: 'Invitations to edit the dossier (pending, accepted, revoked, expired)',
    auth: 'account',
    success: { status: 200, schema: 'Invitation', list: true },
    errors: [404],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/invitations',
    id: 'createInvitation',
    tag: 'Sharing',
    summary:
      'Owner: invite someone by e-mail to edit the dossier (14 days, single use); the same answer whether or not the address has an account',
    auth: 'account',
    request: { schema: 'InvitationRequest' },
    success: { status: 201, schema: 'Invitation' },
    // 409 already_collaborator; 429 too many invitations sent by this account.
    errors: [400, 403, 404, 409, 422, 429],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'delete',
    path: '/v1/applications/{id}/invitations/{invitationId}',
    id: 'revokeInvitation',
    tag: 'Sharing',
    summary: 'Owner: revoke an invitation (its link stops working)',
    auth: 'account',
    success: { status: 204 },
    errors: [403, 404],
  },
  {
    method: 'post',
    path: '/v1/invitations/acceptance',
    id: 'acceptInvitation',
    tag: 'Sharing',
    summary: 'Accept an invitation with the token of its link: join the dossier as an editor',
    auth: 'account',
    request: { schema: 'TokenRequest' },
    success: { status: 200, schema: 'Application' },
    // 403 invitation_other_address or email_unverified; 410 token_invalid (used, revoked or expired).
    errors: [400, 403, 410, 422],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}/messages',
    id: 'listMessages',
    tag: 'Messages',
    summary: 'The thread between the commune and the organisers',
    auth: 'account',
    success: { status: 200, schema: 'Message', list: true },
    errors: [404],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/messages',
    id: 'sendMessage',
    tag: 'Messages',
    summary: 'Send a message',
    auth: 'account',
    request: { schema: 'SendMessageRequest' },
    success: { status: 201, schema: 'Message' },
    // 429: too many messages from this account in a minute.
    errors: [400, 404, 422, 429],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}/documents',
    id: 'listDocuments',
    tag: 'Documents',
    summary: 'The dossier’s documents',
    auth: 'account',
    success: { status: 200, schema: 'DocumentRef', list: true },
    errors: [404],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}/documents/{documentId}',
    id: 'getDocument',
    tag: 'Documents',
    summary:
      'A document: its DocumentRef with `Accept: application/json`, otherwise its bytes (the media type found at upload, `Content-Disposition: attachment`, `X-Content-Type-Options: nosniff`)',
    auth: 'account',
    success: { status: 200, schema: 'DocumentRef' },
    errors: [404],
  },
  {
    method: 'delete',
    path: '/v1/applications/{id}/documents/{documentId}',
    id: 'deleteDocument',
    tag: 'Documents',
    summary:
      'Delete a document and its bytes (the owner any, an editor those they uploaded; while the dossier may change)',
    auth: 'account',
    success: { status: 204 },
    errors: [403, 404, 409],
  },
  // The tus 1.0 endpoint (https://tus.io/protocols/resumable-upload). Every request but OPTIONS carries `Tus-Resumable: 1.0.0`.
  {
    method: 'post',
    path: '/v1/uploads',
    id: 'createUpload',
    tag: 'Documents',
    summary:
      'tus creation: `Upload-Length` (required, no deferred length) and `Upload-Metadata` with `applicationId`, `kind`, `filename`, `filetype`, `partnerId` (per-partner kinds), base64-encoded. Refused before any byte when the rules of the kind refuse it. Answers `Location`; with a body (creation-with-upload), `Upload-Offset`',
    auth: 'account',
    success: { status: 201 },
    // 429: too many uploads started by this account in an hour.
    errors: [400, 403, 404, 409, 412, 413, 415, 422, 429, 501],
  },
  {
    method: 'head',
    path: '/v1/uploads/{uploadId}',
    id: 'getUploadOffset',
    tag: 'Documents',
    summary:
      'tus: the stored offset (`Upload-Offset`, `Upload-Length`) to resume from. Only the account that created the upload sees it',
    auth: 'account',
    success: { status: 200 },
    errors: [404, 410, 412],
  },
  {
    method: 'patch',
    path: '/v1/uploads/{uploadId}',
    id: 'appendToUpload',
    tag: 'Documents',
    summary:
      'tus: append `application/offset+octet-stream` bytes at `Upload-Offset`. The last one checks the bytes (type, scanner), records the document and answers its id in `Qmi-Document-Id`',
    auth: 'account',
    success: { status: 204 },
    errors: [400, 404, 409, 410, 412, 413, 415, 422, 423],
  },
  {
    method: 'delete',
    path: '/v1/uploads/{uploadId}',
    id: 'terminateUpload',
    tag: 'Documents',
    summary: 'tus termination of an unfinished upload (a finished one is deleted through its document)',
    auth: 'account',
    success: { status: 204 },
    errors: [400, 404, 412],
  },
  {
    method: 'get',
    path: '/v1/sandbox/clock',
    id: 'getClock',
    tag: 'Sandbox',
    summary: 'The sandbox clock',
    auth: 'none',
    success: { status: 200, inline: { type: 'object', properties: { now: { $ref: '#/components/schemas/Instant' } } } },
  },
  {
    method: 'put',
    path: '/v1/sandbox/clock',
    id: 'setClock',
    tag: 'Sandbox',
    summary: 'Organisers: move the sandbox clock (test clock)',
    auth: 'organiser',
    request: { schema: 'SandboxClock' },
    success: { status: 200, inline: { type: 'object', properties: { now: { $ref: '#/components/schemas/Instant' } } } },
    errors: [400, 403, 422],
  },
  {
    method: 'get',
    path: '/v1/time',
    id: 'platformTime',
    tag: 'Platform',
    summary: 'The platform’s time, which decides the application window (also in the `Qmi-Now` header of every answer)',
    auth: 'none',
    success: { status: 200, inline: { type: 'object', properties: { now: { $ref: '#/components/schemas/Instant' } } } },
  },
  {
    method: 'get',
    path: '/healthz',
    id: 'health',
    tag: 'Platform',
    summary: 'Liveness',
    auth: 'none',
    success: {
      status: 200,
      inline: {
        type: 'object',
        properties: { status: { const: 'ok' }, now: { $ref: '#/components/schemas/Instant' } },
      },
    },
  },
  {
    method: 'get',
    path: '/openapi.json',
    id: 'openApi',
    tag: 'Platform',
    summary: 'This document',
    auth: 'none',
    success: { status: 200, inline: { type: 'object' } },
  },
];

export const OPERATIONS: Operation[] = [
  ...CORE_OPERATIONS,
  ...REVIEWERS_OPERATIONS,
  ...ASSESSMENTS_OPERATIONS,
  ...ADVICE_OPERATIONS,
  ...NOTIFICATIONS_OPERATIONS,
  ...RECEIPTS_OPERATIONS,
  ...EXPORTS_OPERATIONS,
];
