import type { Operation } from './operations.js';

/** The HTTP contract of routes/assessments.ts (issue 16, S2). Applicants get 404 on every one of them. */
export const ASSESSMENTS_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/v1/applications/{id}/assessments',
    id: 'listAssessments',
    tag: 'Review',
    summary:
      'The dossier’s assessments: organisers see all (drafts too), the spread per criterion and the synthesis; a reviewer sees only their own until they submit it (no anchoring), then every submitted one',
    auth: 'reviewer',
    success: { status: 200, schema: 'AssessmentsView' },
    // 403 conflict_of_interest: the reviewer declared one.
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}/assessments/mine',
    id: 'getMyAssessment',
    tag: 'Review',
    summary: 'A reviewer’s own assessment, created as an empty draft (revision 1) on first read; `ETag` its revision',
    auth: 'reviewer',
    success: { status: 200, schema: 'Assessment' },
    // 403: organisers have none; conflict_of_interest.
    errors: [403, 404],
  },
  {
    method: 'put',
    path: '/v1/applications/{id}/assessments/mine',
    id: 'saveMyAssessment',
    tag: 'Review',
    summary:
      'Save the draft: the ratings named replace those saved (a value of the call’s scale, or null) with their comments. If-Match required',
    auth: 'reviewer',
    request: { schema: 'AssessmentDraft' },
    success: { status: 200, schema: 'Assessment' },
    // 409 assessment_submitted / assessment_closed; 412 revision_mismatch; 422 unknown criterion or rating off the scale; 428 no If-Match.
    errors: [400, 403, 404, 409, 412, 415, 422, 428],
    headers: ['If-Match'],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/assessments/mine/submit',
    id: 'submitMyAssessment',
    tag: 'Review',
    summary:
      'Submit the assessment once every criterion is rated: it no longer changes, and the others’ submitted assessments become visible to its author',
    auth: 'reviewer',
    success: { status: 200, schema: 'Assessment' },
    // 422 assessment_incomplete names each criterion left unrated.
    errors: [403, 404, 409, 412, 422],
    headers: ['If-Match', 'Idempotency-Key'],
  },
  {
    method: 'put',
    path: '/v1/applications/{id}/synthesis',
    id: 'writeSynthesis',
    tag: 'Review',
    summary: 'Organisers: write the committee’s synthesis of the dossier (overall and per criterion)',
    auth: 'organiser',
    request: { schema: 'SynthesisRequest' },
    success: { status: 200, schema: 'Synthesis' },
    errors: [400, 403, 404, 415, 422],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}/annotations',
    id: 'listAnnotations',
    tag: 'Review',
    summary: 'Organisers: their private notes on the dossier, never shown to the commune or to reviewers',
    auth: 'organiser',
    success: { status: 200, schema: 'Annotation', list: true },
    errors: [404],
  },
  {
    method: 'post',
    path: '/v1/applications/{id}/annotations',
    id: 'createAnnotation',
    tag: 'Review',
    summary: 'Organisers: add a private note',
    auth: 'organiser',
    request: { schema: 'AnnotationRequest' },
    success: { status: 201, schema: 'Annotation' },
    errors: [400, 404, 415, 422],
    headers: ['Idempotency-Key'],
  },
  {
    method: 'delete',
    path: '/v1/applications/{id}/annotations/{annotationId}',
    id: 'deleteAnnotation',
    tag: 'Review',
    summary: 'Organisers: delete a private note (its author only)',
    auth: 'organiser',
    success: { status: 204 },
    errors: [403, 404],
  },
];
