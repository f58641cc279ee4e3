import {
  DetailedError,
  defaultOptions,
  Upload as TusUpload,
  type HttpRequest,
  type HttpResponse,
  type PreviousUpload,
  type UploadOptions,
} from 'tus-js-client';
import { ApiError, apiErrorFor, ConnectionError, QmiError } from '../client/errors.js';
import type { QmiClient } from '../client/client.js';
import type { Lang } from '../lang.js';
import { Problem } from '../schemas/problem.js';
import type { DocumentRef } from '../schemas/application.js';
import { storedUploads } from './interrupted.js';
import { checkInput, UploadReadError, uploadFileReader, uploadFingerprint, type UploadInput } from './input.js';
import { progressMeter, type UploadProgress } from './progress.js';
import { backoffDelay, isRetryableStatus } from '../retry.js';

/**
 * `refused`: the platform said no (the file's type or content, its size, the kind already full, the
 * deadline…). Final: retrying the same file cannot help, and it is not offered for resuming after a
 * reload. `error`: it could not be completed (connection lost after every retry, session expired, a
 * file that could not be read); `resume()` tries again.
 */
export type UploadStatus = 'idle' | 'uploading' | 'paused' | 'retrying' | 'complete' | 'error' | 'refused';

export interface UploadTarget {
  applicationId: string;
  /** A document kind of the call ("mayor_letter", "sector_sheet", "partner_support"). */
  kind: string;
  /** For per-partner kinds: the declared partner the document comes from. */
  partnerId?: string | undefined;
}

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
  /** Language of the platform's messages for this upload (Accept-Language); the client's (`client.lang`) by default. */
  lang?: Lang | undefined;
}

/** The options for bytes or a bare Blob, which carry no name of their own: `filename` is required. */
export type NamedUploadOptions = StartUploadOptions & { filename: string };

