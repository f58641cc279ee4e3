import type { Board, BoardRow, CallDefinition, Lang } from '@qmi/core';
import { evaluate, territoryDirectory } from '@qmi/validators';
import type { Deps } from '../http/env.js';
import type { AccountRow } from '../store/accounts.js';
import { MAX_BOARD_ROWS } from '../store/board.js';

/**
 * The board of a call: every dossier for organisers (withdrawn ones counted, not listed), the dossiers
 * assigned to a reviewer (submitted or later, without a conflict) for them. Completeness and eligibility
 * come from `evaluate()` of @qmi/validators, the same rules as the applicant's form, with the issues in
 * `lang`. Exports (S4) use it too.
 */
export function boardOf(
  deps: Pick<Deps, 'store' | 'clock'>,
  call: CallDefinition,
  account: AccountRow,
  lang: Lang = 'fr',
): Board {
  const { store, clock } = deps;
  const q = store.board;
  const facts =
    account.role === 'organiser'
      ? q.all(call.id, MAX_BOARD_ROWS)
      : account.role === 'reviewer'
        ? q.assigned(account.id, call.id, MAX_BOARD_ROWS)
        : [];
  const reviewersOf = groupBy(q.reviewers(call.id), (row) => row.application_id);
  const submittedOf = new Map(q.submitted(call.id).map((row) => [row.application_id, row.submitted]));
  const mine =
    account.role === 'reviewer'
      ? new Map(q.mine(account.id, call.id).map((row) => [row.application_id, row.status]))
      : undefined;
  const directory = territoryDirectory(call.eligibility.territory.siren);
  const now = clock.now();
  const rows: BoardRow[] = [];
  for (const fact of facts) {
    const application = store.applications.get(fact.id);
    if (!application) continue;
    const report = evaluate(application, call, { now, lang, checkWindow: false });
    const errors = report.issues.filter((issue) => issue.severity === 'error');
    const reviewers = reviewersOf.get(application.id) ?? [];
    rows.push({
      id: application.id,
      commune: application.commune,
      communeName: directory?.find(application.commune)?.commune.name ?? application.commune,
      status: application.status,
      holdsPlace: application.holdsPlace,
      complete: report.complete,
      missing: errors.filter((issue) => issue.category === 'completeness').length,
      eligible: report.eligible,
      eligibilityIssues: errors.filter((issue) => issue.category === 'eligibility').map((issue) => issue.message),
      updatedAt: application.updatedAt,
      ...(application.submittedAt ? { submittedAt: application.submittedAt } : {}),
      reviewers: reviewers.map((reviewer) => ({
        id: reviewer.id,
        email: reviewer.email,
        organisation: reviewer.organisation ?? '',
        conflict: reviewer.conflict === 1,
      })),
      assessments: {
        submitted: submittedOf.get(application.id) ?? 0,
        expected: reviewers.filter((reviewer) => reviewer.conflict === 0).length,
      },
      adviceRequested: fact.advice_open === 1,
      // The deadline runs once selected; a later decision (none exists today) would end it.
      ...(fact.status === 'selected' && fact.agreement_deadline ? { agreementDeadline: fact.agreement_deadline } : {}),
      ...(fact.agreement_signed_at ? { agreementSignedAt: fact.agreement_signed_at } : {}),
      ...(mine ? { myAssessment: mine.get(application.id) ?? 'not_started' } : {}),
    });
  }
  const allCounts = Object.fromEntries(q.counts(call.id).map((row) => [row.status, row.n]));
  // Organisers count every dossier of the call, withdrawn ones included; a reviewer counts theirs.
  const counts: Record<string, number> = {};
  if (account.role === 'organiser') Object.assign(counts, allCounts);
  else for (const row of rows) counts[row.status] = (counts[row.status] ?? 0) + 1;
  return {
    callId: call.id,
    rows,
    counts,
    selected: allCounts.selected ?? 0,
    ...(call.maxSelected ? { maxSelected: call.maxSelected } : {}),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
