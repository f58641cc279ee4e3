import { AuthenticationError, ConnectionError, PreconditionFailedError, TimeoutError, ApiError } from '../client/errors.js';
import type { QmiClient } from '../client/client.js';
import { getPath } from '../formats.js';
import { jsonEqual } from '../merge-patch.js';
import { Application, applicationContent, type ApplicationDraftContent } from '../schemas/application.js';
import { memoryJournal, type Journal, type PendingEdit } from './journal.js';
import { assertEditablePath, patchOf, withPath, type DraftPath, type DraftValue } from './paths.js';

/**
 * - saved: the server holds every edit;
 * - pending: edits wait for the debounce;
 * - saving: a save is in flight;
 * - offline: the server cannot be reached; edits are kept on this device and retried;
 * - conflict: someone else changed a field you are editing; choose a version;
 * - unauthenticated: the session expired; edits are kept until you sign in again;
 * - error: the server refused the save (e.g. the deadline passed); edits are kept.
 */
export type AutosaveStatus = 'saved' | 'pending' | 'saving' | 'offline' | 'conflict' | 'unauthenticated' | 'error';

export interface Conflict {
  path: string;
  /** What you typed. */
  mine: unknown;
  /** What the server now holds (a colleague's edit, another tab). */
  theirs: unknown;
}

export interface AutosaveState {
  status: AutosaveStatus;
  /** When the server last acknowledged a save from here. */
  lastSavedAt: Date | undefined;
  /** Paths with an edit the server has not acknowledged yet. */
  pending: string[];
  conflicts: Conflict[];
  /** The last failure, for `offline`, `unauthenticated` and `error`. */
  error: Error | undefined;
  revision: number;
}

export interface AutosaveOptions {
  client: QmiClient;
  applicationId: string;
  /** Where edits wait until acknowledged: `indexedDbJournal()` in browsers (default: memory). */
  journal?: Journal | undefined;
  /** Quiet time after the last keystroke before a save (default 1000 ms). */
  debounceMs?: number | undefined;
  /**
   * Longest wait while typing goes on without a pause (default 5000 ms): a long answer typed in one
   * go is still saved every few seconds, not only when the typing stops.
   */
  maxWaitMs?: number | undefined;
  /** Delays between retries while offline or failing, capped (default 1 s doubling to 30 s, with jitter). */
  retry?: { initialMs?: number | undefined; maxMs?: number | undefined } | undefined;
  /**
   * Reads the platform's dossier again every so often while the page is visible, and whenever it becomes
   * visible again, so that a change made elsewhere (another device, a colleague, an organiser's
   * decision, an upload) shows without a reload (default: off; the form uses 30 s). A conditional GET:
   * the browser's cache revalidates it with the ETag, so an unchanged dossier costs a 304.
   */
  refreshIntervalMs?: number | undefined;
  /** Called on a 401; resolve once signed in again (e.g. `session.reauthenticate`). Edits wait meanwhile. */
  onUnauthenticated?: (() => Promise<void>) | undefined;
  /**
   * The page whose life the engine follows: `online`, `pagehide` and `visibilitychange` flush or resume
   * saves; BroadcastChannel keeps other tabs of the same dossier in sync. Default: `globalThis` in a browser.
   */
  environment?: AutosaveEnvironment | undefined;
}

export interface AutosaveEnvironment {
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined;
  document?: { visibilityState: string } | undefined;
  BroadcastChannel?: typeof BroadcastChannel | undefined;
}

export interface EditOptions {
  /** Saves at once (on blur, on a section change) instead of after the debounce; resolves when that save settled. */
  flush?: boolean | undefined;
}

type Message = { type: 'saved'; application: Application };

/**
 * The autosave engine: every edit is written to a durable journal at once, then coalesced per field
 * and sent as one JSON Merge Patch after a pause, one request at a time, guarded by If-Match.
 * A 412 becomes a field-by-field merge (different fields both survive; the same field becomes a
 * visible conflict), a 401 waits for a new sign-in, a network failure waits and retries. No edit is
 * dropped until the server acknowledges it. It knows nothing of the DOM framework on top of it.
 *
 * Events: `change` when `state` changes; `remote` when the server's version (another tab, a
 * colleague, a merge) changed `draft` under the user's feet.
 */
