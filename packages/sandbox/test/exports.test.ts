import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { boardTable } from '../src/exports/board-table.js';
import { toCsv } from '../src/exports/csv.js';
import { CALL_WITHOUT_DOCUMENTS, organiser, raw, startTestSandbox, submittedDossier } from './helpers.js';
import { assignedReviewer, fullRating } from './review-helpers.js';

const sandbox = await startTestSandbox();
const CALL = CALL_WITHOUT_DOCUMENTS;

// Two dossiers of communes whose names carry accents; a reviewer rated the first one.
const first = await submittedDossier(sandbox, '94068'); // Saint-Maur-des-Fossés
const second = await submittedDossier(sandbox, '93055'); // Pantin
const reviewers = [
  await assignedReviewer(sandbox, first.application.id, 'ADEME'),
  await assignedReviewer(sandbox, first.application.id, 'RATP'),
];
for (const [index, reviewer] of reviewers.entries()) {
  const mine = await reviewer.assessments.mine(first.application.id);
  await reviewer.assessments.save(first.application.id, fullRating(index + 2), { ifMatch: mine.revision });
  await reviewer.assessments.submit(first.application.id);
}
const org = await organiser(sandbox);

async function download(format: 'csv' | 'xlsx', query = '', lang = 'fr') {
  const response = await fetch(`${sandbox.url}/v1/calls/${CALL.id}/export.${format}${query}`, {
    headers: { authorization: `Bearer ${org.session.token}`, 'accept-language': lang },
  });
  return { response, bytes: Buffer.from(await response.arrayBuffer()) };
}

test('the CSV opens in a French spreadsheet as it is: BOM, accents kept, `;` between fields, French headers', async () => {
  const { response, bytes } = await download('csv');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.match(response.headers.get('content-disposition')!, /filename="qmi-2-test-dossiers-2023-12-01\.csv"/);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const text = bytes.subarray(3).toString('utf8');
  const lines = text.split('\r\n');
  assert.equal(lines.at(-1), '', 'every line ends with CRLF');
  const header = lines[0]!.split(';');
  assert.deepEqual(header.slice(0, 8), [
    'Commune',
    'Code INSEE',
    'Statut',
    'Complet',
    'Éligible',
    'Déposé le',
    'Examinateurs',
    'Évaluations',
  ]);
  assert.deepEqual(
    header.slice(8, 8 + CALL.criteria.length),
    CALL.criteria.map((criterion) => criterion.title.fr),
  );
  assert.deepEqual(header.slice(-2), ['Convention à signer avant', 'Convention signée le']);

  const saintMaur = lines.find((line) => line.startsWith('Saint-Maur-des-Fossés;'))!.split(';');
  assert.equal(saintMaur[1], '94068');
  assert.equal(saintMaur[2], 'Déposé');
  assert.equal(saintMaur[3], 'Oui');
  // Submitted at 09:00 UTC, shown at 10:00 in Paris (the sandbox's clock runs on from there).
  assert.match(saintMaur[5]!, /^2023-12-01 10:0\d$/);
  assert.match(saintMaur[6]!, /\(ADEME\)/);
  assert.match(saintMaur[6]!, /\(RATP\)/);
  assert.equal(saintMaur[7], '2/2');
  // The spread of the two ratings (2 and 3), never a mean.
  assert.deepEqual(
    saintMaur.slice(8, 8 + CALL.criteria.length),
    CALL.criteria.map(() => '2–3 (2)'),
  );
  assert.ok(lines.some((line) => line.startsWith('Pantin;93055;Déposé;')));
});

test('the export holds only the dossiers selected on the board, and speaks English to an English reader', async () => {
  const { bytes } = await download('csv', `?ids=${second.application.id}`, 'en');
  const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0]!, /^Commune;INSEE code;Status;Complete;Eligible;Submitted on;Reviewers;Assessments;/);
  assert.match(lines[1]!, /^Pantin;93055;Submitted;Yes;/);
});

test('the XLSX reads back in a spreadsheet library: bold frozen header with a filter, real dates in Paris time', async () => {
  const { response, bytes } = await download('xlsx');
  assert.equal(response.status, 200);
  assert.equal(
    response.headers.get('content-type'),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  assert.match(response.headers.get('content-disposition')!, /filename="qmi-2-test-dossiers-2023-12-01\.xlsx"/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Dossiers')!;
  assert.equal(sheet.getCell('A1').value, 'Commune');
  assert.equal(sheet.getCell('E1').value, 'Éligible');
  assert.equal(sheet.getRow(1).font?.bold, true);
  assert.equal(sheet.views[0]?.state, 'frozen');
  assert.ok(sheet.autoFilter, 'the header row filters');
  const rows = sheet.getSheetValues().slice(2) as unknown[][];
  const saintMaur = rows.find((row) => row[1] === 'Saint-Maur-des-Fossés')!;
  const submitted = saintMaur[6];
  assert.ok(submitted instanceof Date, 'a real date, sortable');
  // The wall clock of Paris, as a spreadsheet (which has no time zones) shows it.
  assert.equal((submitted as Date).toISOString().slice(0, 15), '2023-12-01T10:0');
  assert.equal(saintMaur[9], '2–3 (2)');
  assert.ok(sheet.getColumn(1).width! >= 'Saint-Maur-des-Fossés'.length);
});

test('only organisers export: a commune’s agent and a reviewer are refused', async () => {
  for (const token of [first.agent.session.token, reviewers[0]!.session.token]) {
    for (const format of ['csv', 'xlsx']) {
      const refused = await raw(sandbox, 'GET', `/v1/calls/${CALL.id}/export.${format}`, { token });
      assert.equal(refused.status, 403, format);
      assert.equal(refused.json.code, 'forbidden');
    }
  }
});

test('a cell a spreadsheet would run as a formula is written as text', () => {
  const table = boardTable(CALL, [], new Map(), 'fr');
  table.rows.push(['=HYPERLINK("http://evil.example")', '+33', '-1', '@SUM(A1)', 'ordinaire', 3, null]);
  const line = toCsv(table, CALL.timeZone).split('\r\n')[1]!;
  assert.equal(line, `"'=HYPERLINK(""http://evil.example"")";'+33;'-1;'@SUM(A1);ordinaire;3;`);
});
