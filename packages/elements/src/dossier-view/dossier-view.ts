import { QmiDossierView } from './dossier-view.component.js';
import type { QmiSectionCommentEvent } from './dossier-view.events.js';

// Registering twice throws; a page may load the kit from two bundles.
if (!customElements.get('qmi-dossier-view')) customElements.define('qmi-dossier-view', QmiDossierView);

declare global {
  interface HTMLElementTagNameMap {
    'qmi-dossier-view': QmiDossierView;
  }
  interface GlobalEventHandlersEventMap {
    'qmi-section-comment': QmiSectionCommentEvent;
  }
}

export { QmiDossierView };
export { QmiSectionCommentEvent } from './dossier-view.events.js';
