/**
 * Fired when the person opens a dossier from the board (its commune's link, by click or Enter).
 * Cancelable: the board itself does nothing more, the partner's back-office shows the dossier (a
 * `<qmi-dossier-view>`, a page of its own). With `dossier-url`, the link also navigates unless a
 * listener calls `preventDefault()`.
 */
export class QmiDossierOpenEvent extends Event {
  constructor(readonly applicationId: string) {
    super('qmi-dossier-open', { bubbles: true, composed: true, cancelable: true });
  }
}
