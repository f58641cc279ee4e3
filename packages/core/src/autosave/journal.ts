import type { Application } from '../schemas/application.js';

/**
 * An edit not yet acknowledged by the server. `value` null removes the field; `base` is the field's
 * value on the server when the edit began, so that after a reload the edit can be merged with
 * whatever the server holds by then.
 */
export interface PendingEdit {
  path: string;
  value: unknown;
  base: unknown;
  /** Unique across tabs and reloads, so an acknowledgement never removes a newer edit of the same field. */
  id: string;
  editedAt: number;
}

/**
 * Where unacknowledged edits wait, durably: IndexedDB in browsers (`indexedDbJournal`), memory in Node.
 * Every method resolves once the write is durable.
 */
export interface Journal {
  /** The edits of the dossier not yet acknowledged by the server, one per field path. */
  load(applicationId: string): Promise<PendingEdit[]>;
  /** Keeps an edit, replacing the earlier edit of the same field path. */
  put(applicationId: string, edit: PendingEdit): Promise<void>;
  /** Removes the edit of `path` only if it is still the one with this id. */
  remove(applicationId: string, path: string, editId: string): Promise<void>;
  /** The last dossier the server acknowledged, so a reload can open it while offline. */
  loadSnapshot(applicationId: string): Promise<Application | undefined>;
  /** Keeps the dossier as the server last acknowledged it (replacing the earlier snapshot). */
  saveSnapshot(application: Application): Promise<void>;
}

/** A journal in memory: for Node and tests; it does not survive a reload. */
export function memoryJournal(): Journal {
  const edits = new Map<string, Map<string, PendingEdit>>();
  const snapshots = new Map<string, Application>();
  const of = (id: string) => edits.get(id) ?? edits.set(id, new Map()).get(id)!;
  return {
    load: async (id) => [...of(id).values()].map((edit) => structuredClone(edit)),
    put: async (id, edit) => void of(id).set(edit.path, structuredClone(edit)),
    remove: async (id, path, editId) => {
      if (of(id).get(path)?.id === editId) of(id).delete(path);
    },
    loadSnapshot: async (id) => structuredClone(snapshots.get(id)),
    saveSnapshot: async (application) => void snapshots.set(application.id, structuredClone(application)),
  };
}
