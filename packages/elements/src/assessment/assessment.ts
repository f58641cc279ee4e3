import { QmiAssessment } from './assessment.component.js';
import type { QmiAssessmentSubmitEvent, QmiConflictDeclareEvent, QmiDecisionEvent } from './assessment.events.js';

// Registering twice throws; a page may load the kit from two bundles.
if (!customElements.get('qmi-assessment')) customElements.define('qmi-assessment', QmiAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'qmi-assessment': QmiAssessment;
  }
  interface GlobalEventHandlersEventMap {
    'qmi-assessment-submit': QmiAssessmentSubmitEvent;
    'qmi-conflict-declare': QmiConflictDeclareEvent;
    'qmi-decision': QmiDecisionEvent;
  }
}

export { QmiAssessment };
export { QmiAssessmentSubmitEvent, QmiConflictDeclareEvent, QmiDecisionEvent } from './assessment.events.js';
