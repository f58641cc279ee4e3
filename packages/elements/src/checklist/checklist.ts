import { QmiCriteriaChecklist } from './checklist.component.js';
import type { QmiChecklistNavigateEvent } from './checklist.events.js';

if (!customElements.get('qmi-criteria-checklist'))
  customElements.define('qmi-criteria-checklist', QmiCriteriaChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'qmi-criteria-checklist': QmiCriteriaChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'qmi-checklist-navigate': QmiChecklistNavigateEvent;
  }
}

export { QmiCriteriaChecklist } from './checklist.component.js';
export { QmiChecklistNavigateEvent } from './checklist.events.js';
