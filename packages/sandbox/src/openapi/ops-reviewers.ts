import type { Operation } from './operations.js';

/** The HTTP contract of routes/reviewers.ts (issue 16, S1): the committee, assignments, conflicts, the board. */
export const REVIEWERS_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/v1/reviewers',
    id: 'listReviewers',
    tag: 'Review',
    summary: 'Organisers: every reviewer invited (pending) or active, with their assignments and conflicts counted',
    auth: 'organiser',
    success: { status: 200, schema: 'Reviewer', list: true },
    errors: [403],
  },
  {
    method: 'post',
    path: '/v1/reviewers',
    id: 'inviteReviewer',
    tag: 'Review',
    summary:
      'Organisers: invite a committee member or partner expert by e-mail (a link for 14 days, once; inviting the address again revokes the earlier link). An address already on the committee answers 200 and is sent nothing',
    auth: 'organiser',
    request: { schema: 'ReviewerInvitationRequest' },
    success: { status: 201, schema: 'Reviewer' },
    // 403: not an organiser; 409 email_taken: the address is an organiser's.
    errors: [400, 403, 409, 415, 422],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'post',
    path: '/v1/reviewers/acceptance',
    id: 'acceptReviewerInvitation',
    tag: 'Review',
    summary:
      'Accept an invitation with the token of its link and sign in: a new address chooses its password (the policy of sign-up); an applicant’s account becomes a reviewer’s (its other sessions end)',
    auth: 'none',
    request: { schema: 'ReviewerInvitationAcceptance' },
    success: { status: 200, schema: 'Session' },
    // 409 account_holds_dossiers (an applicant still on live dossiers) or email_taken; 410 token_invalid; 422 password missing or refused.
    errors: [400, 409, 410, 415, 422],
  },
  {
    method: 'delete',
    path: '/v1/reviewers/{id}',
    id: 'removeReviewer',
    tag: 'Review',
    summary:
      'Organisers: revoke a pending invitation, or withdraw an active reviewer (back to an applicant’s account, signed out, assignments without a submitted assessment removed)',
    auth: 'organiser',
    success: { status: 204 },
    // 404 reviewer_not_found.
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}/assignments',
    id: 'listAssignments',
    tag: 'Review',
    summary: 'The reviewers assigned to the dossier: all of them for organisers, their own for a reviewer',
    auth: 'reviewer',
    success: { status: 200, schema: 'Assignment', list: true },
    // 403 conflict_of_interest; 404 for applicants and reviewers not assigned.
    errors: [403, 404],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/assignments',
    id: 'assignReviewer',
    tag: 'Review',
    summary:
      'Organisers: assign an active reviewer to a submitted (or later) dossier; they are notified by e-mail. Assigning again answers 200 with the same assignment',
    auth: 'organiser',
    request: { schema: 'AssignmentRequest' },
    success: { status: 201, schema: 'Assignment' },
    // 404 reviewer_not_found; 409 invalid_transition for a draft or withdrawn dossier.
    errors: [400, 403, 404, 409, 415, 422],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'delete',
    path: '/v1/applications/{id}/assignments/{reviewerId}',
    id: 'unassignReviewer',
    tag: 'Review',
    summary: 'Organisers: unassign a reviewer (their draft goes; a submitted assessment stays on record)',
    auth: 'organiser',
    success: { status: 204 },
    // 404 reviewer_not_found: not assigned to this dossier.
    errors: [403, 404],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/conflict-of-interest',
    id: 'declareConflictOfInterest',
    tag: 'Review',
    summary:
      'The assigned reviewer declares a conflict of interest: they no longer open the dossier (403 conflict_of_interest), their draft is deleted and their assessment no longer expected. Declaring again answers 200',
    auth: 'reviewer',
    request: { schema: 'ConflictOfInterestRequest' },
    success: { status: 201, schema: 'Assignment' },
    // 403 role_required: only the assigned reviewer declares.
    errors: [400, 403, 404, 415, 422],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'get',
    path: '/v1/calls/{callId}/board',
    id: 'getBoard',
    tag: 'Review',
    summary:
      'The call’s dossiers with completeness and eligibility (the rules of @qmi/validators), reviewers, assessments done/expected, advice requested and agreement deadline: every dossier for organisers (withdrawn ones only counted), the assigned ones without a conflict for a reviewer',
    auth: 'reviewer',
    success: { status: 200, schema: 'Board' },
    // 403: applicants.
    errors: [403, 404],
  },
];
