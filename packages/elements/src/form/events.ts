import type { Application } from '@qmi/core';

/** The server acknowledged a save. */
export class QmiSaveEvent extends Event {
  constructor(readonly application: Application) {
    super('qmi-save', { bubbles: true, composed: true });
  }
}

/** The dossier was submitted; `application.status` is "submitted". */
export class QmiSubmitEvent extends Event {
  constructor(readonly application: Application) {
    super('qmi-submit', { bubbles: true, composed: true });
  }
}

/** Loading, saving or submitting failed; the edits are kept. */
export class QmiErrorEvent extends Event {
  constructor(readonly error: Error) {
    super('qmi-error', { bubbles: true, composed: true });
  }
}
