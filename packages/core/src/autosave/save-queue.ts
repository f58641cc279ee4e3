import { AuthenticationError, PreconditionFailedError } from '../client/api-errors.js';
import { isRetryable, retryDelay } from '../retry-error.js';
import { applicationContent } from '../application-content.js';
import type { Application } from '../schemas/application.js';
import { acknowledged } from './acknowledged.js';
import { TypedEventTarget } from '../typed-event-target.js';
import { Debounce } from './debounce.js';
import type { AutosaveEventMap } from './events.js';
import { memoryJournal, type Journal, type PendingEdit } from './journal.js';
import { browserEnvironment, tabChannel, type AutosaveEnvironment, type TabMessage } from './lifecycle.js';
import type { AutosaveOptions } from './options.js';
import { rebase, type Conflict } from './rebase.js';
import { changeOf } from './wire.js';
import { failureOf, isFailure, isStopped, statusOf, type AutosaveFailure, type AutosaveStatus } from './status.js';

/**
 * The sending half of `Autosave`: the edits the server has not acknowledged, sent as one change at a
 * time (a merge patch, or a JSON Patch inside a list's items: see `changeOf`) guarded by If-Match, the
 * platform answering only its new revision; a 412 merged in (see `rebase`), a 401 waiting for a new
 * sign-in, a network failure retried by the toolkit's policy; and the status, from those facts.
 */
export abstract class SaveQueue extends TypedEventTarget<AutosaveEventMap> {
  protected base!: Application;
  protected readonly pending = new Map<string, PendingEdit>();
  protected readonly conflicts = new Map<string, Conflict>();
  protected readonly journal: Journal;
  protected readonly env: AutosaveEnvironment;
  protected readonly channel: BroadcastChannel | undefined;
  protected readonly debounce: Debounce;
  protected retryTimer: ReturnType<typeof setTimeout> | undefined;
  protected closed = false;
  protected lastSavedAt: Date | undefined;
  protected error: Error | undefined;
  /** The status the last failure left, while it stands (see `statusOf`). */
  private lastFailure: AutosaveFailure | undefined;
  private inFlight: Promise<void> | undefined;
  private attempt = 0;
  private readonly idle = new Set<() => void>();
  /** What listeners of `change` last saw. */
  private signature = '';

  protected constructor(protected readonly options: AutosaveOptions) {
    super();
    this.journal = options.journal ?? memoryJournal();
    this.env = options.environment ?? browserEnvironment();
    this.channel = tabChannel(this.env, options.applicationId);
    this.debounce = new Debounce(options.maxWaitMs ?? 5000, () => void this.pump());
  }

  /** Saves now (on blur, on a section change) and resolves when nothing is left to send or a save failed. */
  flush(): Promise<void> {
    this.debounce.cancel();
    const done = this.whenSettled();
    void this.pump();
    return done;
  }

  /** Resolves when every edit is acknowledged, or the engine stopped on a conflict, a 401 or an error. */
  whenSettled(): Promise<void> {
    if (this.settled()) return Promise.resolve();
    return new Promise((resolve) => this.idle.add(resolve));
  }

  /** Tries again after an error or a new sign-in. */
  retry(): Promise<void> {
    this.clearFailure();
    return this.flush();
  }

  /** The status, always from the facts (see `statusOf`): never stored, so never stale. */
  protected get status(): AutosaveStatus {
    return statusOf({
      conflicts: this.conflicts.size,
      sendable: this.sendable().length,
      inFlight: this.inFlight !== undefined,
      pending: this.pending.size,
      error: this.error,
      lastFailure: this.lastFailure,
    });
  }

  protected schedule(delay: number) {
    if (!this.closed) this.debounce.schedule(delay);
  }

  /** Sends what is pending, one request at a time, until nothing is left or a save fails. */
  protected pump({ keepalive = false } = {}): Promise<void> {
    if (this.inFlight || this.closed) return this.inFlight ?? Promise.resolve();
    // A refusal or an expired session waits for the person (`retry`, a new sign-in); offline goes on trying.
    if (this.status === 'unauthenticated' || this.status === 'error') return Promise.resolve();
    const batch = this.sendable();
    if (batch.length === 0) {
      this.refresh();
      return Promise.resolve();
    }
    this.inFlight = this.send(batch, keepalive).finally(() => {
      this.inFlight = undefined;
      this.refresh();
      const idle = !this.retryTimer && !this.debounce.waiting;
      if (this.sendable().length > 0 && idle && !isFailure(this.status)) void this.pump();
    });
    this.refresh();
    return this.inFlight;
  }

