// The whole library: importing it registers every element. Import a component's own entry
// (`@qmi/elements/form`, `/session`, `/account`, `/uploader`, `/timeline`, `/checklist`, `/messages`, `/commune-picker`) to register only that one.
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
export { QmiTimeline, calendarFile, countdown, type Countdown } from './timeline/timeline.js';
export { QmiCriteriaChecklist, QmiChecklistNavigateEvent } from './checklist/checklist.js';
export {
  QmiMessages,
  QmiMessageSentEvent,
  QmiMessageReceivedEvent,
  QmiUnreadChangeEvent,
} from './messages/messages.js';
