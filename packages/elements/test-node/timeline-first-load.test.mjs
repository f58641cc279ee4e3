// A page showing `<qmi-timeline>` reads dates; few of its visitors add a webinar to their agenda. The
// .ics writer (RFC 5545, with the Paris time zone's rules) comes when a calendar link is reached or
// followed, not with the page.
//
//   node --test test-node/   (from packages/elements, after `npm run build`)
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { downloads } from './support/downloads.mjs';

/** A line only the .ics writer writes. */
const ICS = 'PRODID:-//qmi-kit//qmi-timeline//FR';

it('a timeline page downloads the calendar files’ writer only when a link asks for it', async () => {
  for (const contents of ["import '@qmi/elements/timeline';", "export * from '@qmi/elements/timeline';"]) {
    const { first, later } = await downloads(contents);
    assert.ok(!first.includes(ICS), `${contents} loads the .ics writer before use`);
    assert.ok(later.includes(ICS), `${contents}: the .ics writer is a chunk of its own`);
  }
});

it('the whole library still exports calendarFile', async () => {
  const library = await import('@qmi/elements');
  assert.equal(typeof library.calendarFile, 'function');
});
