import type { CallDefinition, Lang, Milestone } from '@qmi/core';

/** Europe/Paris as an iCalendar time zone (RFC 5545 §3.6.5): the rules in force since 1996. */
const PARIS = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Paris',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** TEXT values escape backslashes, semicolons, commas and newlines (RFC 5545 §3.3.11). */
const text = (value: string) =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets are folded with CRLF and a space (RFC 5545 §3.1), never inside a character. */
function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (encoder.encode(current + char).length > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = char;
    } else current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/**
 * "20231114T090000" as the wall clock of `timeZone` shows the instant. (Core's `wallClock` does the same,
 * but this chunk imports nothing of @qmi/core: any value it imported from the core barrel would split the
 * timeline's first load into one more file, costing every visitor about 0.6 KB for this rare download.)
 */
function wallTime(instant: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}${part('month')}${part('day')}T${part('hour')}${part('minute')}${part('second')}`;
}

const utc = (instant: Date | string) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * An RFC 5545 calendar file for a milestone known to the instant (a webinar), in the call's time
 * zone: an agenda shows it at 9:00 in Paris whatever the device's own zone. Other zones than
 * Europe/Paris are written in UTC, which every agenda understands.
 */
export function calendarFile(call: CallDefinition, milestone: Milestone, lang: Lang, stamp: Date): string | undefined {
  if (milestone.start.precision !== 'instant') return undefined;
  const paris = call.timeZone === 'Europe/Paris';
  const when = (instant: string) =>
    paris ? `;TZID=Europe/Paris:${wallTime(instant, call.timeZone)}` : `:${utc(instant)}`;
  const end =
    milestone.end?.precision === 'instant'
      ? milestone.end.at
      : new Date(Date.parse(milestone.start.at) + 3600_000).toISOString();
  const description = [milestone.description?.[lang], call.title[lang]].filter(Boolean).join('\n');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//qmi-kit//qmi-timeline//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(paris ? PARIS : []),
    'BEGIN:VEVENT',
    `UID:${call.id}-${milestone.id}@qmi-kit`,
    `DTSTAMP:${utc(stamp)}`,
    `DTSTART${when(milestone.start.at)}`,
    `DTEND${when(end)}`,
    `SUMMARY:${text(milestone.title[lang])}`,
    ...(description ? [`DESCRIPTION:${text(description)}`] : []),
    ...(milestone.registration ? [`ORGANIZER:mailto:${milestone.registration.email}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
