import type { ElementLoaders } from './autoload.js';

/** The partners' elements, each in a chunk of its own (with what it alone needs) beside the bundle. */
export const PARTNER_ELEMENTS: ElementLoaders = {
  'qmi-session': () => import('../session/session.js'),
  'qmi-account': () => import('../account/account.js'),
  'qmi-application-form': () => import('../form/application-form.js'),
  'qmi-commune-picker': () => import('../commune-picker/commune-picker.js'),
  'qmi-document-uploader': () => import('../uploader/uploader.js'),
  'qmi-timeline': () => import('../timeline/timeline.js'),
  'qmi-criteria-checklist': () => import('../checklist/checklist.js'),
  'qmi-messages': () => import('../messages/messages.js'),
  'qmi-dossier-view': () => import('../dossier-view/dossier-view.js'),
  'qmi-notifications': () => import('../notifications/notifications.js'),
};
