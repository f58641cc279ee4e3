// tus-js-client, through package.json's `imports`: browsers get its build without CommonJS (tsup.config.ts).
import {
  DetailedError,
  defaultOptions,
  Upload as TusUpload,
  type HttpRequest,
  type UploadOptions,
} from '#tus-js-client';
import type { Lang } from '../lang.js';
import type { PreviousUpload } from './previous-upload.js';
import type { UploadInput } from './input.js';
import { uploadFileReader, uploadFingerprint } from './readers.js';
import type { StoredUpload } from './stored.js';
import type { UploadClient, UploadTarget } from './uploads.js';

/**
 * The upload engine: tus-js-client with the platform's rules (retries, errors, resuming). Loaded by
 * `DocumentUpload` with `import()` only when a file is sent, so that a page showing an uploader pays
 * for tus (about 17 KB gzip) only once someone chooses a file. It imports nothing of @qmi/core but
 * types (see readers.ts): what a failure means is judged by the upload (failures.ts).
 */

/** A failed tus request as tus reports it, for the upload to judge (failures.ts). */
export interface TusFailure {
  /** tus's own error. */
  error: Error;
  /** Whether tus described it (a request, maybe an answer); otherwise a local fault (the storage…). */
  detailed: boolean;
  /** Whether a request was sent. */
  sent: boolean;
  /** The platform's status; undefined when no answer came. */
  status: number | undefined;
  /** The answer's body ('' without one). */
  body: string;
  header(name: string): string | undefined;
  /** What caused it, when tus says (a read fault of ours, a network error…). */
  cause: unknown;
}

function failureOf(error: Error | DetailedError): TusFailure {
  if (!(error instanceof DetailedError))
    return {
      error,
      detailed: false,
      sent: false,
      status: undefined,
      body: '',
      header: () => undefined,
      cause: undefined,
    };
  const response = error.originalResponse;
  return {
    error,
    detailed: true,
    sent: Boolean(error.originalRequest),
    status: response ? response.getStatus() : undefined,
    body: response?.getBody() ?? '',
    header: (name) => response?.getHeader(name) ?? undefined,
    cause: (error as DetailedError & { causingError?: unknown }).causingError,
  };
}

/** What the engine tells the `DocumentUpload` it works for. */
export interface TransferEvents {
  /** Whether to retry after this failure (tus's own count of tries is checked too). */
  shouldRetry(failure: TusFailure): boolean;
  chunkComplete(bytesAccepted: number): void;
  progress(bytesSent: number, bytesTotal: number): void;
  /** The last byte was stored; `documentId` is the document the platform recorded (if it said). */
  success(documentId: string | undefined): void;
  /** Final: retries ran out, or the failure is not worth one. */
  error(failure: TusFailure): void;
}

export interface TransferOptions {
  endpoint: string;
  metadata: Record<string, string>;
  size: number;
  chunkSize: number;
  retryDelays: number[];
  lang: Lang | undefined;
  /** The error for a file that could not be read. */
  readError(cause: unknown): Error;
}

/** One tus 1.0 upload of a document to the platform. */
export class Transfer {
  private readonly tus: TusUpload;

  constructor(client: UploadClient, file: UploadInput, options: TransferOptions, on: TransferEvents) {
    let documentId: string | undefined;
    // tus-js-client's type names only what its own readers take; ours reads every UploadInput (see readers.ts).
    this.tus = new TusUpload(file as Blob, {
      endpoint: options.endpoint,
      metadata: options.metadata,
      uploadSize: options.size,
      chunkSize: options.chunkSize,
      retryDelays: options.retryDelays,
      fileReader: uploadFileReader(options.readError),
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
      onShouldRetry: (error, attempt, tusOptions) =>
        attempt < (tusOptions.retryDelays?.length ?? 0) && on.shouldRetry(failureOf(error)),
      onChunkComplete: (_chunk, bytesAccepted) => on.chunkComplete(bytesAccepted),
      onProgress: (sent, total) => on.progress(sent, total),
      onSuccess: () => on.success(documentId),
      onError: (error) => on.error(failureOf(error)),
    });
  }

  start(): void {
    this.tus.start();
  }

  abort(terminate: boolean): Promise<void> {
    return this.tus.abort(terminate);
  }

  resumeFrom(previous: PreviousUpload): void {
    this.tus.resumeFromPreviousUpload(previous);
  }

  /** Earlier uploads of this same file to this dossier and kind that can be resumed (after a reload), newest first. */
  async findPrevious(target: UploadTarget): Promise<PreviousUpload[]> {
    return (await this.tus.findPreviousUploads())
      .filter(
        (upload) => upload.metadata.applicationId === target.applicationId && upload.metadata.kind === target.kind,
      )
      .sort((a, b) => b.creationTime.localeCompare(a.creationTime));
  }

  /** The platform refused the file and dropped its bytes: a reloaded page must not offer to resume it. */
  async forget(remembered: readonly StoredUpload[]): Promise<void> {
    const url = this.tus.url;
    if (!url) return;
    const stored = remembered.filter((upload) => upload.uploadUrl === url);
    await Promise.all(
      stored.map((upload) => defaultOptions.urlStorage.removeUpload(upload.key).catch(() => undefined)),
    );
  }
}
