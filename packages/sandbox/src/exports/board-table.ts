import { APPLICATION_STATUS_LABELS, type Board, type CallDefinition, type CriterionSpread, type Lang } from '@qmi/core';

/** One cell: text, a whole number, an instant (shown in the call's time zone), or nothing. */
export type Cell = string | number | { instant: string; withTime: boolean } | null;

export interface Table {
  headers: string[];
  rows: Cell[][];
}

const HEADERS = {
  fr: {
    commune: 'Commune',
    insee: 'Code INSEE',
    status: 'Statut',
    complete: 'Complet',
    eligible: 'Éligible',
    submittedAt: 'Déposé le',
    reviewers: 'Examinateurs',
    assessments: 'Évaluations',
    agreementDeadline: 'Convention à signer avant',
    agreementSignedAt: 'Convention signée le',
    yes: 'Oui',
    no: 'Non',
    conflict: 'conflit d’intérêts',
  },
  en: {
    commune: 'Commune',
    insee: 'INSEE code',
    status: 'Status',
    complete: 'Complete',
    eligible: 'Eligible',
    submittedAt: 'Submitted on',
    reviewers: 'Reviewers',
    assessments: 'Assessments',
    agreementDeadline: 'Agreement to sign by',
    agreementSignedAt: 'Agreement signed on',
    yes: 'Yes',
    no: 'No',
    conflict: 'conflict of interest',
  },
};

/**
 * The board's rows as a table for a spreadsheet, in the reader's language. Per criterion, the
 * spread of the submitted ratings as "min–max (n)": never a mean nor a rank, as on the board and in
 * <qmi-assessment> (the committee weighs each dossier; a number would pretend to do it for them).
 */
export function boardTable(
  call: CallDefinition,
  rows: Board['rows'],
  spreads: ReadonlyMap<string, readonly CriterionSpread[]>,
  lang: Lang,
): Table {
  const h = HEADERS[lang];
  const yesNo = (value: boolean) => (value ? h.yes : h.no);
  const at = (instant: string | undefined, withTime: boolean): Cell => (instant ? { instant, withTime } : null);
  return {
    headers: [
      h.commune,
      h.insee,
      h.status,
      h.complete,
      h.eligible,
      h.submittedAt,
      h.reviewers,
      h.assessments,
      ...call.criteria.map((criterion) => criterion.title[lang]),
      h.agreementDeadline,
      h.agreementSignedAt,
    ],
    rows: rows.map((row) => {
      const spread = spreads.get(row.id) ?? [];
      return [
        row.communeName,
        row.commune,
        APPLICATION_STATUS_LABELS[row.status][lang],
        yesNo(row.complete),
        yesNo(row.eligible),
        at(row.submittedAt, true),
        row.reviewers
          .map(
            (reviewer) => `${reviewer.email} (${reviewer.organisation})${reviewer.conflict ? ` — ${h.conflict}` : ''}`,
          )
          .join(', '),
        `${row.assessments.submitted}/${row.assessments.expected}`,
        ...call.criteria.map((criterion) => {
          const ratings = spread.find((entry) => entry.criterionId === criterion.id);
          return ratings?.count ? `${ratings.min}–${ratings.max} (${ratings.count})` : null;
        }),
        at(row.agreementDeadline, true),
        at(row.agreementSignedAt, false),
      ];
    }),
  };
}
