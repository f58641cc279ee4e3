import { ERROR_CODES, problemType, type ErrorCode, type FieldError, type Lang } from '@qmi/core';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/** Thrown by a handler to answer with a problem+json; app.onError turns it into the response. */
export class ProblemError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: {
      detail?: string | undefined;
      errors?: FieldError[] | undefined;
      extra?: Record<string, unknown> | undefined;
      headers?: Record<string, string> | undefined;
    } = {},
  ) {
    super(code);
  }
}

export function problemBody(code: ErrorCode, lang: Lang, instance: string, requestId: string, options: ProblemError['options'] = {}) {
  const { status, title } = ERROR_CODES[code];
  // Extension members first: they may add to the problem, never replace its standard members.
  return {
    ...options.extra,
    type: problemType(code),
    title: title[lang],
    status,
    ...(options.detail ? { detail: options.detail } : {}),
    instance,
    code,
    requestId,
    ...(options.errors ? { errors: options.errors } : {}),
  };
}

/** The RFC 9457 response for a code, in the request's language. */
export function problemResponse(c: Context<AppEnv>, code: ErrorCode, options: ProblemError['options'] = {}): Response {
  const body = problemBody(code, c.get('lang') ?? 'fr', new URL(c.req.url).pathname, c.get('requestId') ?? '', options);
  return new Response(JSON.stringify(body), {
    status: body.status,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', ...options.headers },
  });
}

/** Both languages in one place for the few details the server writes itself. */
export const say = (c: Context<AppEnv>, fr: string, en: string): string => (c.get('lang') === 'en' ? en : fr);
