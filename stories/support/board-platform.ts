// The board's part of the in-page platform (stories/support/platform.ts): GET /v1/calls/:id/board,
// the exports of the selection (CSV, XLSX), a dossier's ZIP and a reviewer's assignments. The answers
// have the sandbox's shapes (Board, BoardRow, Assignment) and problem codes; what a story shows only.
import { type Assignment, type BoardRow, problemBody, QMI_2 } from '@qmi/core';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { PlatformScenario } from './platform.js';

type MyAssessment = Assignment['assessment'];

/** What a story says about the board. */
export interface BoardScenario {
  board?: {
    /** The rows the platform answers (default: none, an empty board). */
    rows?: BoardRow[];
    /** `stall`: the board never answers (loading); `fail`: it refuses (403 forbidden, as for an account that is neither organiser nor reviewer). */
    loading?: 'ok' | 'stall' | 'fail';
    /** Reviewer mode: the reviewer's own assessment of each dossier, by id. */
    mine?: Record<string, MyAssessment>;
  };
}

/** A story's `parameters` giving its platform scenario with the board's part. */
export const withBoard = (scenario: PlatformScenario & BoardScenario) => ({ platform: scenario });

export const STORY_REVIEWER_ID = 'acct_expert_ademe';

const ADEME = { id: STORY_REVIEWER_ID, email: 'expert@ademe.example', organisation: 'ADEME', conflict: false };
const RATP = { id: 'acct_expert_ratp', email: 'experte@ratp.example', organisation: 'RATP', conflict: false };

/** A row of the board (Saint-Denis, submitted, complete and eligible, unless told otherwise). */
export function boardRow(overrides: Partial<BoardRow> = {}): BoardRow {
  return {
    id: `app_${overrides.commune ?? '93066'}`,
    commune: '93066',
    communeName: 'Saint-Denis',
    status: 'submitted',
    holdsPlace: true,
    complete: true,
    missing: 0,
    eligible: true,
    eligibilityIssues: [],
    updatedAt: '2023-11-28T16:30:00.000Z',
    submittedAt: '2023-11-28T16:30:00.000Z',
    reviewers: [],
    assessments: { submitted: 0, expected: 0 },
    adviceRequested: false,
    ...overrides,
  };
}

/** The QMI 2 call a few days after its deadline: dossiers in every state of the examination. */
export const storyBoardRows = (): BoardRow[] => [
  boardRow({ reviewers: [ADEME, RATP], assessments: { submitted: 1, expected: 2 } }),
  boardRow({
    commune: '93048',
    communeName: 'Montreuil',
    status: 'eligible',
    reviewers: [ADEME, RATP],
    assessments: { submitted: 2, expected: 2 },
    updatedAt: '2023-11-30T10:00:00.000Z',
  }),
  boardRow({
    commune: '93001',
    communeName: 'Aubervilliers',
    status: 'selected',
    reviewers: [RATP],
    assessments: { submitted: 1, expected: 1 },
    agreementDeadline: '2024-01-01T09:00:00.000Z',
    updatedAt: '2023-12-01T08:00:00.000Z',
  }),
  boardRow({
    commune: '94028',
    communeName: 'Créteil',
    status: 'selected',
    reviewers: [ADEME],
    assessments: { submitted: 1, expected: 1 },
    agreementDeadline: '2023-11-20T09:00:00.000Z',
    agreementSignedAt: '2023-11-15T09:00:00.000Z',
    updatedAt: '2023-11-15T09:00:00.000Z',
  }),
  boardRow({
    commune: '93031',
    communeName: 'Épinay-sur-Seine',
    status: 'changes_requested',
    complete: false,
    missing: 2,
    reviewers: [{ ...ADEME, conflict: true }],
    updatedAt: '2023-11-29T14:00:00.000Z',
  }),
  boardRow({
    commune: '92050',
    communeName: 'Nanterre',
    status: 'draft',
    complete: false,
    missing: 5,
    adviceRequested: true,
    submittedAt: undefined,
    updatedAt: '2023-11-27T11:20:00.000Z',
  }),
  boardRow({
    commune: '94081',
    communeName: 'Vitry-sur-Seine',
    status: 'ineligible',
    eligible: false,
    eligibilityIssues: ['La commune n’est pas membre de la Métropole du Grand Paris.'],
    updatedAt: '2023-11-30T16:00:00.000Z',
  }),
];

