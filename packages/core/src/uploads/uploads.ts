import { ConnectionError, QmiError } from '../client/errors.js';
import type { QmiClient } from '../client/client.js';
import type { Lang } from '../lang.js';
import type { DocumentRef } from '../schemas/application.js';
import { backoffDelay } from '../retry.js';
import type { Transfer } from './engine.js';
import { isRefusal, readError, shouldRetry, toUploadError } from './failures.js';
import { checkInput } from './check-input.js';
import type { UploadInput } from './input.js';
import { loadEngine } from './load-engine.js';
import { progressMeter, type UploadProgress } from './progress.js';
import type { PreviousUpload } from './previous-upload.js';
import { storedUploads } from './stored.js';

/** What an upload needs of the client: the platform, the language, the token and the document's record. */
export type UploadClient = Pick<QmiClient, 'baseUrl' | 'lang' | 'getToken' | 'documents'>;

/**
 * `refused`: the platform said no (the file's type or content, its size, the kind already full, the
 * deadline…). Final: retrying the same file cannot help, and it is not offered for resuming after a
 * reload. `error`: it could not be completed (connection lost after every retry, session expired, a
 * file that could not be read); `resume()` tries again.
 */
export type UploadStatus = 'idle' | 'uploading' | 'paused' | 'retrying' | 'complete' | 'error' | 'refused';

/**
 * Where an uploaded document goes: the dossier, the call's document kind and, for per-partner kinds, the
 * partner.
 */
export interface UploadTarget {
  applicationId: string;
  /** A document kind of the call ("mayor_letter", "sector_sheet", "partner_support"). */
  kind: string;
  /** For per-partner kinds: the declared partner the document comes from. */
  partnerId?: string | undefined;
}

/**
 * The options of `startUpload`: where the document goes, its name and declared media type, the chunk size and
 * retry delays, and whether to resume an earlier upload of the same file.
 */
export interface StartUploadOptions extends UploadTarget {
  /**
   * The file's name, shown to people; the platform judges the type by its extension. Taken from a
   * `File`; required for a `Blob` or a `Uint8Array` (see `NamedUploadOptions`).
   */
  filename?: string | undefined;
  /** The declared media type; defaults to the Blob's type. The server checks the bytes anyway. */
  filetype?: string | undefined;
  /** Bytes per request: progress is checkpointed at each (default 5 MiB). */
  chunkSize?: number | undefined;
  /**
   * Waits between retries after a network fault, in milliseconds. Default: one at once, then five by
   * the toolkit's backoff (about 1, 2, 4, 8 and 16 s, each between half and all of that).
   */
  retryDelays?: number[] | undefined;
  /** Resume a previous upload of the same file (found by its fingerprint) instead of starting over. */
  resume?: PreviousUpload | undefined;
  /**
   * Look for an earlier upload of this same file to this dossier and kind (cut short by a reload, found
   * by its fingerprint) when the upload starts, and continue it instead of starting over: what
   * `findPrevious()` then `resumeFrom()` do, without loading the upload engine before the start.
   */
  resumePrevious?: boolean | undefined;
  /** Language of the platform's messages for this upload (Accept-Language); the client's (`client.lang`) by default. */
  lang?: Lang | undefined;
}

/** The options for bytes or a bare Blob, which carry no name of their own: `filename` is required. */
export type NamedUploadOptions = StartUploadOptions & { filename: string };

/**
 * tus takes its waits as a list, read at each retry: the first at once (a dropped connection often
 * comes back at once), the next by the policy's backoff. Drawn for each upload, so the uploads of
 * many tabs coming back after an outage spread out.
 */
const defaultRetryDelays = (): number[] => [
  0,
  ...Array.from({ length: 5 }, (_, attempt) => backoffDelay(attempt, { initialMs: 1000, maxMs: 20_000 })),
];

/** Whether the runtime says it has no network (a browser's `navigator.onLine`); unknown counts as online. */
const knownOffline = () => globalThis.navigator?.onLine === false;

