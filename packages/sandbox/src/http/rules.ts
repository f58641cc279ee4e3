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
