/**
 * The stable error codes of the platform API and the HTTP status of each. A code never changes meaning;
 * clients branch on it, people read the localised title (`ERROR_TITLES`). Apart from the titles so
 * that a browser page knows every code (`ApiError.code`) without carrying every title in two languages.
 */
export const ERROR_STATUSES = {
  malformed_json: 400,
  invalid_request: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  email_taken: 409,
  application_exists: 409,
  call_not_open: 409,
  call_closed: 409,
  not_editable: 409,
  invalid_transition: 409,
  role_required: 403,
  email_unverified: 403,
  commune_not_verified: 403,
  organisation_not_commune: 403,
  reauthentication_required: 403,
  invitation_other_address: 403,
  token_invalid: 410,
  claim_exists: 409,
  account_holds_dossiers: 409,
  proconnect_unavailable: 503,
  conflict_of_interest: 403,
  assessment_closed: 409,
  assessment_submitted: 409,
  assessment_incomplete: 422,
  decision_incomplete: 422,
  selection_cap_reached: 409,
  advice_closed: 409,
  reviewer_not_found: 404,
  already_collaborator: 409,
  revision_mismatch: 412,
  headers_too_large: 431,
  payload_too_large: 413,
  unsupported_media_type: 415,
  validation_failed: 422,
  commune_not_eligible: 422,
  incomplete_application: 422,
  idempotency_key_reused: 422,
  precondition_required: 428,
  rate_limited: 429,
  document_kind_unknown: 422,
  document_too_large: 413,
  document_total_exceeded: 413,
  document_limit_reached: 409,
  document_type_not_accepted: 415,
  document_content_mismatch: 415,
  document_rejected: 422,
  partner_unknown: 422,
  upload_length_required: 400,
  upload_length_exceeded: 413,
  upload_offset_mismatch: 409,
  upload_expired: 410,
  upload_locked: 423,
  tus_resumable_required: 412,
  tus_extension_unsupported: 501,
  internal_error: 500,
} as const;

/**
 * A code of the platform's problem+json answers that this toolkit knows (`ERROR_STATUSES` gives each its HTTP
 * status).
 */
export type ErrorCode = keyof typeof ERROR_STATUSES;

/** Whether the platform's answer named a code this toolkit knows. */
export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_STATUSES, code);
