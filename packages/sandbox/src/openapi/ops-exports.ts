import type { Operation } from './operations.js';

const IDS = {
  name: 'ids',
  description:
    'The dossiers to export, comma-separated (the board’s current selection); every row of the board when absent',
  schema: { type: 'string' },
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The HTTP contract of routes/exports.ts (issue 16, S4). */
export const EXPORTS_OPERATIONS: Operation[] = [
  {
    method: 'get',
    path: '/v1/calls/{callId}/export.csv',
    id: 'exportBoardCsv',
    tag: 'Review',
    summary:
      'Organisers: the board’s rows as CSV for French spreadsheets (UTF-8 with BOM, `;`, CRLF, RFC 4180 quoting), headers in the request’s language: commune, INSEE code, status, complete, eligible, submitted on (call’s time zone), reviewers, assessments n/m, per criterion the spread "min–max (n)" of the submitted ratings (no mean, no rank), agreement deadline and signature. Cells starting with = + - @ are prefixed with \'',
    auth: 'organiser',
    query: [IDS],
    success: { status: 200, type: 'text/csv; charset=utf-8', inline: { type: 'string' } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/v1/calls/{callId}/export.xlsx',
    id: 'exportBoardXlsx',
    tag: 'Review',
    summary:
      'Organisers: the same columns as an XLSX workbook (header row bold, frozen, with an autofilter; dates as dates, in the call’s time zone)',
    auth: 'organiser',
    query: [IDS],
    success: { status: 200, type: XLSX, inline: { type: 'string', contentMediaType: XLSX } },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/v1/applications/{id}/documents.zip',
    id: 'getDocumentsZip',
    tag: 'Documents',
    summary:
      'Every document of the dossier (a folder per kind, named in the request’s language; original names, repeated ones numbered) and its receipts’ PDFs, as one ZIP streamed from the files',
    auth: 'reviewer',
    success: { status: 200, type: 'application/zip', inline: { type: 'string', contentMediaType: 'application/zip' } },
    errors: [403, 404],
  },
];