/**
 * One resumable upload over tus 1.0. Events: `progress` (detail: UploadProgress), `statechange`.
 * `done` resolves with the document the platform recorded, or rejects with a typed error: the
 * platform's refusal (`ApiError` with its problem+json, in the client's language; status `refused`),
 * `ConnectionError` when retries ran out, `UploadReadError` when the file could not be read, a
 * `TypeError` for an input the types do not allow (thrown at once, before anything is sent).
 *
 * The tus engine is loaded when the upload starts (or `findPrevious` is asked), not before. If it
 * cannot be loaded (offline), the upload waits as for a lost connection: `retrying`, another try after
 * each of the retry delays and at once when the browser is back online; while the browser says it is
 * offline, it waits without spending its tries.
 */
export class DocumentUpload extends EventTarget {
  status: UploadStatus = 'idle';
  progress: UploadProgress;
  error: Error | undefined;
  readonly done: Promise<DocumentRef>;
  private transfer: Transfer | undefined;
  private previous: PreviousUpload | undefined;
  private readonly retryDelays: number[];
  /** The name the platform judges the type by (the File's, or `filename`). */
  private readonly filename: string;
  /** Counts starts, pauses and cancels: a start still loading the engine goes on only if it is still the last. */
  private run = 0;
  /** Stops waiting for the engine (its timer and its "online" listener). */
  private stopWaiting: (() => void) | undefined;
  private resolve!: (document: DocumentRef) => void;
  private reject!: (error: Error) => void;

  constructor(
    private readonly client: UploadClient,
    private readonly baseUrl: string,
    private readonly file: UploadInput,
    readonly options: StartUploadOptions,
  ) {
    super();
    this.filename = checkInput(file, options.filename);
    this.progress = {
      bytesSent: 0,
      bytesAccepted: 0,
      bytesTotal: file instanceof Uint8Array ? file.byteLength : file.size,
      percent: 0,
      bytesPerSecond: 0,
      secondsLeft: undefined,
    };
    this.previous = options.resume;
    this.retryDelays = options.retryDelays ?? defaultRetryDelays();
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // Unhandled if nobody awaits: the error is also on `error` and in `statechange`.
    this.done.catch(() => undefined);
  }

  /**
   * Starts sending (or starts again after an error), resuming from what the server already holds; returns the
   * upload.
   */
  start(): this {
    this.setStatus('uploading');
    void this.begin(++this.run, 0);
    return this;
  }

  /** Stops sending; what the server holds is kept, and `resume()` continues from its offset. */
  async pause(): Promise<void> {
    this.halt();
    await this.transfer?.abort(false);
    this.setStatus('paused');
  }

  /** Continues after a pause or an error. A refused upload is final: start a new one (with another file). */
  resume(): void {
    if (this.status === 'refused')
      throw new QmiError('The platform refused this upload: it cannot be resumed. Start a new one with another file.');
    this.error = undefined;
    this.start();
  }

  /** Stops and deletes what the server received so far. */
  async cancel(): Promise<void> {
    this.halt();
    await this.transfer?.abort(true);
    this.setStatus('idle');
  }

  /** Continues a previous upload of this same file (see `findPrevious`) instead of starting over. */
  resumeFrom(previous: PreviousUpload): this {
    this.previous = previous;
    this.transfer?.resumeFrom(previous);
    return this;
  }

  /** Earlier uploads of this same file that can be resumed (after a reload), newest first. Loads the engine. */
  async findPrevious(): Promise<PreviousUpload[]> {
    return (await this.engine()).findPrevious(this.options);
  }

  /** The tus transfer, made once the engine is loaded. */
  private async engine(): Promise<Transfer> {
    const { Transfer } = await loadEngine();
    if (this.transfer) return this.transfer;
    this.transfer = this.createTransfer(Transfer);
    if (this.previous) this.transfer.resumeFrom(this.previous);
    return this.transfer;
  }

