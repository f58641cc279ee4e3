import type { Application } from '@qmi/core';
import type { EvaluableApplication, Report } from '@qmi/validators';

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

/**
 * The dossier as the person sees it changed (a keystroke, a save, a remote edit, an upload), with the
 * rules' report: what `<qmi-criteria-checklist for="…">` listens to.
 */
export class QmiChangeEvent extends Event {
  constructor(
    readonly application: EvaluableApplication,
    readonly report: Report,
  ) {
    super('qmi-change', { bubbles: true, composed: true });
  }
}