/** The platform's problem+json in a tus answer, if it is one. */
function problemOf(response: HttpResponse): Problem | undefined {
  try {
    const parsed = Problem.safeParse(JSON.parse(response.getBody()));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Network faults and the statuses of the retry policy (423 while another request writes the upload,
 * 429, 5xx…) are retried. A 409 only when it is tus's offset conflict (the client then asks the offset
 * again): the platform's other 409s (the kind already full, the call closed) are refusals. A file that
 * could not be read is not retried either: it will not read better.
 */
const shouldRetry = (error: DetailedError) => {
  if ((error as DetailedError & { causingError?: unknown }).causingError instanceof UploadReadError) return false;
  const response = error.originalResponse;
  const status = response?.getStatus() ?? 0;
  if (status === 409) {
    const code = problemOf(response!)?.code;
    return code === undefined || code === 'upload_offset_mismatch';
  }
  return status === 0 || isRetryableStatus(status);
};

/** An answer of the platform that retrying the same upload cannot change. 401 asks to sign in again, then retry. */
const isRefusal = (error: Error): error is ApiError =>
  error instanceof ApiError &&
  error.status >= 400 &&
  error.status < 500 &&
  error.status !== 401 &&
  !isRetryableStatus(error.status) &&
  error.code !== 'upload_offset_mismatch';

/**
 * tus takes its waits as a list, read at each retry: the first at once (a dropped connection often
 * comes back at once), the next by the policy's backoff. Drawn for each upload, so the uploads of
 * many tabs coming back after an outage spread out.
 */
const defaultRetryDelays = (): number[] => [
  0,
  ...Array.from({ length: 5 }, (_, attempt) => backoffDelay(attempt, { initialMs: 1000, maxMs: 20_000 })),
];

/**
 * One resumable upload over tus 1.0. Events: `progress` (detail: UploadProgress), `statechange`.
 * `done` resolves with the document the platform recorded, or rejects with a typed error: the
 * platform's refusal (`ApiError` with its problem+json, in the client's language; status `refused`),
 * `ConnectionError` when retries ran out, `UploadReadError` when the file could not be read, a
 * `TypeError` for an input the types do not allow (thrown at once, before anything is sent).
 */
export class DocumentUpload extends EventTarget {
  status: UploadStatus = 'idle';
  progress: UploadProgress;
  error: Error | undefined;
  readonly done: Promise<DocumentRef>;
  private readonly tus: TusUpload;
  private resolve!: (document: DocumentRef) => void;
  private reject!: (error: Error) => void;

  constructor(
    private readonly client: QmiClient,
    baseUrl: string,
    file: UploadInput,
    readonly options: StartUploadOptions,
  ) {
    super();
    const name = checkInput(file, options.filename);
    const size = file instanceof Uint8Array ? file.byteLength : file.size;
    const type = options.filetype ?? (file instanceof Uint8Array ? '' : file.type);
    this.progress = {
      bytesSent: 0,
      bytesAccepted: 0,
      bytesTotal: size,
      percent: 0,
      bytesPerSecond: 0,
      secondsLeft: undefined,
    };
    let accepted = 0;
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // Unhandled if nobody awaits: the error is also on `error` and in `statechange`.
    this.done.catch(() => undefined);
    const meter = progressMeter();
    let documentId: string | undefined;
    // tus-js-client's type names only what its own readers take; ours reads every UploadInput (see input.ts).
    this.tus = new TusUpload(file as Blob, {
      endpoint: `${baseUrl.replace(/\/$/, '')}/v1/uploads`,
      metadata: {
        applicationId: options.applicationId,
        kind: options.kind,
        filename: name,
        filetype: type || 'application/octet-stream',
        ...(options.partnerId ? { partnerId: options.partnerId } : {}),
      },
      uploadSize: size,
      chunkSize: options.chunkSize ?? 5 * 1024 * 1024,
      retryDelays: options.retryDelays ?? defaultRetryDelays(),
      fileReader: uploadFileReader,
      // tus takes a null fingerprint as "not resumable after a reload" (its type says string only).
      fingerprint: uploadFingerprint as UploadOptions['fingerprint'],
      // The fingerprint lets a reloaded page find this upload again and resume it.
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onBeforeRequest: async (request: HttpRequest) => {
        // The platform's refusals come back in this language, not the browser's or Node's default.
        request.setHeader('Accept-Language', options.lang ?? client.lang);
        const token = await client.getToken();
        if (token) request.setHeader('Authorization', `Bearer ${token}`);
      },
      onAfterResponse: (_request, response) => {
        documentId = response.getHeader('Qmi-Document-Id') ?? documentId;
      },
      onShouldRetry: (error, attempt, tusOptions) => {
        const retry = shouldRetry(error) && attempt < (tusOptions.retryDelays?.length ?? 0);
        if (retry) this.setStatus('retrying');
        return retry;
      },
      onChunkComplete: (_chunk, bytesAccepted) => {
        accepted = bytesAccepted;
        this.progress = { ...this.progress, bytesAccepted };
        this.dispatchEvent(new CustomEvent('progress', { detail: this.progress }));
      },
      onProgress: (sent, total) => {
        this.progress = meter(sent, total, accepted);
        if (this.status === 'retrying') this.setStatus('uploading');
        this.dispatchEvent(new CustomEvent('progress', { detail: this.progress }));
      },
      onSuccess: () => {
        if (!documentId) return this.fail(new QmiError('The platform did not say which document it recorded.'));
        client.documents.get(options.applicationId, documentId).then(
          (document) => {
            this.setStatus('complete');
            this.resolve(document);
          },
          (error: Error) => this.fail(error),
        );
      },
      onError: (error) => {
        const failure = toUploadError(error);
        if (isRefusal(failure)) void this.refuse(failure);
        else this.fail(failure);
      },
    });
    if (options.resume) this.tus.resumeFromPreviousUpload(options.resume);
  }

  start(): this {
    this.setStatus('uploading');
    this.tus.start();
    return this;
  }

  /** Stops sending; what the server holds is kept, and `resume()` continues from its offset. */
  async pause(): Promise<void> {
    await this.tus.abort(false);
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
    await this.tus.abort(true);
    this.setStatus('idle');
  }

  /** Continues a previous upload of this same file (see `findPrevious`) instead of starting over. */
  resumeFrom(previous: PreviousUpload): this {
    this.tus.resumeFromPreviousUpload(previous);
    return this;
  }

  /** Earlier uploads of this same file that can be resumed (after a reload), newest first. */
  findPrevious(): Promise<PreviousUpload[]> {
    return this.tus
      .findPreviousUploads()
      .then((uploads) =>
        uploads
          .filter(
            (upload) =>
              upload.metadata.applicationId === this.options.applicationId &&
              upload.metadata.kind === this.options.kind,
          )
          .sort((a, b) => b.creationTime.localeCompare(a.creationTime)),
      );
  }

  /**
   * The platform refused the file: forget the stored upload URL first (the server dropped the bytes),
   * so that a reloaded page does not offer to resume it, then report.
   */
  private async refuse(error: ApiError) {
    const url = this.tus.url;
    if (url) {
      const stored = (await storedUploads()).filter((upload) => upload.uploadUrl === url);
      await Promise.all(
        stored.map((upload) => defaultOptions.urlStorage.removeUpload(upload.urlStorageKey).catch(() => undefined)),
      );
    }
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

/**
 * The tus client's error as what really happened: the platform's answer (its problem+json as a typed
 * `ApiError`), no answer at all (`ConnectionError`), or a local fault, passed on as it is (the file
 * could not be read, the browser's storage failed).
 */
function toUploadError(error: Error | DetailedError): Error {
  if (!(error instanceof DetailedError)) return error;
  const cause = (error as DetailedError & { causingError?: unknown }).causingError;
  if (cause instanceof UploadReadError) return cause;
  const response = error.originalResponse;
  if (!response) {
    return error.originalRequest
      ? new ConnectionError('The upload could not reach the platform.', { cause: error })
      : error;
  }
  const status = response.getStatus();
  const headers = new Headers();
  for (const name of ['x-request-id', 'retry-after']) {
    const value = response.getHeader(name);
    if (value) headers.set(name, value);
  }
  return apiErrorFor(
    problemOf(response) ?? {
      type: 'about:blank',
      title: response.getBody() || `HTTP ${status}`,
      status,
      code: 'http_error',
    },
    headers,
  );
}
