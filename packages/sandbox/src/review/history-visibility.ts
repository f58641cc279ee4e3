import type { HistoryAction, HistoryEntry, Role } from '@qmi/core';

/**
 * The committee's lines of a dossier's history: who examines it, who stood aside and why, when an
 * assessment came in. The commune never reads them (a reviewer's name or conflict is not the
 * commune's business, and knowing who rates invites pressure); organisers read everything.
 */
export const COMMITTEE_ACTIONS: ReadonlySet<HistoryAction> = new Set<HistoryAction>([
  'reviewer_assigned',
  'reviewer_unassigned',
  'conflict_declared',
  'assessment_submitted',
]);

/** The history as `role` may read it: all of it for organisers, without the committee's lines for anyone else. */
export const historyFor = (role: Role, entries: readonly HistoryEntry[]): HistoryEntry[] =>
  role === 'organiser' ? [...entries] : entries.filter((entry) => !COMMITTEE_ACTIONS.has(entry.action));
