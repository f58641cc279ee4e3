import type { Application } from '../schemas/application.js';

/** The `detail` of the autosave's `saved` event: a save was acknowledged by the server. */
export interface AutosaveSavedDetail {
  /** The dossier as the server holds it after the save, with its new revision. */
  application: Application;
}

/**
 * The `detail` of the autosave's `remote` event: the dossier changed under the user's edits (someone else's
 * save merged in, or a newer version read), so a form re-renders these paths.
 */
export interface AutosaveRemoteDetail {
  /** The paths that changed, or `['*']` when the whole dossier may have (a newer version read or merged). */
  paths: string[];
}

/**
 * The events of `Autosave`, by type: `engine.addEventListener('saved', (event) => event.detail.application)`
 * is typed without a cast.
 */
export interface AutosaveEventMap {
  /** `state` changed (status, pending paths, conflicts, last save, error): render it again. */
  change: Event;
  /**
   * The server acknowledged a save sent from this engine. Fired once per acknowledged save, after the
   * journal dropped the edits it carried; not fired for versions learnt otherwise (see `remote`).
   */
  saved: CustomEvent<AutosaveSavedDetail>;
  /**
   * The server's version (another tab, a colleague, a merge, a refresh) changed `draft` under the
   * person's feet, or the person took their version of a conflict: show `draft` again.
   */
  remote: CustomEvent<AutosaveRemoteDetail>;
}
