export {
  createClient,
  type QmiClient,
  type UpdateOptions,
  type GuardedOptions,
  type ListApplicationsParams,
  type ProConnectStart,
} from './client.js';
export type { ClientOptions, RequestOptions, CreateOptions, Download } from './http.js';
export type { ExportParams } from './review.js';
export {
  AbortError,
  ApiError,
  apiErrorFor,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  PreconditionFailedError,
  PreconditionRequiredError,
  QmiError,
  RateLimitError,
  ResponseValidationError,
  TimeoutError,
  ValidationError,
  type ApiErrorCode,
  type ConnectionFailure,
} from './errors.js';
export { path } from './paths.js';
export { PlatformClock, PLATFORM_TIME_HEADER } from './platform-clock.js';
