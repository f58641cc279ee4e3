import type { DocumentRef, UploadProgress } from '@qmi/core';

/** Progress of one file (not fired for every byte: at most once per chunk of network activity). */
export class QmiUploadProgressEvent extends Event {
  constructor(readonly progress: UploadProgress, readonly filename: string) {
    super('qmi-upload-progress', { bubbles: true, composed: true });
  }
}

/** The platform recorded the file as a document of the dossier. */
export class QmiUploadCompleteEvent extends Event {
  constructor(readonly document: DocumentRef) {
    super('qmi-upload-complete', { bubbles: true, composed: true });
  }
}

/** A file was refused (before sending, or by the platform) or could not be sent. */
export class QmiUploadErrorEvent extends Event {
  constructor(readonly error: Error, readonly filename: string) {
    super('qmi-upload-error', { bubbles: true, composed: true });
  }
}

/** A recorded document was removed from the dossier. */
export class QmiUploadRemoveEvent extends Event {
  constructor(readonly documentId: string) {
    super('qmi-upload-remove', { bubbles: true, composed: true });
  }
}
