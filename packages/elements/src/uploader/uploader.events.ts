import { ApiError, type DocumentRef, type UploadProgress } from '@qmi/core';
import type { DocumentRefusal } from '@qmi/validators';

/** Progress of one file (not fired for every byte: at most once per chunk of network activity). */
export class QmiUploadProgressEvent extends Event {
  constructor(
    readonly progress: UploadProgress,
    readonly filename: string,
  ) {
    super('qmi-upload-progress', { bubbles: true, composed: true });
  }
}

/** The platform recorded the file as a document of the dossier. */
export class QmiUploadCompleteEvent extends Event {
  constructor(readonly document: DocumentRef) {
    super('qmi-upload-complete', { bubbles: true, composed: true });
  }
}

/**
 * A file was refused (before sending, or by the platform) or could not be sent. `error.message` is
 * what the uploader shows; `code` and `detail` say the refusal as the platform's problem does,
 * whichever side refused: a file refused at pick carries the code and words the platform would answer
 * for it (both come from `checkDocumentFile` of `@qmi/validators`).
 */
export class QmiUploadErrorEvent extends Event {
  /**
   * The problem's stable code (`document_too_large`, `document_type_not_accepted`…) when the file was
   * refused; undefined when it could not be sent (a lost connection) or the answer named none.
   */
  readonly code: string | undefined;
  /** The reason in the platform's words, its problem `detail`, in the page's language; undefined when none. */
  readonly detail: string | undefined;
  /** For a refusal at pick: the document rule it breaks (`documents.size`…), as the dossier rules report it. */
  readonly rule: DocumentRefusal['rule'] | undefined;

  /** `refusal`: the check's verdict when the uploader refused the file itself, before sending it. */
  constructor(
    readonly error: Error,
    readonly filename: string,
    refusal?: DocumentRefusal,
  ) {
    super('qmi-upload-error', { bubbles: true, composed: true });
    const problem = error instanceof ApiError ? error.problem : undefined;
    this.code = refusal?.code ?? (problem && problem.code !== 'http_error' ? problem.code : undefined);
    this.detail = refusal?.message ?? problem?.detail;
    this.rule = refusal?.rule;
  }
}

/** A recorded document was removed from the dossier. */
export class QmiUploadRemoveEvent extends Event {
  constructor(readonly documentId: string) {
    super('qmi-upload-remove', { bubbles: true, composed: true });
  }
}
