import {
  AnnotationRequest,
  type Application,
  type Assessment,
  AssessmentDraft,
  type AssessmentsView,
  type CallDefinition,
  type FieldError,
  SynthesisRequest,
} from '@qmi/core';
import { Hono, type Context } from 'hono';
import { callOf, ifMatchRevision, loadApplication } from '../http/access.js';
import { requireAccount } from '../http/auth.js';
import { readBody } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { answerOnce } from '../http/idempotency.js';
import { ProblemError, say } from '../http/problem.js';
import { notifyOrganisers } from '../review/notify.js';
import type { AccountRow } from '../store/accounts.js';
import { spreadOf } from '../store/assessments.js';

/**
 * Reviewers' assessments per criterion, the committee's synthesis and the organisers' private
 * annotations (issue 16). None of it is the commune's: its owner and editors get 404 here, as for a
 * dossier that is not theirs, so that no answer even tells them an assessment exists.
 */
export const assessmentRoutes = new Hono<AppEnv>();

/** Organisers, and reviewers where `reviewers` says so; applicants are answered 404. */
function requireExaminer(c: Context<AppEnv>, reviewers: 'allow' | 'refuse'): AccountRow {
  const account = requireAccount(c);
  if (account.role === 'applicant') throw new ProblemError('not_found');
  if (account.role === 'reviewer' && reviewers === 'refuse') throw new ProblemError('not_found');
  return account;
}

/** A reviewer's own assessment: organisers have none (403); applicants get 404. */
function requireReviewer(c: Context<AppEnv>): AccountRow {
  const account = requireExaminer(c, 'allow');
  if (account.role !== 'reviewer') throw new ProblemError('forbidden');
  return account;
}

/** Assessed once submitted and while eligibility is being or has been declared, not after the decision. */
function requireOpenForAssessment(application: Application) {
  if (application.status !== 'submitted' && application.status !== 'eligible') {
    throw new ProblemError('assessment_closed', { extra: { applicationStatus: application.status } });
  }
}

const etagOfAssessment = (assessment: Assessment) => `"${assessment.revision}"`;

/** Every rating names a criterion of the call and is a value of its scale (null: not chosen yet). */
function checkRatings(c: Context<AppEnv>, call: CallDefinition, draft: AssessmentDraft): FieldError[] {
  const criteria = new Set(call.criteria.map((criterion) => criterion.id));
  const scale = call.assessmentScale?.map((level) => level.value);
  const errors: FieldError[] = [];
  for (const [id, { rating }] of Object.entries(draft.ratings)) {
    if (!criteria.has(id)) {
      errors.push({
        path: `ratings.${id}`,
        code: 'unknown_criterion',
        message: say(c, `L’appel n’a pas de critère « ${id} ».`, `The call has no criterion "${id}".`),
      });
    } else if (rating !== null && scale && !scale.includes(rating)) {
      errors.push({
        path: `ratings.${id}.rating`,
        code: 'not_on_scale',
        message: say(
          c,
          `La note doit être l’une des valeurs de l’échelle : ${scale.join(', ')}.`,
          `The rating must be one of the scale's values: ${scale.join(', ')}.`,
        ),
      });
    }
  }
  return errors;
}

function view(c: Context<AppEnv>, account: AccountRow, application: Application): AssessmentsView {
  const { store } = c.get('deps');
  const call = callOf(c, application.callId);
  const all = store.assessments.list(application.id);
  const submitted = all.filter((assessment) => assessment.status === 'submitted');
  const counts = { submitted: submitted.length, expected: store.assessments.expected(application.id) };
  if (account.role === 'reviewer') {
    const own = all.find((assessment) => assessment.reviewerId === account.id);
    // No anchoring: the others' ratings, the spread and the synthesis wait for the reviewer's own.
    if (own?.status !== 'submitted') {
      return { assessments: own ? [own] : [], ...counts, spread: [], othersVisible: false };
    }
  }
  const synthesis = store.assessments.synthesis(application.id);
  return {
    // Organisers follow drafts too; a reviewer sees the others' once submitted, never their drafts.
    assessments: account.role === 'organiser' ? all : submitted,
    ...counts,
    spread: spreadOf(call.criteria, submitted),
    ...(synthesis ? { synthesis } : {}),
    othersVisible: true,
  };
}

assessmentRoutes.get('/v1/applications/:id/assessments', (c) => {
  const account = requireExaminer(c, 'allow');
  const application = loadApplication(c, account, c.req.param('id'), { reviewers: 'allow' });
  return c.json(view(c, account, application));
});

assessmentRoutes.get('/v1/applications/:id/assessments/mine', (c) => {
  const account = requireReviewer(c);
  const application = loadApplication(c, account, c.req.param('id'), { reviewers: 'allow' });
  const { store, clock } = c.get('deps');
  const assessment =
    store.assessments.mine(application.id, account.id) ??
    store.assessments.open(application.id, account.id, clock.now().toISOString());
  c.header('etag', etagOfAssessment(assessment));
  return c.json(assessment);
});

