export { langOf } from './i18n/lang.js';