  /** Adopts a newer server version with the local edits merged in (see `rebase`), and applies the result. */
  protected rebaseOnto(server: Application, { emitRemote }: { emitRemote: boolean }) {
    const merged = rebase({
      base: this.base,
      server,
      pending: [...this.pending.values()],
      conflicted: new Set(this.conflicts.keys()),
    });
    this.base = merged.base;
    for (const edit of merged.landed) {
      this.pending.delete(edit.path);
      this.conflicts.delete(edit.path);
      void this.journal.remove(this.options.applicationId, edit.path, edit.id);
    }
    for (const conflict of merged.conflicts) this.conflicts.set(conflict.path, conflict);
    if (emitRemote && merged.changed) this.dispatchEvent(new CustomEvent('remote', { detail: { paths: ['*'] } }));
    this.refresh();
  }

  protected fail(error: unknown) {
    this.error = error instanceof Error ? error : new Error(String(error));
    this.lastFailure = failureOf(error);
    this.refresh();
  }

  /** Tells listeners when the state changed, and resolves `whenSettled` once the engine settled. */
  protected refresh() {
    const status = this.status;
    // A failure the status no longer shows (a conflict came first) no longer holds the edits back.
    if (this.lastFailure && status !== this.lastFailure) this.lastFailure = undefined;
    const signature = JSON.stringify([
      status,
      [...this.pending.keys()],
      this.conflicts.size,
      this.lastSavedAt?.getTime(),
      this.error?.message,
    ]);
    if (signature !== this.signature) {
      this.signature = signature;
      this.dispatchEvent(new Event('change'));
    }
    if (this.settled()) this.wakeWaiters();
  }

  /** Resolves every `whenSettled`. */
  protected wakeWaiters() {
    for (const resolve of this.idle) resolve();
    this.idle.clear();
  }

  private sendable(): PendingEdit[] {
    return [...this.pending.values()].filter((edit) => !this.conflicts.has(edit.path));
  }

  private settled(): boolean {
    return !this.inFlight && (this.sendable().length === 0 || isStopped(this.status));
  }

  private async send(batch: PendingEdit[], keepalive: boolean) {
    const { client, applicationId } = this.options;
    try {
      const base = this.base;
      // Minimal: the platform answers its new revision only; the dossier it now holds is ours plus the batch.
      const { revision } = await client.applications.save(applicationId, changeOf(applicationContent(base), batch), {
        ifMatch: base.revision,
        keepalive,
      });
      await this.acknowledge(acknowledged(base, batch, revision, client.clock?.now() ?? new Date()), batch);
    } catch (error) {
      if (error instanceof PreconditionFailedError && error.current) {
        this.clearFailure();
        this.rebaseOnto(error.current, { emitRemote: true });
        await this.journal.saveSnapshot(error.current);
        return;
      }
      this.fail(error);
      if (error instanceof AuthenticationError) void this.waitForSignIn();
      else if (isRetryable(error)) this.scheduleRetry(error);
    }
  }

  private async acknowledge(saved: Application, batch: PendingEdit[]) {
    this.base = saved;
    this.clearFailure();
    this.lastSavedAt = new Date();
    for (const edit of batch) {
      // A newer edit of the same field, typed while this save was in flight, stays pending.
      if (this.pending.get(edit.path)?.id === edit.id) this.pending.delete(edit.path);
      await this.journal.remove(this.options.applicationId, edit.path, edit.id);
    }
    await this.journal.saveSnapshot(saved);
    this.channel?.postMessage({ type: 'saved', application: saved } satisfies TabMessage);
    this.dispatchEvent(new CustomEvent('saved', { detail: { application: saved } }));
  }

  /** The platform took a save (or answered with its newer version), or another try was asked: the backoff starts over. */
  private clearFailure() {
    this.error = undefined;
    this.lastFailure = undefined;
    this.attempt = 0;
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

  /** Tries again by the toolkit's retry policy: its backoff, or longer when the platform says so (Retry-After). */
  private scheduleRetry(error: unknown) {
    if (this.closed) return;
    const delay = retryDelay(error, this.attempt++, this.options.retry);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      // The backoff goes on growing until a save goes through. While offline, the status stays
      // "offline" during the attempt (no flash of "saving" every few seconds): only a save that goes
      // through (or another failure) changes what the person reads. A refusal must be cleared to send.
      if (this.lastFailure !== 'offline') {
        this.error = undefined;
        this.lastFailure = undefined;
      }
      void this.pump();
    }, delay);
  }
}