export class Autosave extends EventTarget {
  private base!: Application;
  private readonly pending = new Map<string, PendingEdit>();
  private readonly conflicts = new Map<string, Conflict>();
  private status: AutosaveStatus = 'saved';
  private lastSavedAt: Date | undefined;
  private error: Error | undefined;
  private inFlight: Promise<void> | undefined;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;
  private counter = 0;
  private readonly tab = Math.random().toString(36).slice(2, 10);
  private readonly journal: Journal;
  private readonly channel: BroadcastChannel | undefined;
  private readonly env: AutosaveEnvironment;
  private readonly idle = new Set<() => void>();
  private closed = false;
  private signature = '';

  private constructor(private readonly options: AutosaveOptions) {
    super();
    this.journal = options.journal ?? memoryJournal();
    this.env = options.environment ?? browserEnvironment();
    const Channel = this.env.BroadcastChannel;
    this.channel = Channel ? new Channel(`qmi-autosave:${options.applicationId}`) : undefined;
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
    const stored = await this.journal.load(applicationId);
    let server: Application | undefined;
    try {
      server = await client.applications.get(applicationId);
      await this.journal.saveSnapshot(server);
    } catch (error) {
      server = await this.journal.loadSnapshot(applicationId);
      if (!server) throw error;
      this.fail(error);
    }
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
    for (const edit of this.pending.values()) draft = withPath(draft, edit.path, edit.value);
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
  edit<P extends DraftPath>(path: P, value: DraftValue<P> | null | undefined, options: EditOptions = {}): Promise<void> {
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

  /** Saves now (on blur, on a section change) and resolves when nothing is left to send or a save failed. */
  flush(): Promise<void> {
    clearTimeout(this.debounce);
    this.debounce = undefined;
    this.burstStartedAt = undefined;
    const done = this.whenSettled();
    void this.pump();
    return done;
  }

  /** Resolves when every edit is acknowledged, or the engine stopped on a conflict, a 401 or an error. */
  whenSettled(): Promise<void> {
    if (this.settled()) return Promise.resolve();
    return new Promise((resolve) => this.idle.add(resolve));
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
    this.channel?.postMessage({ type: 'saved', application: this.base } satisfies Message);
    this.dispatchEvent(new CustomEvent('remote', { detail: { paths: ['*'] } }));
  }

  /** Tries again after an error or a new sign-in. */
  retry(): Promise<void> {
    this.error = undefined;
    this.attempt = 0;
    if (this.status === 'error' || this.status === 'unauthenticated' || this.status === 'offline') this.status = 'pending';
    return this.flush();
  }

  /** Stops timers and listeners; the journal keeps whatever was not acknowledged. */
  close(): void {
    this.closed = true;
    clearTimeout(this.debounce);
    clearTimeout(this.retryTimer);
    this.unlisten?.();
    this.channel?.close();
    for (const resolve of this.idle) resolve();
    this.idle.clear();
  }

  // ---------------------------------------------------------------------------------------------

  /** When the first edit of the current burst of typing was made (for `maxWaitMs`). */
  private burstStartedAt: number | undefined;

  private schedule(delay: number) {
    if (this.closed) return;
    const now = Date.now();
    this.burstStartedAt ??= now;
    const maxWait = this.options.maxWaitMs ?? 5000;
    const wait = Math.max(0, Math.min(delay, this.burstStartedAt + maxWait - now));
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.debounce = undefined;
      this.burstStartedAt = undefined;
      void this.pump();
    }, wait);
  }

  private sendable(): PendingEdit[] {
    return [...this.pending.values()].filter((edit) => !this.conflicts.has(edit.path));
  }

  private settled(): boolean {
    return !this.inFlight && (this.sendable().length === 0 || ['conflict', 'unauthenticated', 'error'].includes(this.status));
  }

