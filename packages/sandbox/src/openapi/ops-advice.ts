import type { Operation } from './operations.js';

/** The HTTP contract of routes/advice.ts (issue 16, S3): accompaniment before the deadline. */
export const ADVICE_OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/v1/applications/{id}/advice-requests',
    id: 'requestAdvice',
    tag: 'Accompaniment',
    summary:
      'The commune (owner or editor): ask the organisers for advice on the draft. One open request at a time: asking again answers the open one (200)',
    auth: 'account',
    request: { schema: 'AdviceRequestBody' },
    success: { status: 201, schema: 'AdviceRequest' },
    // 403: organisers answer, they do not ask; 409 advice_closed: the dossier is no longer being written.
    errors: [400, 403, 404, 409, 415, 422],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}/advice-requests',
    id: 'listAdviceRequests',
    tag: 'Accompaniment',
    summary: 'The commune and the organisers: the dossier’s requests for advice, open and answered',
    auth: 'account',
    success: { status: 200, schema: 'AdviceRequest', list: true },
    errors: [404],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}/section-comments',
    id: 'listSectionComments',
    tag: 'Accompaniment',
    summary: 'The commune and the organisers: the organisers’ comments per section of the form (not for reviewers)',
    auth: 'account',
    success: { status: 200, schema: 'SectionComment', list: true },
    errors: [404],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/section-comments',
    id: 'commentSection',
    tag: 'Accompaniment',
    summary:
      'Organisers: comment on one section of a dossier being written (a section id of the call’s form, or "documents"); answers the open request; the commune is told by e-mail and in-app',
    auth: 'organiser',
    request: { schema: 'SectionCommentRequest' },
    success: { status: 201, schema: 'SectionComment' },
    // 409 advice_closed: the dossier is no longer being written; 422: not a section of the form.
    errors: [400, 403, 404, 409, 415, 422],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/section-comments/{commentId}/resolution',
    id: 'resolveSectionComment',
    tag: 'Accompaniment',
    summary: 'The commune (owner or editor): mark a comment as dealt with (again: no change)',
    auth: 'account',
    success: { status: 200, schema: 'SectionComment' },
    errors: [403, 404],
    headers: ['Idempotency-Key'],
  },
];
