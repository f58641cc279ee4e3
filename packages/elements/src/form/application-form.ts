// The elements the form renders are registered by their own modules, which the form loads with
// `import()` when it first shows them (see `LazyPart`); their types are re-exported here, so that their
// tags and events are declared wherever the form's are.
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
export type { QmiCommunePicker } from '../commune-picker/commune-picker.js';
export type { QmiDocumentUploader } from '../uploader/uploader.js';
