// The committee's part of the in-page platform (stories/support/platform.ts), for <qmi-assessment>:
// a reviewer's own assessment (draft saved with If-Match, then sent), what each person sees of the
// others' (AssessmentsView), conflicts of interest, assignments, the synthesis, private annotations,
// decisions within the call's rules (the cap of selections) and the agreement. The rules are the
// sandbox's (routes/assessments.ts, reviewers.ts, lifecycle.ts), kept to what a story shows: the same
// answers, problem codes and field paths. A story without `assessment` leaves these routes to the others.
import {
  type Annotation,
  type Application,
  type Assessment,
  type AssessmentDraft,
  type AssessmentsView,
  type Assignment,
  type CriterionSpread,
  type Decision,
  type DecisionRequest,
  type ErrorCode,
  nextStatus,
  problemBody,
  QMI_2,
  type Reviewer,
  type Synthesis,
} from '@qmi/core';
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { AccountRouteTools } from './account-platform.js';

/** The story's dossier (stories/support/platform.ts STORY_APPLICATION_ID, not imported: that module imports this one). */
const STORY_APPLICATION = 'app_story';

/** What a story says about the committee's work on its dossier. */
export interface AssessmentScenario {
  assessment?: {
    /** The signed-in reviewer's own assessment (created empty on first read when absent). */
    mine?: Assessment;
    /** The other reviewers' assessments (drafts and sent ones). */
    others?: Assessment[];
    /** The signed-in reviewer declared a conflict of interest: the dossier answers 403. */
    conflict?: boolean;
    assignments?: Assignment[];
    reviewers?: Reviewer[];
    annotations?: Annotation[];
    synthesis?: Synthesis;
    decisions?: Decision[];
    /** Dossiers of the call selected already (other than the story's). */
    selected?: number;
  };
}

function problem(code: ErrorCode, extra: Record<string, unknown> = {}) {
  const body = problemBody(code, 'fr', '', 'req_story', { extra });
  return HttpResponse.json(body, { status: body.status, headers: { 'content-type': 'application/problem+json' } });
}

const fieldErrors = (code: ErrorCode, errors: Array<{ path: string; message: string }>) =>
  problem(code, { errors: errors.map((error) => ({ ...error, code: 'required' })) });

/** Median of sorted numbers (the mean of the middle two for an even count). */
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The spread per criterion of the call, over the assessments sent (never a mean, never a rank). */
export function spreadOf(assessments: readonly Assessment[]): CriterionSpread[] {
  return QMI_2.criteria.map((criterion) => {
    const ratings = assessments.map((assessment) => assessment.ratings[criterion.id]?.rating ?? null);
    const given = ratings.filter((rating): rating is number => rating !== null);
    return {
      criterionId: criterion.id,
      ratings,
      count: given.length,
      ...(given.length ? { min: Math.min(...given), max: Math.max(...given), median: median(given) } : {}),
    };
  });
}

/** One month later, the same instant (the sandbox's rule for the agreement's deadline). */
const monthLater = (instant: string) => {
  const date = new Date(instant);
  date.setUTCMonth(date.getUTCMonth() + (QMI_2.agreementWithinMonths ?? 1));
  return date.toISOString();
};