  /** Sends what is pending, one request at a time, until nothing is left or a save fails. */
  private pump({ keepalive = false } = {}): Promise<void> {
    if (this.inFlight || this.closed) return this.inFlight ?? Promise.resolve();
    if (this.status === 'unauthenticated' || (this.status === 'error' && this.error)) return Promise.resolve();
    const batch = this.sendable();
    if (batch.length === 0) {
      this.refresh();
      return Promise.resolve();
    }
    this.inFlight = this.send(batch, keepalive).finally(() => {
      this.inFlight = undefined;
      this.refresh();
      if (this.sendable().length > 0 && !this.retryTimer && !this.debounce && this.canSend()) void this.pump();
    });
    this.refresh();
    return this.inFlight;
  }

  private canSend() {
    return !['unauthenticated', 'error', 'offline'].includes(this.status) || !this.error;
  }

  private async send(batch: PendingEdit[], keepalive: boolean) {
    const { client, applicationId } = this.options;
    try {
      const saved = await client.applications.update(applicationId, patchOf(batch), { ifMatch: this.base.revision, keepalive });
      await this.acknowledge(saved, batch);
    } catch (error) {
      if (error instanceof PreconditionFailedError) {
        const current = error.current;
        if (current) {
          this.error = undefined;
          this.rebaseOnto(current, { emitRemote: true });
          await this.journal.saveSnapshot(current);
          return;
        }
      }
      this.fail(error);
      if (error instanceof AuthenticationError) void this.waitForSignIn();
      else if (this.status === 'offline' || (error instanceof ApiError && error.status >= 500)) this.scheduleRetry();
    }
  }

  private async acknowledge(saved: Application, batch: PendingEdit[]) {
    this.base = saved;
    this.attempt = 0;
    this.error = undefined;
    this.lastSavedAt = new Date();
    for (const edit of batch) {
      // A newer edit of the same field, typed while this save was in flight, stays pending.
      if (this.pending.get(edit.path)?.id === edit.id) this.pending.delete(edit.path);
      await this.journal.remove(this.options.applicationId, edit.path, edit.id);
    }
    await this.journal.saveSnapshot(saved);
    this.channel?.postMessage({ type: 'saved', application: saved } satisfies Message);
    this.dispatchEvent(new CustomEvent('saved', { detail: { application: saved } }));
  }

  /**
   * Adopts a newer server version and merges the local edits into it, field by field: an edit of a
   * field nobody else touched is kept and sent again; an edit the server already holds is dropped;
   * an edit of a field someone else changed becomes a conflict, both values kept.
   */
  private rebaseOnto(server: Application, { emitRemote }: { emitRemote: boolean }) {
    const before = applicationContent(this.base);
    const after = applicationContent(server);
    if (server.revision >= this.base.revision) this.base = server;
    for (const edit of [...this.pending.values()]) {
      const theirs = getPath(after, edit.path) ?? null;
      if (jsonEqual(theirs, edit.value ?? null)) {
        this.pending.delete(edit.path);
        this.conflicts.delete(edit.path);
        void this.journal.remove(this.options.applicationId, edit.path, edit.id);
      } else if (!jsonEqual(theirs, edit.base ?? null) && !this.conflicts.has(edit.path)) {
        this.conflicts.set(edit.path, { path: edit.path, mine: edit.value, theirs });
      }
    }
    if (emitRemote && !jsonEqual(before, after)) this.dispatchEvent(new CustomEvent('remote', { detail: { paths: ['*'] } }));
    this.refresh();
  }

  private fail(error: unknown) {
    this.error = error instanceof Error ? error : new Error(String(error));
    if (error instanceof AuthenticationError) this.status = 'unauthenticated';
    else if (error instanceof ConnectionError || error instanceof TimeoutError) this.status = 'offline';
    else this.status = 'error';
    this.refresh();
  }

  private async waitForSignIn() {
    if (!this.options.onUnauthenticated) return;
    try {
      await this.options.onUnauthenticated();
      await this.retry();
    } catch {
      // The person dismissed the sign-in: edits stay in the journal; `retry()` sends them later.
    }
  }