assessmentRoutes.put('/v1/applications/:id/assessments/mine', async (c) => {
  const account = requireReviewer(c);
  const application = loadApplication(c, account, c.req.param('id'), { reviewers: 'allow' });
  const expected = ifMatchRevision(c);
  if (expected === undefined) throw new ProblemError('precondition_required');
  const draft = await readBody(c, AssessmentDraft);
  const errors = checkRatings(c, callOf(c, application.callId), draft);
  if (errors.length) throw new ProblemError('validation_failed', { errors });
  requireOpenForAssessment(application);
  const { store, clock } = c.get('deps');
  const now = clock.now().toISOString();
  const saved = store.transaction(() => {
    const current =
      store.assessments.mine(application.id, account.id) ?? store.assessments.open(application.id, account.id, now);
    if (current.status === 'submitted') throw new ProblemError('assessment_submitted');
    if (expected !== '*' && expected !== current.revision) throw assessmentMismatch(c, current);
    // A save replaces the ratings it names and keeps the others: the draft is written criterion by criterion.
    const ratings = { ...current.ratings, ...draft.ratings };
    if (!store.assessments.save(current.id, ratings, current.revision, now)) throw assessmentMismatch(c, current);
    return store.assessments.mine(application.id, account.id)!;
  });
  c.header('etag', etagOfAssessment(saved));
  return c.json(saved);
});

assessmentRoutes.post('/v1/applications/:id/assessments/mine/submit', (c) => {
  const account = requireReviewer(c);
  const application = loadApplication(c, account, c.req.param('id'), { reviewers: 'allow' });
  const expected = ifMatchRevision(c);
  const call = callOf(c, application.callId);
  requireOpenForAssessment(application);
  const { store, clock } = c.get('deps');
  const now = clock.now().toISOString();
  const current = store.assessments.mine(application.id, account.id);
  if (current?.status === 'submitted') throw new ProblemError('assessment_submitted');
  if (current && expected !== undefined && expected !== '*' && expected !== current.revision) {
    throw assessmentMismatch(c, current);
  }
  const missing = call.criteria.filter((criterion) => typeof current?.ratings[criterion.id]?.rating !== 'number');
  if (missing.length) {
    throw new ProblemError('assessment_incomplete', {
      errors: missing.map((criterion) => ({
        path: `ratings.${criterion.id}`,
        code: 'required',
        message: say(
          c,
          `Notez le critère ${criterion.number} « ${criterion.title.fr} ».`,
          `Rate criterion ${criterion.number} "${criterion.title.en}".`,
        ),
      })),
    });
  }
  const assessment = current!;
  return answerOnce(c, 200, () => {
    if (!store.assessments.submit(assessment.id, now)) throw new ProblemError('assessment_submitted');
    store.history.record(
      application.id,
      { action: 'assessment_submitted', actorId: account.id, actorRole: 'reviewer' },
      now,
    );
    // In-app only: organisers follow assessments on the board; an e-mail per assessment would be noise.
    notifyOrganisers(
      c.get('deps'),
      application,
      'assessment_submitted',
      { email: account.email },
      now,
      () => undefined,
    );
    return store.assessments.mine(application.id, account.id)!;
  });
});

assessmentRoutes.put('/v1/applications/:id/synthesis', async (c) => {
  const account = requireExaminer(c, 'allow');
  const application = loadApplication(c, account, c.req.param('id'), { reviewers: 'allow' });
  // Reviewers read the synthesis once they submitted; writing it is the organisers'.
  if (account.role !== 'organiser') throw new ProblemError('forbidden');
  const body = await readBody(c, SynthesisRequest);
  const { store, clock } = c.get('deps');
  return c.json(store.assessments.writeSynthesis(application.id, body, account.id, clock.now().toISOString()));
});

assessmentRoutes.get('/v1/applications/:id/annotations', (c) => {
  const account = requireExaminer(c, 'refuse');
  const application = loadApplication(c, account, c.req.param('id'));
  return c.json({ data: c.get('deps').store.annotations.list(application.id) });
});

assessmentRoutes.post('/v1/applications/:id/annotations', async (c) => {
  const account = requireExaminer(c, 'refuse');
  const application = loadApplication(c, account, c.req.param('id'));
  const { text } = await readBody(c, AnnotationRequest);
  const { store, clock } = c.get('deps');
  return answerOnce(c, 201, () => store.annotations.create(application.id, account, text, clock.now().toISOString()));
});

assessmentRoutes.delete('/v1/applications/:id/annotations/:annotationId', (c) => {
  const account = requireExaminer(c, 'refuse');
  const application = loadApplication(c, account, c.req.param('id'));
  const { annotations } = c.get('deps').store;
  const annotation = annotations.get(application.id, c.req.param('annotationId'));
  if (!annotation) throw new ProblemError('not_found');
  // A note speaks for the organiser who wrote it: the others may add theirs, not erase it.
  if (annotation.authorId !== account.id) {
    throw new ProblemError('forbidden', {
      detail: say(c, 'Seul l’auteur d’une note peut la supprimer.', 'Only the author of a note may delete it.'),
    });
  }
  annotations.remove(annotation.id);
  return c.body(null, 204);
});

/** 412 with the reviewer's current assessment, so that the client merges without another request. */
function assessmentMismatch(c: Context<AppEnv>, current: Assessment): ProblemError {
  return new ProblemError('revision_mismatch', {
    detail: say(
      c,
      `Vous avez modifié la révision ${c.req.header('if-match')} ; la révision actuelle est "${current.revision}".`,
      `You changed revision ${c.req.header('if-match')}; the current revision is "${current.revision}".`,
    ),
    extra: { currentRevision: current.revision, current },
    headers: { etag: etagOfAssessment(current) },
  });
}
