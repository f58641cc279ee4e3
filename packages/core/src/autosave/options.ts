import type { ApplicationChange, ApplicationSaveOptions } from '../client/application-save.js';
import type { QmiClient } from '../client/client.js';
import type { PlatformClock } from '../client/platform-clock.js';
import type { Journal } from './journal.js';
import type { AutosaveEnvironment } from './lifecycle.js';

/**
 * What the engine uses of a client (a `QmiClient` has it): the dossier's read, its save (`Prefer:
 * return=minimal`, merge patch or JSON Patch), and the platform's time for the saved dossier's `updatedAt`.
 */
export interface AutosaveClient {
  applications: Pick<QmiClient['applications'], 'get'> & {
    /** Saves a change guarded by `ifMatch` and answers the new revision (`client.applications.save`). */
    save(id: string, change: ApplicationChange, opts: ApplicationSaveOptions): Promise<{ revision: number }>;
  };
  clock?: Pick<PlatformClock, 'now'> | undefined;
}

/**
 * The options of `openAutosave` (`Autosave.open`): the client and the dossier, where edits wait (the
 * journal), the timings of saves, retries and refreshes, and what to do on a 401.
 */
export interface AutosaveOptions {
  client: AutosaveClient;
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
  /**
   * Delays between retries while offline or failing: the toolkit's backoff (default 1 s doubling to
   * 30 s, each between half and all of that), or longer when the platform says so (`Retry-After`).
   */
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

/** The options of an edit given to the autosave (`Autosave.edit`). */
export interface EditOptions {
  /** Saves at once (on blur, on a section change) instead of after the debounce; resolves when that save settled. */
  flush?: boolean | undefined;
}
