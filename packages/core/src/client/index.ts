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
  clientBase,
  createClientBase,
  withResources,
  type ClientBase,
  type ResourceFactory,
  type ResourceFactories,
  type ResourcesOf,
} from './base.js';
export type { Http } from './http.js';
export { accountResource } from './resources/account.js';
export { applicationsResource } from './resources/applications.js';
export { applicationReaderResource } from './resources/application-reader.js';
export { authResource } from './resources/auth.js';
export { meResource } from './resources/me.js';
export { callsResource } from './resources/calls.js';
export { communeClaimsResource } from './resources/commune-claims.js';
export { documentsResource } from './resources/documents.js';
export { invitationsResource } from './resources/invitations.js';
export { messagesResource } from './resources/messages.js';
export {
  adviceResource,
  annotationsResource,
  assessmentsResource,
  assignmentsResource,
  boardResource,
  dossiersResource,
  notificationsResource,
  reviewersResource,
} from './resources/review.js';
export {
  AbortError,
  ApiError,
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
export { apiErrorFor } from './api-error-for.js';
export { path } from './paths.js';
export { PlatformClock, PLATFORM_TIME_HEADER } from './platform-clock.js';
