import { type Lang, wallClock } from '@qmi/core';
import ExcelJS from 'exceljs';
import type { Cell, Table } from './board-table.js';

/**
 * Spreadsheets have no time zones: a date cell shows its serial number as it is. So an instant is
 * written as the wall clock of the call's time zone (10:00 in Paris shows 10:00 everywhere).
 */
const wallDate = (instant: string, timeZone: string): Date => {
  const w = wallClock(new Date(instant), timeZone);
  return new Date(Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second));
};

const FORMATS: Record<Lang, { date: string; dateTime: string }> = {
  fr: { date: 'dd/mm/yyyy', dateTime: 'dd/mm/yyyy hh:mm' },
  en: { date: 'dd mmm yyyy', dateTime: 'dd mmm yyyy hh:mm' },
};

const shownLength = (cell: Cell): number =>
  cell === null ? 0 : typeof cell === 'object' ? (cell.withTime ? 16 : 10) : String(cell).length;

/**
 * The table as an XLSX workbook (exceljs): one sheet, the header row bold and frozen with an
 * autofilter, dates as real dates (sortable, filterable), columns as wide as their content allows.
 * Text cells stay text: a workbook does not evaluate a string as a formula, so no escaping is needed.
 */
export async function toXlsx(
  table: Table,
  options: { timeZone: string; lang: Lang; createdAt: Date },
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'qmi-kit';
  workbook.created = options.createdAt;
  workbook.modified = options.createdAt;
  const sheet = workbook.addWorksheet('Dossiers', { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = sheet.addRow(table.headers);
  header.font = { bold: true };
  const format = FORMATS[options.lang];
  for (const cells of table.rows) {
    const row = sheet.addRow(
      cells.map((cell) =>
        cell !== null && typeof cell === 'object' ? wallDate(cell.instant, options.timeZone) : cell,
      ),
    );
    cells.forEach((cell, index) => {
      if (cell !== null && typeof cell === 'object')
        row.getCell(index + 1).numFmt = cell.withTime ? format.dateTime : format.date;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  table.headers.forEach((title, index) => {
    const longest = Math.max(title.length, ...table.rows.map((cells) => shownLength(cells[index] ?? null)));
    sheet.getColumn(index + 1).width = Math.min(60, Math.max(10, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