  private async begin(run: number, attempt: number): Promise<void> {
    let transfer: Transfer;
    try {
      const fresh = !this.transfer;
      transfer = await this.engine();
      if (fresh && this.options.resumePrevious && !this.previous) {
        const [previous] = await transfer.findPrevious(this.options).catch(() => []);
        if (previous) this.resumeFrom(previous);
      }
    } catch (cause) {
      if (run === this.run) this.waitForEngine(run, attempt, cause);
      return;
    }
    // Paused or cancelled while the engine was loading: that start is over.
    if (run === this.run) transfer.start();
  }

  /** The engine could not be loaded (offline, its server down): the upload waits as for a lost connection. */
  private waitForEngine(run: number, attempt: number, cause: unknown) {
    const offline = knownOffline();
    if (!offline && attempt >= this.retryDelays.length) {
      return this.fail(
        new ConnectionError('The upload could not start: the upload engine could not be loaded.', { cause }),
      );
    }
    this.setStatus('retrying');
    const again = () => {
      this.stopWaiting?.();
      if (run === this.run) void this.begin(run, offline ? attempt : attempt + 1);
    };
    const timer = offline ? undefined : setTimeout(again, this.retryDelays[attempt]);
    const events = typeof globalThis.addEventListener === 'function' ? globalThis : undefined;
    events?.addEventListener('online', again);
    this.stopWaiting = () => {
      clearTimeout(timer);
      events?.removeEventListener('online', again);
      this.stopWaiting = undefined;
    };
  }

  /** Ends the start under way, if it is still loading the engine. */
  private halt() {
    this.run++;
    this.stopWaiting?.();
  }

  private createTransfer(Engine: typeof Transfer): Transfer {
    const { client, options } = this;
    const file = this.file;
    const type = options.filetype ?? (file instanceof Uint8Array ? '' : file.type);
    const meter = progressMeter();
    let accepted = 0;
    return new Engine(
      client,
      file,
      {
        endpoint: `${this.baseUrl.replace(/\/$/, '')}/v1/uploads`,
        metadata: {
          applicationId: options.applicationId,
          kind: options.kind,
          filename: this.filename,
          filetype: type || 'application/octet-stream',
          ...(options.partnerId ? { partnerId: options.partnerId } : {}),
        },
        size: this.progress.bytesTotal,
        chunkSize: options.chunkSize ?? 5 * 1024 * 1024,
        retryDelays: this.retryDelays,
        lang: options.lang,
        readError,
      },
      {
        shouldRetry: (failure) => {
          const retry = shouldRetry(failure);
          if (retry) this.setStatus('retrying');
          return retry;
        },
        chunkComplete: (bytesAccepted) => {
          accepted = bytesAccepted;
          this.progress = { ...this.progress, bytesAccepted };
          this.dispatchEvent(new CustomEvent('progress', { detail: this.progress }));
        },
        progress: (sent, total) => {
          this.progress = meter(sent, total, accepted);
          if (this.status === 'retrying') this.setStatus('uploading');
          this.dispatchEvent(new CustomEvent('progress', { detail: this.progress }));
        },
        success: (documentId) => {
          if (!documentId) return this.fail(new QmiError('The platform did not say which document it recorded.'));
          client.documents.get(options.applicationId, documentId).then(
            (document) => {
              this.setStatus('complete');
              this.resolve(document);
            },
            (error: Error) => this.fail(error),
          );
        },
        error: (failure) => {
          const error = toUploadError(failure);
          if (isRefusal(error)) void this.refuse(error);
          else this.fail(error);
        },
      },
    );
  }

  /**
   * The platform refused the file: forget the stored upload URL first (the server dropped the bytes),
   * so that a reloaded page does not offer to resume it, then report.
   */
  private async refuse(error: Error) {
    await this.transfer?.forget(storedUploads());
    this.error = error;
    this.setStatus('refused');
    this.reject(error);
  }

  private fail(error: Error) {
    this.error = error;
    this.setStatus('error');
    this.reject(error);
  }

  private setStatus(status: UploadStatus) {
    if (this.status === status) return;
    this.status = status;
    this.dispatchEvent(new Event('statechange'));
  }
}
