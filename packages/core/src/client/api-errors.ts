import type * as z from 'zod/mini';
import { type ErrorCode, isErrorCode } from '../error-statuses.js';
import type { Lang } from '../lang.js';
import type { Application } from '../schemas/application.js';
import type { FieldError, Problem, RuleIssue } from '../schemas/problem.js';
import { QmiError } from './errors.js';
import { validateNow } from './lazy-schema.js';

/*
 * The errors of an answer with an error status, made from its problem+json body. Apart from errors.ts: the
 * client makes them in the chunk it loads beside the problem schema (problem-reader.ts), so a page whose
 * code does not name them itself (a timeline) does not load them, nor the table of codes they check, before
 * an error answer comes. Their names are exported by the package as before (index.ts).
 */

/**
 * The `code` of an `ApiError`: one of the platform's stable codes (`ERROR_STATUSES`), so a typo in
 * `error.code === 'not_fuond'` is a compile error. `http_error` when the answer named no code this
 * client knows: no problem+json body (a proxy's error page, a tus answer without a body) or a code
 * added by a newer platform (`problem.code` keeps what was sent).
 */
export type ApiErrorCode = ErrorCode | 'http_error';

/**
 * The server answered with an error status. Carries the RFC 9457 body: branch on `code`,
 * show `problem.title` (localised by the server from Accept-Language).
 */
export class ApiError extends QmiError {
  override name = 'ApiError';
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly problem: Problem;
  readonly requestId: string | undefined;
  readonly headers: Headers;
  /**
   * The language the platform was asked to answer in (the request's Accept-Language), so the one of
   * `problem.title`; undefined when the client did not send the request (`apiErrorFor`).
   */
  lang: Lang | undefined;

  constructor(problem: Problem, headers: Headers) {
    super(problem.detail ? `${problem.title} ${problem.detail}` : problem.title);
    this.status = problem.status;
    this.code = isErrorCode(problem.code) ? problem.code : 'http_error';
    this.problem = problem;
    this.headers = headers;
    this.requestId = problem.requestId ?? headers.get('x-request-id') ?? undefined;
  }

  /** Field errors of a 400/422, with dotted paths ("team.agent.email"). */
  get fieldErrors(): FieldError[] {
    return this.problem.errors ?? [];
  }

  /** The rules' issues of a refused submission, with the same rule ids @qmi/validators gives in the browser. */
  get issues(): RuleIssue[] {
    return this.problem.issues ?? [];
  }
}

export class BadRequestError extends ApiError {
  override name = 'BadRequestError';
}
export class AuthenticationError extends ApiError {
  override name = 'AuthenticationError';
}
export class PermissionDeniedError extends ApiError {
  override name = 'PermissionDeniedError';
}
export class NotFoundError extends ApiError {
  override name = 'NotFoundError';
}
/** 409: a real conflict with the dossier's state (deadline passed, already submitted…). Never retried. */
export class ConflictError extends ApiError {
  override name = 'ConflictError';

  /**
   * On `application_exists`: the id of the commune's dossier for this call, when this account may open
   * it (its own, or shared with it); undefined otherwise.
   */
  get existingApplicationId(): string | undefined {
    const id = this.problem.existingApplicationId;
    return this.code === 'application_exists' && typeof id === 'string' ? id : undefined;
  }
}
/** 412: the dossier changed since the revision you sent. `current` is the server's version; merge, never retry blindly. */
export class PreconditionFailedError extends ApiError {
  override name = 'PreconditionFailedError';
  #current: Application | undefined | null = null;
  readonly #schema: z.core.$ZodType | undefined;

  /**
   * @param currentSchema The dossier's schema, given by the routes whose 412 carries the dossier (the
   * applications resource): the error module itself carries no resource's schema.
   */
  constructor(problem: Problem, headers: Headers, currentSchema?: z.core.$ZodType) {
    super(problem, headers);
    this.#schema = currentSchema;
  }

  /**
   * The dossier as the server holds it now (on `revision_mismatch`), parsed like every answer of the
   * client; undefined on a 412 that carries none (`tus_resumable_required`) or one that does not parse.
   */
  get current(): Application | undefined {
    if (this.#current === null) {
      // Through the schema's own Standard Schema interface: this module, which every element loads, imports no zod.
      const parsed = this.#schema ? validateNow(this.#schema, this.problem.current) : undefined;
      this.#current = parsed?.success ? (parsed.data as Application) : undefined;
    }
    return this.#current;
  }
}
export class ValidationError extends ApiError {
  override name = 'ValidationError';
}
/** 428: a write that needs `If-Match` was sent without it. */
export class PreconditionRequiredError extends ApiError {
  override name = 'PreconditionRequiredError';
}
export class RateLimitError extends ApiError {
  override name = 'RateLimitError';
}
export class InternalServerError extends ApiError {
  override name = 'InternalServerError';
}
