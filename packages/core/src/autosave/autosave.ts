import { assertEditablePath } from '../editable-path.js';
import { getPath, setPath, type DraftPath, type DraftValue } from '../paths.js';
import { applicationContent } from '../application-content.js';
import type { Application, ApplicationDraftContent } from '../schemas/application.js';
import type { PendingEdit } from './journal.js';
import { afterNextPaint } from './after-paint.js';
import { followPage, type TabMessage } from './lifecycle.js';
import type { AutosaveOptions, EditOptions } from './options.js';
import { SaveQueue } from './save-queue.js';
import type { AutosaveState } from './status.js';

/**
 * The autosave engine: every edit is written to a durable journal at once, then coalesced per field
 * and sent as one change after a pause (a JSON Merge Patch, or a JSON Patch inside a list's items),
 * one request at a time, guarded by If-Match.
 * A 412 becomes a field-by-field merge (different fields both survive; the same field becomes a
 * visible conflict), a 401 waits for a new sign-in, a network failure waits and retries. No edit is
 * dropped until the server acknowledges it. It knows nothing of the DOM framework on top of it.
 * The sending lives in `SaveQueue`; this class is the dossier as the person edits it.
 *
 * Events (typed, see `AutosaveEventMap`): `change` when `state` changes; `saved` when the server
 * acknowledged a save from here; `remote` when the server's version (another tab, a colleague, a
 * merge) changed `draft` under the user's feet.
 */
export class Autosave extends SaveQueue {
  private counter = 0;
  private readonly tab = Math.random().toString(36).slice(2, 10);
  private unlisten: (() => void) | undefined;
  /** Writes the copy the dossier was opened with (the latest acknowledged), if not written yet. */
  private writeSnapshot: (() => void) | undefined;

  private constructor(options: AutosaveOptions) {
    super(options);
  }

  /**
   * Opens a dossier: the server's version (or, offline, the last one seen here) with the edits this
   * device still holds merged in and sent again.
   */
  static async open(options: AutosaveOptions): Promise<Autosave> {
    const engine = new Autosave(options);
    await engine.start();
    return engine;
  }

  private async start() {
    const { client, applicationId } = this.options;
    // The edits this device holds are read while the dossier is asked for, not before the request leaves.
    const storing = this.journal.load(applicationId);
    // Awaited below; a failure meanwhile is not an unhandled rejection.
    storing.catch(() => undefined);
    let server: Application | undefined;
    try {
      server = await client.applications.get(applicationId);
      // The copy kept for opening it offline is written once the dossier shows: nobody waits for the disk
      // (a long dossier's write and commit were a fifth of a form's first render), its copying for the
      // disk (a structured clone, in the task that calls `put`) leaves the render's task (see
      // `afterNextPaint`), and a browser that cannot store it (storage full) still shows the server's
      // version, not an older copy. The edits are not concerned: each is written at once (`editPath`).
      // The latest version acknowledged by then is the one written (a save may have come meanwhile).
      const opened = server;
      this.writeSnapshot = afterNextPaint(() => {
        this.journal.saveSnapshot(this.base ?? opened).catch(() => undefined);
      });
    } catch (error) {
      server = await this.journal.loadSnapshot(applicationId);
      if (!server) throw error;
      this.fail(error);
    }
    const stored = await storing;
    this.base = server;
    // Edits left by a reload or a crash are merged like a save that met a newer revision.
    for (const edit of stored) this.pending.set(edit.path, edit);
    this.rebaseOnto(server, { emitRemote: false });
    this.listen();
    if (this.pending.size > 0) this.schedule(0);
    this.refresh();
  }

  /** The dossier as the user sees it: the server's version with every local edit applied. */
  get draft(): ApplicationDraftContent {
    let draft: unknown = applicationContent(this.base);
    for (const edit of this.pending.values()) draft = setPath(draft, edit.path, edit.value);
    return draft as ApplicationDraftContent;
  }

  /** The dossier as the server last acknowledged it. */
  get application(): Application {
    return this.base;
  }

  get state(): AutosaveState {
    return {
      status: this.status,
      lastSavedAt: this.lastSavedAt,
      pending: [...this.pending.keys()],
      conflicts: [...this.conflicts.values()],
      error: this.error,
      revision: this.base.revision,
    };
  }

