import type { ApplicationStatus, CallDefinition, Lang } from '@qmi/core';

/**
 * Where a call's application window stands at an instant: not yet open, open, or closed (its deadline
 * passed).
 */
export type WindowState = 'not_open' | 'open' | 'closed';

/** The whole last second counts: a deadline of 23:59:59 accepts 23:59:59.999. */
const LAST_SECOND_MS = 1000;

/**
 * Where the application phase stands at `now`. The clock is always passed in, never read here,
 * so that the browser, the server and the tests agree on the same instant.
 */
export function applicationWindowState(call: Pick<CallDefinition, 'applicationWindow'>, now: Date): WindowState {
  const t = now.getTime();
  if (t < Date.parse(call.applicationWindow.opensAt)) return 'not_open';
  if (t >= Date.parse(call.applicationWindow.deadline) + LAST_SECOND_MS) return 'closed';
  return 'open';
}

/**
 * The window as it binds one dossier: a new dossier or a draft must be inside it; a dossier the
 * organisers sent back for changes may still be completed and resubmitted after the deadline.
 * The platform refuses edits by this rule, and the form shows a dossier read-only by it.
 */
export function windowStateFor(
  status: ApplicationStatus | undefined,
  call: Pick<CallDefinition, 'applicationWindow'>,
  now: Date,
): WindowState {
  return status === undefined || status === 'draft' ? applicationWindowState(call, now) : 'open';
}

/** A readable date in the call's own time zone ("12 janvier 2024 à 23:59:59"). */
export function formatCallInstant(instant: string, call: Pick<CallDefinition, 'timeZone'>, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: call.timeZone,
    dateStyle: 'long',
    timeStyle: 'medium',
  }).format(new Date(instant));
}

/** Why a dossier cannot be created, edited or submitted now, in the reader's language. */
export function applicationWindowMessage(
  call: CallDefinition,
  state: Exclude<WindowState, 'open'>,
  lang: Lang,
): string {
  if (state === 'not_open') {
    const when = formatCallInstant(call.applicationWindow.opensAt, call, lang);
    return lang === 'fr'
      ? `Les candidatures ouvrent le ${when} (heure de Paris).`
      : `Applications open on ${when} (Paris time).`;
  }
  const when = formatCallInstant(call.applicationWindow.deadline, call, lang);
  return lang === 'fr'
    ? `Les candidatures étaient ouvertes jusqu’au ${when} (heure de Paris).`
    : `Applications were open until ${when} (Paris time).`;
}
