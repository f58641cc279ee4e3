import { QmiDocumentUploader } from './uploader.component.js';
import type {
  QmiUploadCompleteEvent,
  QmiUploadErrorEvent,
  QmiUploadProgressEvent,
  QmiUploadRemoveEvent,
} from './uploader.events.js';

if (!customElements.get('qmi-document-uploader')) customElements.define('qmi-document-uploader', QmiDocumentUploader);

declare global {
  interface HTMLElementTagNameMap {
    'qmi-document-uploader': QmiDocumentUploader;
  }
  interface GlobalEventHandlersEventMap {
    'qmi-upload-progress': QmiUploadProgressEvent;
    'qmi-upload-complete': QmiUploadCompleteEvent;
    'qmi-upload-error': QmiUploadErrorEvent;
    'qmi-upload-remove': QmiUploadRemoveEvent;
  }
}

export { QmiDocumentUploader } from './uploader.component.js';
export {
  QmiUploadProgressEvent,
  QmiUploadCompleteEvent,
  QmiUploadErrorEvent,
  QmiUploadRemoveEvent,
} from './uploader.events.js';
