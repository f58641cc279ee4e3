// The elements the form renders, registered with it (and their tags' and events' types declared).
import '../commune-picker/commune-picker.js';
import '../uploader/uploader.js';
import { QmiApplicationForm } from './application-form.component.js';
import type { QmiChangeEvent, QmiErrorEvent, QmiSaveEvent, QmiSubmitEvent } from './events.js';

if (!customElements.get('qmi-application-form')) customElements.define('qmi-application-form', QmiApplicationForm);

declare global {
  interface HTMLElementTagNameMap {
    'qmi-application-form': QmiApplicationForm;
  }
  interface GlobalEventHandlersEventMap {
    'qmi-save': QmiSaveEvent;
    'qmi-submit': QmiSubmitEvent;
    'qmi-error': QmiErrorEvent;
    'qmi-change': QmiChangeEvent;
  }
}

export { QmiApplicationForm } from './application-form.component.js';
export { QmiSaveEvent, QmiSubmitEvent, QmiErrorEvent, QmiChangeEvent } from './events.js';
