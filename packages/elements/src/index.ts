export { langOf } from './i18n/lang.js';
export { translate, locale, type Translations } from './i18n/translate.js';
export { sessionContext, type QmiSession } from './context/session-context.js';
