import { problemBody, type ErrorCode, type ProblemOptions } from '@qmi/core';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/** Thrown by a handler to answer with a problem+json; app.onError turns it into the response. */
export class ProblemError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly options: ProblemOptions & { headers?: Record<string, string> | undefined } = {},
  ) {
    super(code);
  }
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