function problem(code: 'not_found' | 'forbidden') {
  const body = problemBody(code, 'fr', '', 'req_story');
  return HttpResponse.json(body, { status: body.status, headers: { 'content-type': 'application/problem+json' } });
}

const download = (body: BodyInit, type: string, filename: string) =>
  new HttpResponse(body, {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });

/** The CSV of the sandbox's export, reduced to its first columns: UTF-8 with a BOM, `;`, CRLF. */
function csvOf(rows: readonly BoardRow[]): string {
  const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
  const lines = [['commune', 'code INSEE', 'statut'], ...rows.map((row) => [row.communeName, row.commune, row.status])];
  return `\uFEFF${lines.map((line) => line.map(quote).join(';')).join('\r\n')}\r\n`;
}

/** An empty ZIP archive (its end-of-central-directory record alone): the stories hold no files. */
const EMPTY_ZIP = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

/** What the platform's main module lends to these routes. */
export interface BoardRouteTools {
  url: (path: string) => string;
  authorised: (request: Request) => boolean;
}

/** The routes, over one copy of the scenario (each story starts from its own). */
export function boardHandlers(platform: PlatformScenario, tools: BoardRouteTools): HttpHandler[] {
  const scenario = (platform as BoardScenario).board ?? {};
  const rows = structuredClone(scenario.rows ?? []);
  const { url } = tools;
  type Resolver = Parameters<typeof http.get>[1];
  const signedIn =
    (resolver: Resolver): Resolver =>
    (info) =>
      tools.authorised(info.request) ? resolver(info) : problem('not_found');
  const chosen = (request: Request) => {
    const ids = new URL(request.url).searchParams.get('ids');
    return ids ? rows.filter((row) => ids.split(',').includes(row.id)) : rows;
  };
  const date = '2023-12-01';

  return [
    http.get(
      url('/v1/calls/:callId/board'),
      signedIn(async ({ params }) => {
        if (params.callId !== QMI_2.id) return problem('not_found');
        if (scenario.loading === 'stall') await delay('infinite');
        if (scenario.loading === 'fail') return problem('forbidden');
        const counts: Record<string, number> = {};
        for (const row of rows) counts[row.status] = (counts[row.status] ?? 0) + 1;
        return HttpResponse.json({
          callId: QMI_2.id,
          // On a reviewer's board, where their own assessment of each dossier stands.
          rows: scenario.mine
            ? rows.map((row) => ({ ...row, myAssessment: scenario.mine?.[row.id] ?? 'not_started' }))
            : rows,
          counts,
          maxSelected: QMI_2.maxSelected,
          selected: rows.filter((row) => row.status === 'selected').length,
        });
      }),
    ),
    http.get(
      url('/v1/calls/:callId/export.csv'),
      signedIn(({ request }) =>
        download(csvOf(chosen(request)), 'text/csv; charset=utf-8', `qmi-2-dossiers-${date}.csv`),
      ),
    ),
    // The in-page platform builds no workbook: the story's file is the same table as CSV, under the XLSX name.
    http.get(
      url('/v1/calls/:callId/export.xlsx'),
      signedIn(({ request }) =>
        download(csvOf(chosen(request)), 'text/csv; charset=utf-8', `qmi-2-dossiers-${date}.csv`),
      ),
    ),
    http.get(
      url('/v1/applications/:id/documents.zip'),
      signedIn(({ params }) => {
        const row = rows.find((item) => item.id === params.id);
        return row ? download(EMPTY_ZIP, 'application/zip', `dossier-${row.commune}.zip`) : problem('not_found');
      }),
    ),
  ];
}
