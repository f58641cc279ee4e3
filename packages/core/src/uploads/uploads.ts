import { DetailedError, Upload as TusUpload, type HttpRequest, type PreviousUpload } from 'tus-js-client';
import { apiErrorFor, ConnectionError, QmiError } from '../client/errors.js';
import type { QmiClient } from '../client/client.js';
import { Problem } from '../schemas/problem.js';
import type { DocumentRef } from '../schemas/application.js';
import { progressMeter, type UploadProgress } from './progress.js';

export type UploadStatus = 'idle' | 'uploading' | 'paused' | 'retrying' | 'complete' | 'error';

export interface UploadTarget {
  applicationId: string;
  /** A document kind of the call ("mayor_letter", "sector_sheet", "partner_support"). */
  kind: string;
  /** For per-partner kinds: the declared partner the document comes from. */
  partnerId?: string | undefined;
}

export interface StartUploadOptions extends UploadTarget {
  /** Shown to people; defaults to the file's name. */
  filename?: string | undefined;
  /** The declared media type; defaults to the file's type. The server checks the bytes anyway. */
  filetype?: string | undefined;
  /** Bytes per request: progress is checkpointed at each (default 5 MiB). */
  chunkSize?: number | undefined;
  /** Waits between retries after a network fault (default 0, 1, 3, 5, 10, 20 s). */
  retryDelays?: number[] | undefined;
  /** Resume a previous upload of the same file (found by its fingerprint) instead of starting over. */
  resume?: PreviousUpload | undefined;
}

/** Network faults and 409/423/429/5xx are retried; other 4xx are final (the tus client's rule). */
const shouldRetry = (error: DetailedError) => {
  const status = error.originalResponse?.getStatus() ?? 0;
  return status === 0 || status === 409 || status === 423 || status === 429 || status >= 500;
};

const DEFAULT_RETRY_DELAYS = [0, 1000, 3000, 5000, 10_000, 20_000];

/**
 * One resumable upload over tus 1.0. Events: `progress` (detail: UploadProgress), `statechange`.
 * `done` resolves with the document the platform recorded, or rejects with a typed error
 * (`ApiError` with the server's problem+json, `ConnectionError` when retries ran out).
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
    file: File | Blob | Uint8Array,
    readonly options: StartUploadOptions,
  ) {
    super();
    const size = file instanceof Uint8Array ? file.byteLength : file.size;
    const name = options.filename ?? (typeof File !== 'undefined' && file instanceof File ? file.name : 'document');
    const type = options.filetype ?? (file instanceof Blob ? file.type : '') ?? '';
    this.progress = { bytesSent: 0, bytesAccepted: 0, bytesTotal: size, percent: 0, bytesPerSecond: 0, secondsLeft: undefined };
    let accepted = 0;
    this.done = new Promise((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    // Unhandled if nobody awaits: the error is also on `error` and in `statechange`.
    this.done.catch(() => undefined);
    const meter = progressMeter();
    let documentId: string | undefined;
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
      retryDelays: options.retryDelays ?? DEFAULT_RETRY_DELAYS,
      // The fingerprint lets a reloaded page find this upload again and resume it.
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onBeforeRequest: async (request: HttpRequest) => {
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
      onError: (error) => this.fail(toUploadError(error)),
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

  resume(): void {
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
    return this.tus.findPreviousUploads().then((uploads) =>
      uploads
        .filter((upload) => upload.metadata.applicationId === this.options.applicationId && upload.metadata.kind === this.options.kind)
        .sort((a, b) => b.creationTime.localeCompare(a.creationTime)),
    );
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

/** The tus client's error as the platform's typed error (problem+json when the server answered). */
function toUploadError(error: Error | DetailedError): Error {
  if (!(error instanceof DetailedError) || !error.originalResponse) return new ConnectionError('The upload could not reach the platform.', { cause: error });
  const response = error.originalResponse;
  let body: unknown;
  try {
    body = JSON.parse(response.getBody());
  } catch {
    body = undefined;
  }
  const parsed = Problem.safeParse(body);
  const status = response.getStatus();
  return apiErrorFor(
    parsed.success ? parsed.data : { type: 'about:blank', title: response.getBody() || `HTTP ${status}`, status, code: 'upload_failed' },
    new Headers(),
  );
}
