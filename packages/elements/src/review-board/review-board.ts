import { QmiReviewBoard } from './review-board.component.js';
import type { QmiDossierOpenEvent } from './review-board.events.js';

// Registering twice throws; a page may load the kit from two bundles.
if (!customElements.get('qmi-review-board')) customElements.define('qmi-review-board', QmiReviewBoard);

declare global {
  interface HTMLElementTagNameMap {
    'qmi-review-board': QmiReviewBoard;
  }
  interface GlobalEventHandlersEventMap {
    'qmi-dossier-open': QmiDossierOpenEvent;
  }
}

export { QmiReviewBoard };
export { QmiDossierOpenEvent } from './review-board.events.js';