/** The routes, over one copy of the scenario (each story starts from its own). */
export function assessmentHandlers(
  scenario: AssessmentScenario,
  { url, now, me, authorised, found }: AccountRouteTools,
): HttpHandler[] {
  const story = scenario.assessment;
  if (!story) return [];
  const state = structuredClone(story);
  const others = state.others ?? [];
  const assignments = state.assignments ?? [];
  const annotations = state.annotations ?? [];
  const decisions = state.decisions ?? [];
  let mine = state.mine;
  let synthesis = state.synthesis;
  let agreementSignedAt: string | undefined;
  type Resolver = Parameters<typeof http.get>[1];
  const signedIn =
    (resolver: Resolver): Resolver =>
    (info) =>
      authorised(info.request) ? resolver(info) : problem('unauthenticated');
  const organiser = () => me.current.role === 'organiser';
  /** The dossier as a reviewer may open it: 403 after a conflict, 404 when not theirs. */
  const dossier = (id: unknown): Application | Response => {
    const application = found(String(id));
    if (!application) return problem('not_found');
    if (!organiser() && state.conflict) return problem('conflict_of_interest');
    return application;
  };
  const own = (application: Application): Assessment =>
    (mine ??= {
      id: 'asm_story',
      applicationId: application.id,
      reviewerId: me.current.id,
      email: me.current.email,
      organisation: 'ADEME',
      status: 'draft',
      ratings: {},
      revision: 1,
      updatedAt: now(),
    });
  const sent = (list: Assessment[]) => list.filter((assessment) => assessment.status === 'submitted');
  const view = (application: Application): AssessmentsView => {
    const expected = assignments.filter((item) => !item.conflict).length || others.length + 1;
    const every = [...(mine ? [mine] : []), ...others];
    if (organiser() || mine?.status === 'submitted') {
      const shown = organiser() ? every : sent(every);
      return {
        assessments: shown,
        submitted: sent(every).length,
        expected,
        spread: spreadOf(sent(shown)),
        ...(synthesis ? { synthesis } : {}),
        othersVisible: true,
      };
    }
    return {
      assessments: [own(application)],
      submitted: sent(every).length,
      expected,
      spread: [],
      othersVisible: false,
    };
  };

  return [
    http.get(
      url('/v1/applications/:id/assessments/mine'),
      signedIn(({ params }) => {
        const application = dossier(params.id);
        return application instanceof Response ? application : HttpResponse.json(own(application));
      }),
    ),
    http.put(
      url('/v1/applications/:id/assessments/mine'),
      signedIn(async ({ request, params }) => {
        const application = dossier(params.id);
        if (application instanceof Response) return application;
        const current = own(application);
        if (current.status === 'submitted') return problem('assessment_submitted');
        const ifMatch = request.headers.get('if-match');
        if (!ifMatch) return problem('precondition_required');
        if (ifMatch !== `"${current.revision}"`) return problem('revision_mismatch');
        const { ratings } = (await request.json()) as AssessmentDraft;
        mine = { ...current, ratings, revision: current.revision + 1, updatedAt: now() };
        return HttpResponse.json(mine);
      }),
    ),
    http.post(
      url('/v1/applications/:id/assessments/mine/submit'),
      signedIn(({ params }) => {
        const application = dossier(params.id);
        if (application instanceof Response) return application;
        const current = own(application);
        const missing = QMI_2.criteria.filter((criterion) => current.ratings[criterion.id]?.rating == null);
        if (missing.length)
          return fieldErrors(
            'assessment_incomplete',
            missing.map((criterion) => ({ path: `ratings.${criterion.id}`, message: 'Critère non évalué.' })),
          );
        mine = { ...current, status: 'submitted', submittedAt: now(), revision: current.revision + 1 };
        return HttpResponse.json(mine);
      }),
    ),
    http.get(
      url('/v1/applications/:id/assessments'),
      signedIn(({ params }) => {
        const application = dossier(params.id);
        return application instanceof Response ? application : HttpResponse.json(view(application));
      }),
    ),
    http.post(
      url('/v1/applications/:id/conflict-of-interest'),
      signedIn(async ({ request, params }) => {
        const application = dossier(params.id);
        if (application instanceof Response) return application;
        const { reason } = (await request.json()) as { reason: string };
        state.conflict = true;
        mine = undefined;
        const assignment: Assignment = {
          applicationId: application.id,
          reviewerId: me.current.id,
          email: me.current.email,
          organisation: 'ADEME',
          assignedAt: '2024-01-15T09:00:00.000Z',
          conflict: { declaredAt: now(), reason },
          assessment: 'not_started',
        };
        return HttpResponse.json(assignment, { status: 201 });
      }),
    ),
    http.get(
      url('/v1/applications/:id/assignments'),
      signedIn(({ params }) => HttpResponse.json({ data: assignments.filter((a) => a.applicationId === params.id) })),
    ),
    http.post(
      url('/v1/applications/:id/assignments'),
      signedIn(async ({ request, params }) => {
        const { reviewerId } = (await request.json()) as { reviewerId: string };
        const reviewer = state.reviewers?.find((item) => item.id === reviewerId && item.status === 'active');
        if (!reviewer) return problem('reviewer_not_found');
        const assignment: Assignment = {
          applicationId: String(params.id),
          reviewerId,
          email: reviewer.email,
          organisation: reviewer.organisation,
          assignedAt: now(),
          assessment: 'not_started',
        };
        assignments.push(assignment);
        return HttpResponse.json(assignment, { status: 201 });
      }),
    ),
    http.delete(
      url('/v1/applications/:id/assignments/:reviewerId'),
      signedIn(({ params }) => {
        const index = assignments.findIndex((item) => item.reviewerId === params.reviewerId);
        if (index >= 0) assignments.splice(index, 1);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.get(
      url('/v1/reviewers'),
      signedIn(() => HttpResponse.json({ data: state.reviewers ?? [] })),
    ),
    http.get(
      url('/v1/applications/:id/annotations'),
      signedIn(() => (organiser() ? HttpResponse.json({ data: annotations }) : problem('not_found'))),
    ),
    http.post(
      url('/v1/applications/:id/annotations'),
      signedIn(async ({ request, params }) => {
        const { text } = (await request.json()) as { text: string };
        const annotation: Annotation = {
          id: `ann_${annotations.length + 1}`,
          applicationId: String(params.id),
          authorId: me.current.id,
          authorEmail: me.current.email,
          text,
          createdAt: now(),
        };
        annotations.push(annotation);
        return HttpResponse.json(annotation, { status: 201 });
      }),
    ),
    http.delete(
      url('/v1/applications/:id/annotations/:annotationId'),
      signedIn(({ params }) => {
        const index = annotations.findIndex((item) => item.id === params.annotationId);
        if (index >= 0) annotations.splice(index, 1);
        return new HttpResponse(null, { status: 204 });
      }),
    ),
    http.put(
      url('/v1/applications/:id/synthesis'),
      signedIn(async ({ request }) => {
        const body = (await request.json()) as { text: string };
        synthesis = { text: body.text, updatedBy: me.current.id, updatedAt: now() };
        return HttpResponse.json(synthesis);
      }),
    ),
    http.get(
      url('/v1/applications/:id/decisions'),
      signedIn(({ params }) => HttpResponse.json({ data: decisions.filter((d) => d.applicationId === params.id) })),
    ),
    http.post(
      url('/v1/applications/:id/decisions'),
      signedIn(async ({ request, params }) => {
        const application = found(String(params.id));
        if (!application) return problem('not_found');
        const body = (await request.json()) as DecisionRequest;
        const to = nextStatus(application.status, body.action, 'organiser');
        if (!to) return problem('invalid_transition');
        if (body.action === 'request_changes' && !body.fields?.length)
          return fieldErrors('decision_incomplete', [{ path: 'fields', message: 'Nommez les champs à modifier.' }]);
        if (body.action === 'declare_ineligible' && !body.reasons?.length)
          return fieldErrors('decision_incomplete', [{ path: 'reasons', message: 'Donnez au moins un motif.' }]);
        const max = QMI_2.maxSelected ?? Infinity;
        const selected = state.selected ?? 0;
        if (body.action === 'select' && selected >= max)
          return problem('selection_cap_reached', { maxSelected: max, selected });
        if (body.action === 'select') state.selected = selected + 1;
        const decision: Decision = {
          id: `dec_${decisions.length + 1}`,
          applicationId: application.id,
          action: body.action,
          ...(body.comment ? { comment: body.comment } : {}),
          ...(body.reasons ? { reasons: body.reasons } : {}),
          ...(body.fields ? { fields: body.fields } : {}),
          ...(body.action === 'select' ? { agreementDeadline: monthLater(now()) } : {}),
          fromStatus: application.status,
          toStatus: to,
          decidedBy: me.current.id,
          decidedAt: now(),
        };
        decisions.push(decision);
        Object.assign(application, { status: to, revision: application.revision + 1, updatedAt: now() });
        return HttpResponse.json({ decision, application }, { status: 201 });
      }),
    ),
    http.post(
      url('/v1/applications/:id/agreement'),
      signedIn(async ({ request, params }) => {
        const application = found(String(params.id));
        if (!application) return problem('not_found');
        if (application.status !== 'selected') return problem('invalid_transition');
        agreementSignedAt = ((await request.json()) as { signedAt: string }).signedAt;
        return HttpResponse.json(application);
      }),
    ),
    http.get(
      url('/v1/calls/:callId/board'),
      signedIn(({ params }) => {
        // Only what <qmi-assessment> reads: the count of selections and this dossier's signature.
        const application = found(STORY_APPLICATION);
        const row = application && {
          id: application.id,
          commune: application.commune,
          communeName: 'Saint-Denis',
          status: application.status,
          holdsPlace: true,
          complete: true,
          missing: 0,
          eligible: true,
          eligibilityIssues: [],
          updatedAt: application.updatedAt,
          reviewers: [],
          assessments: { submitted: 0, expected: 0 },
          adviceRequested: false,
          ...(agreementSignedAt ? { agreementSignedAt } : {}),
        };
        return HttpResponse.json({
          callId: String(params.callId),
          rows: row ? [row] : [],
          counts: {},
          maxSelected: QMI_2.maxSelected,
          selected: state.selected ?? 0,
        });
      }),
    ),
  ];
}
