/**
 * The HTTP contract, one entry per operation. The OpenAPI document, the API reference page and
 * the 405 answers are all derived from this table.
 */
export interface Operation {
  method: 'get' | 'head' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
  id: string;
  tag: 'Accounts' | 'Calls' | 'Applications' | 'Lifecycle' | 'Sharing' | 'Messages' | 'Documents' | 'Sandbox' | 'Platform';
  summary: string;
  auth: 'none' | 'account' | 'organiser';
  request?: { schema: string; type?: string };
  /** The success status and the schema of its body (undefined: no body). */
  success: { status: number; schema?: string; list?: boolean; page?: boolean; inline?: Record<string, unknown> };
  /** Error statuses this operation may answer, besides 401 and 500. */
  errors?: number[];
  headers?: Array<'If-Match' | 'Idempotency-Key' | 'If-None-Match'>;
  query?: Array<{ name: string; description: string; schema: Record<string, unknown> }>;
}

export const OPERATIONS: Operation[] = [
  { method: 'post', path: '/v1/accounts', id: 'signUp', tag: 'Accounts', summary: 'Create an applicant account and a session', auth: 'none', request: { schema: 'Credentials' }, success: { status: 201, schema: 'Session' }, errors: [400, 409, 422] },
  { method: 'post', path: '/v1/sessions', id: 'signIn', tag: 'Accounts', summary: 'Sign in', auth: 'none', request: { schema: 'SignInRequest' }, success: { status: 201, schema: 'Session' }, errors: [400, 422] },
  { method: 'delete', path: '/v1/sessions/current', id: 'signOut', tag: 'Accounts', summary: 'Sign out (revoke the current token)', auth: 'account', success: { status: 204 } },
  { method: 'get', path: '/v1/me', id: 'me', tag: 'Accounts', summary: 'The signed-in account', auth: 'account', success: { status: 200, schema: 'Account' } },
  { method: 'get', path: '/v1/calls', id: 'listCalls', tag: 'Calls', summary: 'The calls served by this platform', auth: 'none', success: { status: 200, schema: 'CallSummary', list: true } },
  { method: 'get', path: '/v1/calls/{callId}', id: 'getCall', tag: 'Calls', summary: 'A call definition (dates, documents, criteria, form)', auth: 'none', success: { status: 200, schema: 'CallDefinition' }, errors: [404] },
  { method: 'post', path: '/v1/calls/{callId}/applications', id: 'createApplication', tag: 'Applications', summary: 'Start the dossier of a commune', auth: 'account', request: { schema: 'CreateApplicationRequest' }, success: { status: 201, schema: 'Application' }, errors: [400, 403, 404, 409, 422], headers: ['Idempotency-Key'] },
  {
    method: 'get', path: '/v1/applications', id: 'listApplications', tag: 'Applications', summary: 'Dossiers visible to the account (all of them for organisers), paginated', auth: 'account', success: { status: 200, schema: 'Application', page: true }, errors: [400, 422],
    query: [
      { name: 'call', description: 'Only dossiers of this call', schema: { type: 'string' } },
      { name: 'status', description: 'Only dossiers in this status', schema: { $ref: '#/components/schemas/ApplicationStatus' } },
      { name: 'limit', description: 'Page size, 1 to 100 (default 20)', schema: { type: 'integer', minimum: 1, maximum: 100 } },
      { name: 'cursor', description: 'The nextCursor of the previous page', schema: { type: 'string' } },
    ],
  },
  { method: 'get', path: '/v1/applications/{id}', id: 'getApplication', tag: 'Applications', summary: 'A dossier, with its revision as ETag', auth: 'account', success: { status: 200, schema: 'Application' }, errors: [404], headers: ['If-None-Match'] },
  { method: 'patch', path: '/v1/applications/{id}', id: 'updateApplication', tag: 'Applications', summary: 'Save changes as a JSON Merge Patch (RFC 7396), guarded by If-Match', auth: 'account', request: { schema: 'ApplicationDraftContent', type: 'application/merge-patch+json' }, success: { status: 200, schema: 'Application' }, errors: [400, 403, 404, 409, 412, 415, 422, 428], headers: ['If-Match'] },
  { method: 'post', path: '/v1/applications/{id}/submit', id: 'submitApplication', tag: 'Lifecycle', summary: 'Submit a complete dossier before the deadline', auth: 'account', success: { status: 200, schema: 'Application' }, errors: [404, 409, 412, 422], headers: ['If-Match', 'Idempotency-Key'] },
  { method: 'post', path: '/v1/applications/{id}/withdraw', id: 'withdrawApplication', tag: 'Lifecycle', summary: 'Withdraw a dossier', auth: 'account', success: { status: 200, schema: 'Application' }, errors: [404, 409, 412], headers: ['If-Match', 'Idempotency-Key'] },
  { method: 'get', path: '/v1/applications/{id}/decisions', id: 'listDecisions', tag: 'Lifecycle', summary: 'Decisions recorded on a dossier', auth: 'account', success: { status: 200, schema: 'Decision', list: true }, errors: [404] },
  { method: 'post', path: '/v1/applications/{id}/decisions', id: 'decide', tag: 'Lifecycle', summary: 'Organisers: request changes, record eligibility or selection', auth: 'organiser', request: { schema: 'DecisionRequest' }, success: { status: 201, inline: { type: 'object', required: ['decision', 'application'], properties: { decision: { $ref: '#/components/schemas/Decision' }, application: { $ref: '#/components/schemas/Application' } } } }, errors: [400, 403, 404, 409, 412, 422], headers: ['If-Match', 'Idempotency-Key'] },
  { method: 'get', path: '/v1/applications/{id}/collaborators', id: 'listCollaborators', tag: 'Sharing', summary: 'Who can edit the dossier', auth: 'account', success: { status: 200, schema: 'Collaborator', list: true }, errors: [404] },
  { method: 'post', path: '/v1/applications/{id}/collaborators', id: 'addCollaborator', tag: 'Sharing', summary: 'Owner: share the dossier with a colleague’s account', auth: 'account', request: { schema: 'AddCollaboratorRequest' }, success: { status: 201, schema: 'Collaborator' }, errors: [400, 403, 404, 409, 422], headers: ['Idempotency-Key'] },
  { method: 'delete', path: '/v1/applications/{id}/collaborators/{accountId}', id: 'removeCollaborator', tag: 'Sharing', summary: 'Owner: stop sharing with a colleague', auth: 'account', success: { status: 204 }, errors: [403, 404] },
  { method: 'get', path: '/v1/applications/{id}/messages', id: 'listMessages', tag: 'Messages', summary: 'The thread between the commune and the organisers', auth: 'account', success: { status: 200, schema: 'Message', list: true }, errors: [404] },
  { method: 'post', path: '/v1/applications/{id}/messages', id: 'sendMessage', tag: 'Messages', summary: 'Send a message', auth: 'account', request: { schema: 'SendMessageRequest' }, success: { status: 201, schema: 'Message' }, errors: [400, 404, 422], headers: ['Idempotency-Key'] },
  { method: 'get', path: '/v1/applications/{id}/documents', id: 'listDocuments', tag: 'Documents', summary: 'The dossier’s documents', auth: 'account', success: { status: 200, schema: 'DocumentRef', list: true }, errors: [404] },
  { method: 'get', path: '/v1/applications/{id}/documents/{documentId}', id: 'getDocument', tag: 'Documents', summary: 'A document: its DocumentRef with `Accept: application/json`, otherwise its bytes (the media type found at upload, `Content-Disposition: attachment`, `X-Content-Type-Options: nosniff`)', auth: 'account', success: { status: 200, schema: 'DocumentRef' }, errors: [404] },
  { method: 'delete', path: '/v1/applications/{id}/documents/{documentId}', id: 'deleteDocument', tag: 'Documents', summary: 'Delete a document and its bytes (the commune’s agents, while the dossier may change)', auth: 'account', success: { status: 204 }, errors: [403, 404, 409] },
  // The tus 1.0 endpoint (https://tus.io/protocols/resumable-upload). Every request but OPTIONS carries `Tus-Resumable: 1.0.0`.
  { method: 'post', path: '/v1/uploads', id: 'createUpload', tag: 'Documents', summary: 'tus creation: `Upload-Length` (required, no deferred length) and `Upload-Metadata` with `applicationId`, `kind`, `filename`, `filetype`, `partnerId` (per-partner kinds), base64-encoded. Refused before any byte when the rules of the kind refuse it. Answers `Location`; with a body (creation-with-upload), `Upload-Offset`', auth: 'account', success: { status: 201 }, errors: [400, 403, 404, 409, 412, 413, 415, 422, 501] },
  { method: 'head', path: '/v1/uploads/{uploadId}', id: 'getUploadOffset', tag: 'Documents', summary: 'tus: the stored offset (`Upload-Offset`, `Upload-Length`) to resume from. Only the account that created the upload sees it', auth: 'account', success: { status: 200 }, errors: [404, 410, 412] },
  { method: 'patch', path: '/v1/uploads/{uploadId}', id: 'appendToUpload', tag: 'Documents', summary: 'tus: append `application/offset+octet-stream` bytes at `Upload-Offset`. The last one checks the bytes (type, scanner), records the document and answers its id in `Qmi-Document-Id`', auth: 'account', success: { status: 204 }, errors: [400, 404, 409, 410, 412, 413, 415, 422, 423] },
  { method: 'delete', path: '/v1/uploads/{uploadId}', id: 'terminateUpload', tag: 'Documents', summary: 'tus termination of an unfinished upload (a finished one is deleted through its document)', auth: 'account', success: { status: 204 }, errors: [400, 404, 412] },
  { method: 'get', path: '/v1/sandbox/clock', id: 'getClock', tag: 'Sandbox', summary: 'The sandbox clock', auth: 'none', success: { status: 200, inline: { type: 'object', properties: { now: { $ref: '#/components/schemas/Instant' } } } } },
  { method: 'put', path: '/v1/sandbox/clock', id: 'setClock', tag: 'Sandbox', summary: 'Organisers: move the sandbox clock (test clock)', auth: 'organiser', request: { schema: 'SandboxClock' }, success: { status: 200, inline: { type: 'object', properties: { now: { $ref: '#/components/schemas/Instant' } } } }, errors: [400, 403, 422] },
  { method: 'get', path: '/v1/time', id: 'platformTime', tag: 'Platform', summary: 'The platform’s time, which decides the application window (also in the `Qmi-Now` header of every answer)', auth: 'none', success: { status: 200, inline: { type: 'object', properties: { now: { $ref: '#/components/schemas/Instant' } } } } },
  { method: 'get', path: '/healthz', id: 'health', tag: 'Platform', summary: 'Liveness', auth: 'none', success: { status: 200, inline: { type: 'object', properties: { status: { const: 'ok' }, now: { $ref: '#/components/schemas/Instant' } } } } },
  { method: 'get', path: '/openapi.json', id: 'openApi', tag: 'Platform', summary: 'This document', auth: 'none', success: { status: 200, inline: { type: 'object' } } },
];
