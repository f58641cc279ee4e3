// The whole library: importing it registers every element. Import a component's own entry
// (`@qmi/elements/form`, `/session`, `/account`, `/uploader`, `/timeline`, `/checklist`, `/messages`, `/commune-picker`,
// `/dossier-view`, `/notifications`) to register only that one. The organisers' board and assessment are not
// here (partner pages do not need them): `@qmi/elements/review-board`, `/assessment`, or `src/organisers.ts`.
export { langOf } from './i18n/lang.js';
export { translate, locale, type Translations } from './i18n/translate.js';
export { sessionContext, type QmiSession } from './context/session-context.js';
export { QmiInvitationAcceptedEvent, QmiSessionElement, QmiSignInEvent, QmiSignOutEvent } from './session/session.js';
export { QmiAccount, QmiAccountChangeEvent, QmiAccountDeleteEvent } from './account/account.js';
export {
  QmiApplicationForm,
  QmiSaveEvent,
  QmiSubmitEvent,
  QmiErrorEvent,
  QmiChangeEvent,
} from './form/application-form.js';
export { QmiCommunePicker, QmiCommuneClearEvent, QmiCommuneSelectEvent } from './commune-picker/commune-picker.js';
export {
  QmiDocumentUploader,
  QmiUploadProgressEvent,
  QmiUploadCompleteEvent,
  QmiUploadErrorEvent,
  QmiUploadRemoveEvent,
} from './uploader/uploader.js';
export { QmiTimeline, countdown, type Countdown } from './timeline/timeline.js';
export { calendarFile } from './timeline/ics.js';
export { QmiCriteriaChecklist, QmiChecklistNavigateEvent } from './checklist/checklist.js';
export {
  QmiMessages,
  QmiMessageSentEvent,
  QmiMessageReceivedEvent,
  QmiUnreadChangeEvent,
} from './messages/messages.js';
export { QmiDossierView, QmiSectionCommentEvent } from './dossier-view/dossier-view.js';
export {
  QmiNotifications,
  QmiNotificationReceivedEvent,
  QmiNotificationsChangeEvent,
} from './notifications/notifications.js';