  private scheduleRetry() {
    if (this.closed) return;
    const initial = this.options.retry?.initialMs ?? 1000;
    const max = this.options.retry?.maxMs ?? 30_000;
    const delay = Math.min(max, initial * 2 ** this.attempt++);
    clearTimeout(this.retryTimer);
    // Full jitter spreads the retries of many tabs after an outage.
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.status = 'pending';
      this.error = undefined;
      void this.pump();
    }, delay / 2 + (Math.random() * delay) / 2);
  }

  /** Recomputes the status from the facts and tells listeners when it changed. */
  private refresh() {
    if (this.conflicts.size > 0 && this.sendable().length === 0 && !this.inFlight) this.status = 'conflict';
    else if (this.error && ['offline', 'unauthenticated', 'error'].includes(this.status)) {
      // Kept until a save succeeds: the reason the edits wait.
    } else if (this.inFlight) this.status = 'saving';
    else if (this.pending.size > 0) this.status = this.conflicts.size > 0 ? 'conflict' : 'pending';
    else this.status = 'saved';
    // Compared with what listeners last saw: the status may have been set before this call (see `fail`).
    const signature = JSON.stringify([this.status, [...this.pending.keys()], this.conflicts.size, this.lastSavedAt?.getTime(), this.error?.message]);
    if (signature !== this.signature) {
      this.signature = signature;
      this.dispatchEvent(new Event('change'));
    }
    if (this.settled()) {
      for (const resolve of this.idle) resolve();
      this.idle.clear();
    }
  }

  private unlisten: (() => void) | undefined;

  private listen() {
    const events = this.env.events;
    const onOnline = () => {
      if (this.status === 'offline') {
        clearTimeout(this.retryTimer);
        this.retryTimer = undefined;
        void this.retry();
      }
    };
    const onPageHide = () => void this.pump({ keepalive: true });
    const visible = () => !this.env.document || this.env.document.visibilityState === 'visible';
    const refresh = () => {
      if (this.closed || !visible() || this.status === 'unauthenticated') return;
      this.sync().catch(() => undefined);
    };
    const onVisibility = () => {
      const state = this.env.document?.visibilityState;
      // Back on the page: show what changed elsewhere meanwhile.
      if (state === 'visible') return refresh();
      if (state !== undefined && state !== 'hidden') return;
      // A tab being hidden may never come back (mobile browsers discard it): send now, with keepalive.
      clearTimeout(this.debounce);
      this.debounce = undefined;
      void this.pump({ keepalive: true });
    };
    const every = this.options.refreshIntervalMs;
    const poll = every ? setInterval(refresh, every) : undefined;
    events?.addEventListener('online', onOnline);
    events?.addEventListener('visibilitychange', onVisibility);
    events?.addEventListener('pagehide', onPageHide);
    const onMessage = (event: MessageEvent<Message>) => {
      if (event.data?.type !== 'saved') return;
      const parsed = Application.safeParse(event.data.application);
      if (parsed.success && parsed.data.revision > this.base.revision) {
        this.rebaseOnto(parsed.data, { emitRemote: true });
        void this.journal.saveSnapshot(parsed.data);
      }
    };
    this.channel?.addEventListener('message', onMessage);
    this.unlisten = () => {
      events?.removeEventListener('online', onOnline);
      events?.removeEventListener('visibilitychange', onVisibility);
      events?.removeEventListener('pagehide', onPageHide);
      clearInterval(poll);
      this.channel?.removeEventListener('message', onMessage);
    };
  }
}

function browserEnvironment(): AutosaveEnvironment {
  const g = globalThis as unknown as { addEventListener?: unknown; document?: { visibilityState: string }; BroadcastChannel?: typeof BroadcastChannel; window?: unknown };
  if (typeof g.window === 'undefined') return {};
  return {
    events: g as unknown as EventTarget,
    ...(g.document ? { document: g.document } : {}),
    ...(g.BroadcastChannel ? { BroadcastChannel: g.BroadcastChannel } : {}),
  };
}

export const openAutosave = (options: AutosaveOptions): Promise<Autosave> => Autosave.open(options);
