import { QmiCommunePicker, type QmiCommuneClearEvent, type QmiCommuneSelectEvent } from './commune-picker.component.js';

if (!customElements.get('qmi-commune-picker')) customElements.define('qmi-commune-picker', QmiCommunePicker);

declare global {
  interface HTMLElementTagNameMap {
    'qmi-commune-picker': QmiCommunePicker;
  }
  interface GlobalEventHandlersEventMap {
    'qmi-commune-select': QmiCommuneSelectEvent;
    'qmi-commune-clear': QmiCommuneClearEvent;
  }
}

export { QmiCommunePicker, QmiCommuneClearEvent, QmiCommuneSelectEvent } from './commune-picker.component.js';
