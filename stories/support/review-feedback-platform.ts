// The organisers' side as the commune sees it, in the in-page platform (stories/support/platform.ts):
// the decisions on the dossier, "Marquer comme traité" on the organisers' comments, a new request for
// advice, and the person's notifications. The lists of comments and requests are answered by
// dossier-view-platform.ts, from the same scenario fields. The rules are the sandbox's (routes/lifecycle.ts,
// advice.ts, notifications.ts), kept to what a story shows: the same answers and problem codes.
import {
  type AdviceRequest,
  type Decision,
  type ErrorCode,
  isEditable,
  type Notification,
  problemBody,
  type SectionComment,
} from '@qmi/core';
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { AccountRouteTools } from './account-platform.js';

/** What a story says about the organisers' answers to its dossier and the person's notifications. */
export interface ReviewFeedbackScenario {
  /** The dossier's decisions, oldest first (`GET /v1/applications/:id/decisions`). */
  decisions?: Decision[];
  /** The organisers' comments per section (listed by dossier-view-platform.ts). */
  sectionComments?: SectionComment[];
  /** The commune's requests for advice (listed by dossier-view-platform.ts). */
  adviceRequests?: AdviceRequest[];
  /** The signed-in person's notifications, newest first (`GET /v1/notifications`). */
  notifications?: Notification[];
  /** `stall`: `GET /v1/notifications` never answers; `fail`: it answers 500. */
  notificationsLoading?: 'ok' | 'stall' | 'fail';
}

function problem(code: ErrorCode) {
  const body = problemBody(code, 'fr', '', 'req_story');
  return HttpResponse.json(body, { status: body.status, headers: { 'content-type': 'application/problem+json' } });
}

/** The routes, over one copy of the scenario (each story starts from its own). */
export function reviewFeedbackHandlers(
  scenario: ReviewFeedbackScenario,
  { url, now, authorised, found }: Pick<AccountRouteTools, 'url' | 'now' | 'authorised' | 'found'>,
): HttpHandler[] {
  const decisions = structuredClone(scenario.decisions ?? []);
  const comments = structuredClone(scenario.sectionComments ?? []);
  const advice = structuredClone(scenario.adviceRequests ?? []);
  const notifications = structuredClone(scenario.notifications ?? []);
  type Resolver = Parameters<typeof http.get>[1];
  const signedIn =
    (resolver: Resolver): Resolver =>
    (info) =>
      authorised(info.request) ? resolver(info) : problem('unauthenticated');
  const of = <T extends { applicationId: string }>(list: T[], id: unknown) =>
    list.filter((item) => item.applicationId === String(id));

  return [
    http.get(
      url('/v1/applications/:id/decisions'),
      signedIn(({ params }) => HttpResponse.json({ data: of(decisions, params.id) })),
    ),
    http.post(
      url('/v1/applications/:id/section-comments/:commentId/resolution'),
      signedIn(({ params }) => {
        const comment = comments.find((item) => item.id === params.commentId && item.applicationId === params.id);
        if (!comment) return problem('not_found');
        comment.resolvedAt ??= now();
        return HttpResponse.json(comment);
      }),
    ),
    http.post(
      url('/v1/applications/:id/advice-requests'),
      signedIn(async ({ request, params }) => {
        const application = found(params.id);
        if (!application) return problem('not_found');
        if (!isEditable(application.status)) return problem('advice_closed');
        const open = of(advice, params.id).find((item) => item.status === 'open');
        if (open) return HttpResponse.json(open);
        const { message } = (await request.json()) as { message: string };
        const created: AdviceRequest = {
          id: `adv_${advice.length + 1}`,
          applicationId: application.id,
          requestedBy: 'acct_story',
          message,
          status: 'open',
          createdAt: now(),
        };
        advice.push(created);
        return HttpResponse.json(created, { status: 201 });
      }),
    ),
    http.get(
      url('/v1/notifications'),
      signedIn(async () => {
        if (scenario.notificationsLoading === 'stall') await new Promise(() => undefined);
        if (scenario.notificationsLoading === 'fail') return problem('internal_error');
        return HttpResponse.json({ data: notifications });
      }),
    ),
    http.post(
      url('/v1/notifications/:notificationId/read'),
      signedIn(({ params }) => {
        const notification = notifications.find((item) => item.id === params.notificationId);
        if (!notification) return problem('not_found');
        notification.readAt ??= now();
        return HttpResponse.json(notification);
      }),
    ),
  ];
}