  /**
   * Records an edit of a field (a list counts as one field), by its dotted path in the draft and with a
   * value of that field's type: `edit('challenge.title', 'Rues aux écoles')`; a misspelt path or a value
   * of the wrong type does not compile. Resolves once the edit is durable on this device; the save to the
   * server follows after the debounce, or at once with `flush` (and then resolves when that save settled).
   * A value of null or undefined removes the field. Nothing is refused for being incomplete.
   */
  edit<P extends DraftPath>(
    path: P,
    value: DraftValue<P> | null | undefined,
    options: EditOptions = {},
  ): Promise<void> {
    return this.editPath(path, value, options);
  }

  /**
   * `edit` for a path known only at run time (a form drawn from the call's definition): the path is
   * checked when the edit is made (no list index), the value by the platform when it is saved.
   */
  async editPath(path: string, value: unknown, { flush = false }: EditOptions = {}): Promise<void> {
    assertEditablePath(path);
    const previous = this.pending.get(path);
    const edit: PendingEdit = {
      path,
      value: value === undefined ? null : structuredClone(value),
      base: previous ? previous.base : structuredClone(getPath(applicationContent(this.base), path) ?? null),
      id: `${this.tab}:${Date.now().toString(36)}:${++this.counter}`,
      editedAt: Date.now(),
    };
    this.pending.set(path, edit);
    this.conflicts.delete(path);
    this.refresh();
    await this.journal.put(this.options.applicationId, edit);
    if (flush) await this.flush();
    else this.schedule(this.options.debounceMs ?? 1000);
  }

  /** Keeps your version (it will overwrite theirs) or takes theirs (your edit is dropped). */
  async resolveConflict(path: string, keep: 'mine' | 'theirs'): Promise<void> {
    const conflict = this.conflicts.get(path);
    if (!conflict) return;
    this.conflicts.delete(path);
    const edit = this.pending.get(path);
    if (keep === 'theirs' && edit) {
      this.pending.delete(path);
      await this.journal.remove(this.options.applicationId, path, edit.id);
      this.dispatchEvent(new CustomEvent('remote', { detail: { paths: [path] } }));
    } else if (edit) {
      // Mine now stands on their value: the next save overwrites it knowingly.
      edit.base = structuredClone(conflict.theirs ?? null);
      await this.journal.put(this.options.applicationId, edit);
    }
    this.refresh();
    void this.flush();
  }

  /**
   * Reads the server's version again (after a change made outside the form, such as an upload)
   * and merges it in, as a save that met a newer revision would.
   */
  async sync(): Promise<void> {
    const server = await this.options.client.applications.get(this.options.applicationId);
    // Every change of the dossier is a new revision (its documents and status included): same revision, nothing new.
    if (server.revision === this.base.revision) return;
    // Announced once, content or not: an upload changes the documents, which the content leaves out.
    this.rebaseOnto(server, { emitRemote: false });
    await this.journal.saveSnapshot(this.base);
    // Other tabs of the same dossier learn it too (an upload made here shows there).
    this.channel?.postMessage({ type: 'saved', application: this.base } satisfies TabMessage);
    this.dispatchEvent(new CustomEvent('remote', { detail: { paths: ['*'] } }));
  }

  /** Stops timers and listeners; the journal keeps whatever was not acknowledged. */
  close(): void {
    // An engine closed before the page painted (the form removed at once) still leaves its copy.
    this.writeSnapshot?.();
    this.closed = true;
    this.debounce.cancel();
    clearTimeout(this.retryTimer);
    this.unlisten?.();
    this.channel?.close();
    this.wakeWaiters();
  }

  /** Follows the page (see `followPage`): flush when hidden or left, retry when back online, read again when shown. */
  private listen() {
    this.unlisten = followPage(this.env, this.channel, this.options.refreshIntervalMs, {
      online: () => {
        if (this.status !== 'offline') return;
        clearTimeout(this.retryTimer);
        this.retryTimer = undefined;
        void this.retry();
      },
      hidden: () => {
        this.debounce.cancel({ endBurst: false });
        void this.pump({ keepalive: true });
      },
      leaving: () => void this.pump({ keepalive: true }),
      visible: () => {
        if (this.closed || this.status === 'unauthenticated') return;
        this.sync().catch(() => undefined);
      },
      savedElsewhere: (application) => {
        if (application.revision <= this.base.revision) return;
        this.rebaseOnto(application, { emitRemote: true });
        void this.journal.saveSnapshot(application);
      },
    });
  }
}

/**
 * Opens the autosave engine of a dossier (same as `Autosave.open`): the server's version (or, offline, the
 * last one seen on this device) with the edits this device still holds merged in and sent again.
 */
export const openAutosave = (options: AutosaveOptions): Promise<Autosave> => Autosave.open(options);
