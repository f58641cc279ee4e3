export { applicationWindowState, applicationWindowMessage, formatCallInstant, type WindowState } from './application-window.js';
