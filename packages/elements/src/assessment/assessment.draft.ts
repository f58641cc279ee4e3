import { type Assessment, type CriterionRating, isRetryable, PreconditionFailedError, retryDelay } from '@qmi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the person sees of their draft's saving (a pure function of the saver's facts). */
export type SaveStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: Date } | { state: 'failed' };

export interface DraftStore {
  /** PUT the draft against `revision` (If-Match); the platform answers the new revision. */
  save(ratings: Record<string, CriterionRating>, revision: number): Promise<Assessment>;
  /** The draft as the platform holds it now (after a 412). */
  reload(): Promise<Assessment>;
  /** The platform's time, for "Enregistré à …". */
  now(): Date;
}

/** How long the person may pause typing before the draft is saved. */
export const SAVE_DEBOUNCE_MS = 800;

/**
 * Saves a reviewer's draft as they rate and comment: debounced, one request at a time, guarded by
 * the revision (If-Match). The latest ratings always win: the draft is one person's, so after a 412
 * (the same reviewer in another tab) the revision is taken from the platform and this tab's whole
 * draft is sent again. Network failures and 5xx are retried on the toolkit's backoff; other refusals
 * (the dossier left assessment, the assessment was sent elsewhere) stop and are reported.
 */
export class DraftSaver implements ReactiveController {
  status: SaveStatus = { state: 'idle' };
  /** A refusal that retrying cannot change (409 assessment_submitted / assessment_closed…). */
  refusal: unknown;
  private revision = 0;
  private pending: Record<string, CriterionRating> | undefined;
  private running: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private attempt = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly store: () => DraftStore | undefined,
    private readonly saved: (assessment: Assessment) => void,
  ) {
    host.addController(this);
  }

  /** Starts from the assessment as loaded (forgetting anything pending of another dossier). */
  reset(assessment: Assessment): void {
    clearTimeout(this.timer);
    this.pending = undefined;
    this.revision = assessment.revision;
    this.status = { state: 'idle' };
    this.refusal = undefined;
    this.attempt = 0;
  }

  /** The person changed their draft: saved after a pause. */
  change(ratings: Record<string, CriterionRating>): void {
    this.pending = ratings;
    this.refusal = undefined;
    this.schedule(SAVE_DEBOUNCE_MS);
  }

  /** Saves now whatever is pending and waits for it (before submitting). Rejects with a refusal. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    while (this.pending || this.running) {
      if (!this.running) this.running = this.run();
      await this.running;
      if (this.refusal) throw this.refusal;
      if (this.status.state === 'failed') throw new Error('draft not saved');
    }
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.running) this.running = this.run();
    }, delay);
  }

  private async run(): Promise<void> {
    const store = this.store();
    const ratings = this.pending;
    if (!store || !ratings) return void (this.running = undefined);
    this.pending = undefined;
    this.status = { state: 'saving' };
    this.host.requestUpdate();
    try {
      const assessment = await store.save(ratings, this.revision);
      this.revision = assessment.revision;
      this.attempt = 0;
      this.status = { state: 'saved', at: store.now() };
      this.saved(assessment);
    } catch (error) {
      this.pending ??= ratings;
      if (error instanceof PreconditionFailedError && this.attempt < 3) {
        this.attempt += 1;
        this.revision = (await store.reload().catch(() => undefined))?.revision ?? this.revision;
        this.running = undefined;
        return this.run();
      }
      if (isRetryable(error)) {
        this.status = { state: 'failed' };
        this.schedule(retryDelay(error, this.attempt++));
      } else {
        this.pending = undefined;
        this.status = { state: 'failed' };
        this.refusal = error;
      }
    }
    this.running = undefined;
    this.host.requestUpdate();
  }
}
