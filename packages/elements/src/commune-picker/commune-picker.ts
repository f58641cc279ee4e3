import { QmiCommunePicker, type QmiCommuneSelectEvent } from './commune-picker.component.js';

if (!customElements.get('qmi-commune-picker')) customElements.define('qmi-commune-picker', QmiCommunePicker);

declare global {
  interface HTMLElementTagNameMap {
    'qmi-commune-picker': QmiCommunePicker;
  }
  interface GlobalEventHandlersEventMap {
    'qmi-commune-select': QmiCommuneSelectEvent;
  }
}

export { QmiCommunePicker, QmiCommuneSelectEvent } from './commune-picker.component.js';
