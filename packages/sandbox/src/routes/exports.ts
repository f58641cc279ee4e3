import type { Board, CriterionSpread } from '@qmi/core';
import { Hono, type Context } from 'hono';
import { Readable } from 'node:stream';
import { callOf, loadApplication } from '../http/access.js';
import { requireAccount, requireOrganiser } from '../http/auth.js';
import { contentDisposition } from '../http/content-disposition.js';
import type { AppEnv } from '../http/env.js';
import { boardTable } from '../exports/board-table.js';
import { toCsv, wallTime } from '../exports/csv.js';
import { zipEntries, zipStream } from '../exports/documents-zip.js';
import { toXlsx } from '../exports/xlsx.js';
import { communeNameOf, slugOf } from '../receipts/receipt-facts.js';
import { boardOf } from '../review/board.js';
import { spreadOf } from '../store/assessments.js';

/** The organisers' exports of the board, and the ZIP of a dossier's documents. */
export const exportRoutes = new Hono<AppEnv>();

const DOWNLOAD_HEADERS = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'private, no-store',
  'content-security-policy': "default-src 'none'; sandbox",
};

/**
 * The board's rows the organiser chose (`ids`, the board's current selection; all when absent), with
 * the spread of the submitted ratings per criterion, in the request's language.
 */
function exported(c: Context<AppEnv>) {
  const organiser = requireOrganiser(c);
  const call = callOf(c, c.req.param('callId')!);
  const deps = c.get('deps');
  const lang = c.get('lang');
  const board: Board = boardOf(deps, call, organiser, lang);
  const wanted = c.req.query('ids')?.split(',').filter(Boolean);
  const rows = wanted ? board.rows.filter((row) => wanted.includes(row.id)) : board.rows;
  const spreads = new Map<string, CriterionSpread[]>(
    rows.map((row) => [
      row.id,
      spreadOf(
        call.criteria,
        deps.store.assessments.list(row.id).filter((assessment) => assessment.status === 'submitted'),
      ),
    ]),
  );
  // Named after the call and the platform's day: "qmi-2-dossiers-2023-12-01.csv".
  const day = wallTime(deps.clock.now().toISOString(), call.timeZone, false);
  return { call, lang, table: boardTable(call, rows, spreads, lang), basename: `${call.id}-dossiers-${day}` };
}

exportRoutes.get('/v1/calls/:callId/export.csv', (c) => {
  const { call, table, basename } = exported(c);
  return c.body(toCsv(table, call.timeZone), 200, {
    ...DOWNLOAD_HEADERS,
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': contentDisposition(`${basename}.csv`),
  });
});

exportRoutes.get('/v1/calls/:callId/export.xlsx', async (c) => {
  const { call, lang, table, basename } = exported(c);
  const workbook = await toXlsx(table, { timeZone: call.timeZone, lang, createdAt: c.get('deps').clock.now() });
  return c.body(new Uint8Array(workbook), 200, {
    ...DOWNLOAD_HEADERS,
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': contentDisposition(`${basename}.xlsx`),
  });
});

exportRoutes.get('/v1/applications/:id/documents.zip', async (c) => {
  const application = loadApplication(c, requireAccount(c), c.req.param('id'), { reviewers: 'allow' });
  const deps = c.get('deps');
  const { store, uploads } = deps;
  const call = callOf(c, application.callId);
  // A receipt whose PDF the retention rule dropped has nothing to put in the ZIP.
  const receipts = store.receipts.list(application.id).flatMap((receipt) => {
    const pdf = store.receipts.pdf(application.id, receipt.id);
    return pdf ? [{ ...receipt, pdf }] : [];
  });
  const entries = zipEntries(
    call,
    application,
    receipts,
    (documentId) => uploads.documentPath(store.documents.storageKey(application.id, documentId)!),
    c.get('lang'),
  );
  const stream = await zipStream(entries, deps.log);
  const commune = slugOf(communeNameOf(application.commune)) || application.commune;
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      ...DOWNLOAD_HEADERS,
      'content-type': 'application/zip',
      'content-disposition': contentDisposition(`dossier-${commune}-documents.zip`),
    },
  });
});
