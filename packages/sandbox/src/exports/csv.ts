import { wallClock } from '@qmi/core';
import type { Cell, Table } from './board-table.js';

/** "2023-12-01 10:00" in the call's time zone: what French and English spreadsheets read as a date. */
export function wallTime(instant: string, timeZone: string, withTime: boolean): string {
  const w = wallClock(new Date(instant), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  const day = `${w.year}-${two(w.month)}-${two(w.day)}`;
  return withTime ? `${day} ${two(w.hour)}:${two(w.minute)}` : day;
}

/**
 * A text a spreadsheet would run as a formula (= + - @, or a tab or carriage return that some
 * treat the same) is prefixed with an apostrophe (OWASP's CSV injection advice): names and
 * e-mails come from applicants.
 */
export const defuse = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

const field = (cell: Cell, timeZone: string): string => {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = typeof cell === 'string' ? defuse(cell) : wallTime(cell.instant, timeZone, cell.withTime);
  // RFC 4180: quoted when it holds the separator, a quote or a line break; quotes doubled.
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * CSV as French spreadsheets open it without an import dialog: UTF-8 with a byte order mark (or
 * Excel reads it as Windows-1252 and "Éligible" turns to "Ã‰ligible"), `;` between fields (the
 * comma is the decimal separator in French), CRLF line ends (RFC 4180).
 */
export function toCsv(table: Table, timeZone: string): string {
  const lines = [table.headers, ...table.rows].map((row) => row.map((cell) => field(cell, timeZone)).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
