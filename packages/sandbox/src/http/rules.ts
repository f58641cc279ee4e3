import {
  type Application,
  ApplicationContent,
  applicationContent,
  type CallDefinition,
  safeParseIn,
  toFieldErrors,
} from '@qmi/core';
import { evaluate, issuesAsFieldErrors, territoryDirectory } from '@qmi/validators';
import type { Context } from 'hono';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

/**
 * The commune may apply to this call (a current member of its territory, not excluded), judged by
 * the same rules the browser runs. Answers the current code, so that a former code (93059) opens
 * the dossier of today's commune (93066).
 */
export function requireEligibleCommune(c: Context<AppEnv>, call: CallDefinition, code: string): string {
  const report = evaluate({ commune: code }, call, {
    now: c.get('deps').clock.now(),
    lang: c.get('lang'),
    checkWindow: false,
  });
  const issues = report.issues.filter((issue) => issue.category === 'eligibility' && issue.severity === 'error');
  if (issues.length)
    throw new ProblemError('commune_not_eligible', { errors: issuesAsFieldErrors(issues), extra: { issues } });
  return territoryDirectory(call.eligibility.territory.siren)?.find(code)?.commune.code ?? code;
}

/**
 * A submission passes the call's rules (@qmi/validators' evaluate, as the browser runs it) and the
 * schema of a complete dossier. The window was judged already (409), so it is not judged again.
 */
export function requireReadyToSubmit(c: Context<AppEnv>, call: CallDefinition, application: Application): void {
  const lang = c.get('lang');
  const report = evaluate(application, call, { now: c.get('deps').clock.now(), lang, checkWindow: false });
  const issues = report.issues.filter((issue) => issue.severity === 'error');
  if (issues.length) {
    throw new ProblemError(report.eligible ? 'incomplete_application' : 'commune_not_eligible', {
      errors: issuesAsFieldErrors(issues),
      extra: { issues },
    });
  }
  // The rules follow the call's form; the schema also guards the stored shape itself.
  const complete = safeParseIn(ApplicationContent, applicationContent(application), lang);
  if (!complete.success) throw new ProblemError('incomplete_application', { errors: toFieldErrors(complete.error) });
}

/**
 * Only the dossier that holds its commune's place may be submitted: its owner is verified for the
 * commune (ProConnect, or an organiser approved their claim). An unverified account may prepare a
 * draft, never submit it in the commune's name.
 */
export function requireHoldsPlace(c: Context<AppEnv>, application: Application): void {
  if (application.holdsPlace) return;
  throw new ProblemError('commune_not_verified', {
    detail:
      c.get('lang') === 'en'
        ? 'Only the dossier of an account verified for the commune can be submitted: sign in with ProConnect, or ask the organisers to verify your account (POST /v1/commune-claims).'
        : 'Seul le dossier d’un compte vérifié pour la commune peut être déposé : identifiez-vous avec ProConnect, ou demandez aux organisateurs de vérifier votre compte (POST /v1/commune-claims).',
    extra: { commune: application.commune },
  });
}
