// The selection committee's invitation in the in-page platform (stories/support/platform.ts):
// POST /v1/reviewers/acceptance as the sandbox answers it (packages/sandbox/src/routes/reviewers.ts).
// The story's invited address has no account yet: without a password the platform asks for one (422 on
// `password`); with one it opens a reviewer's session. The expired token answers 410 token_invalid.
import { type Account, type ErrorCode, problemBody } from '@qmi/core';
import { http, HttpResponse, type HttpHandler } from 'msw';

/** The address the story's invitation was sent to. */
export const STORY_REVIEWER_EMAIL = 'experte@ademe.example';

export interface ReviewerInvitationTools {
  url: (path: string) => string;
  /** The signed-in account as the platform has it: accepting makes it the reviewer's. */
  me: { current: Account };
  /** The session the platform opens for `me.current` (the story token). */
  session: () => { token: string; expiresAt: string; account: Account };
  /** The token the platform answers as expired or used. */
  expiredToken: string;
}

function problem(code: ErrorCode, extra: Record<string, unknown> = {}) {
  const body = problemBody(code, 'fr', '', 'req_story', { extra });
  return HttpResponse.json(body, { status: body.status, headers: { 'content-type': 'application/problem+json' } });
}

export function reviewerInvitationHandlers(tools: ReviewerInvitationTools): HttpHandler[] {
  return [
    http.post(tools.url('/v1/reviewers/acceptance'), async ({ request }) => {
      const body = (await request.json()) as { token?: string; password?: string };
      if (body.token === tools.expiredToken) return problem('token_invalid');
      if (body.password === undefined || body.password.length < 10)
        return problem('validation_failed', {
          errors: [
            body.password === undefined
              ? { path: 'password', code: 'required', message: 'Choisissez votre mot de passe.' }
              : { path: 'password', code: 'too_small', message: 'Au moins 10 caractères.' },
          ],
        });
      tools.me.current = { ...tools.me.current, email: STORY_REVIEWER_EMAIL, role: 'reviewer', communes: [] };
      return HttpResponse.json(tools.session());
    }),
  ];
}
