import { jsonEqual } from '../merge-patch.js';
import { getPath } from '../paths.js';
import { applicationContent } from '../application-content.js';
import type { Application } from '../schemas/application.js';
import type { PendingEdit } from './journal.js';

/**
 * An edit of this device and a change saved elsewhere to the same field: the autosave keeps both and shows
 * the conflict (never a blind overwrite) until the person chooses.
 */
export interface Conflict {
  path: string;
  /** What you typed. */
  mine: unknown;
  /** What the server now holds (a colleague's edit, another tab). */
  theirs: unknown;
}

export interface RebaseInput {
  /** The dossier the local edits were made on (the last one the server acknowledged here). */
  base: Application;
  /** The server's version just learnt (a 412's current dossier, a read, another tab's save). */
  server: Application;
  /** The edits the server has not acknowledged. */
  pending: Iterable<PendingEdit>;
  /** Paths already in conflict: their conflict stands as first seen until the person chooses. */
  conflicted: ReadonlySet<string>;
}

export interface Rebased {
  /** The dossier the edits now stand on: the server's version, unless it is older than the base. */
  base: Application;
  /** Edits the server already holds (someone typed the same): drop them, and their conflicts. */
  landed: PendingEdit[];
  /** New conflicts: edits of fields someone else changed meanwhile, both values kept. */
  conflicts: Conflict[];
  /** Whether the content differs from the base's, so that the person sees a change they did not make. */
  changed: boolean;
}

/**
 * Merges the local edits into a newer server version, field by field: an edit of a field nobody else
 * touched is kept and sent again; an edit the server already holds is dropped; an edit of a field
 * someone else changed becomes a conflict. Pure: the engine applies the result.
 */
export function rebase({ base, server, pending, conflicted }: RebaseInput): Rebased {
  const before = applicationContent(base);
  const after = applicationContent(server);
  const landed: PendingEdit[] = [];
  const conflicts: Conflict[] = [];
  for (const edit of pending) {
    const theirs = getPath(after, edit.path) ?? null;
    if (jsonEqual(theirs, edit.value ?? null)) landed.push(edit);
    // Their value moved away from the one this edit began on: both are kept for the person to choose.
    else if (!jsonEqual(theirs, edit.base ?? null) && !conflicted.has(edit.path))
      conflicts.push({ path: edit.path, mine: edit.value, theirs });
  }
  return {
    base: server.revision >= base.revision ? server : base,
    landed,
    conflicts,
    changed: !jsonEqual(before, after),
  };
}
