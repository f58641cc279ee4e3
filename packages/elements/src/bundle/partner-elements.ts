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

/**
 * The elements of a typical partner page, built together into one file (`dist/chunks/partner-page-<hash>.js`,
 * src/bundle/partner-page.ts) which the bundle loads instead of their chunks when a page shows them together.
 */
const PARTNER_PAGE_TAGS: readonly string[] = [
  'qmi-session',
  'qmi-application-form',
  'qmi-timeline',
  'qmi-criteria-checklist',
  'qmi-messages',
];

/**
 * Whether a page showing these tags loads the partner page's file rather than the elements' own chunks: when
 * it shows the form, or three of the five. There the one file costs less (`node scripts/budgets.mjs` prints
 * typical pages both ways), while a page with only a timeline or a checklist keeps its small first load.
 */
export const suitsPartnerPage = (shown: ReadonlySet<string>): boolean =>
  shown.has('qmi-application-form') || PARTNER_PAGE_TAGS.filter((tag) => shown.has(tag)).length >= 3;
