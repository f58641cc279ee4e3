/**
 * The members the last durable save of each recently edited dossier wrote, kept parsed for its next
 * edit. An autosave changes the same member again and again (a title being typed); reading it back
 * meant SQLite copying its text out and JSON.parse, about 50 µs of a 500 µs PATCH for the 7.6 KB
 * `challenge` of the bench's dossier (its profile at 32 clients).
 *
 * An entry answers only for the revision its save made: any other write to the dossier (another tab,
 * a collaborator, a status change, an erasure, another server process on the same database) bumps the
 * revision, and the entry no longer matches the head the request read. It is kept only once its
 * transaction committed (`pending` then `durable`), so a batch that failed never serves what it did
 * not write. The values are shared, never copied: the PATCH's paths build new objects
 * (`applyMergePatch`, JSON Patch's copies), and nothing here or there modifies one in place.
 *
 * Bounded by the JSON length of what it holds; the least recently used entries go first.
 */
export interface RecentMembers {
  /** The members `keys` of `id` as they are at `revision`, when all of them are known; else undefined. */
  get(id: string, revision: number, keys: readonly string[]): Record<string, unknown> | undefined;
  /** What a save writes, before its commit (`jsonLength`: the characters of its JSON text). */
  pending(id: string, revision: number, members: Record<string, unknown>, jsonLength: number): void;
  /** The save that made `revision` of `id` is durable: its members may be served. */
  durable(id: string, revision: number): void;
  /** Forgets a dossier (its content replaced other than by a save of members). */
  forget(id: string): void;
  /** JSON characters held (tests). */
  readonly size: number;
}

interface Entry {
  revision: number;
  members: Record<string, unknown>;
  jsonLength: number;
  durable: boolean;
}

/**
 * 4 M characters of JSON, some 15 MB once parsed: the last edited member of some 500 dossiers at
 * the bench's 7.6 KB, of 60 at the 24 KB of a full partners list.
 */
export const RECENT_MEMBERS_JSON_LENGTH = 4_000_000;

export function recentMembers(budget = RECENT_MEMBERS_JSON_LENGTH): RecentMembers {
  // A Map iterates in insertion order: deleting and setting again moves an entry to the end.
  const entries = new Map<string, Entry>();
  let size = 0;

  const drop = (id: string) => {
    const entry = entries.get(id);
    if (!entry) return;
    entries.delete(id);
    size -= entry.jsonLength;
  };

  return {
    get(id, revision, keys) {
      const entry = entries.get(id);
      if (!entry || !entry.durable || entry.revision !== revision) return undefined;
      if (!keys.every((key) => key in entry.members)) return undefined;
      entries.delete(id);
      entries.set(id, entry);
      const found: Record<string, unknown> = {};
      // A member the save removed is known to be absent: it stays absent, as a read of the row would leave it.
      for (const key of keys) if (entry.members[key] !== undefined) found[key] = entry.members[key];
      return found;
    },
    pending(id, revision, members, jsonLength) {
      drop(id);
      if (jsonLength > budget) return;
      entries.set(id, { revision, members, jsonLength, durable: false });
      size += jsonLength;
      for (const oldest of entries.keys()) {
        if (size <= budget) break;
        drop(oldest);
      }
    },
    durable(id, revision) {
      const entry = entries.get(id);
      if (entry && entry.revision === revision) entry.durable = true;
    },
    forget: drop,
    get size() {
      return size;
    },
  };
}
