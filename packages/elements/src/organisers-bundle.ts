// The organisers' single-file bundle (`dist/qmi-organisers.bundle.js`, `@qmi/elements/organisers-bundle`):
// as the partners' one (bundle.ts), with the board and the assessment. Built in the same run, so the
// chunks the two share are the same files.
import { autoload } from './bundle/autoload.js';
import { ORGANISER_ELEMENTS } from './bundle/organiser-elements.js';

export type { Autoloader } from './bundle/autoload.js';
/** The tags this bundle defines when they appear in the page. */
export const tags: readonly string[] = Object.keys(ORGANISER_ELEMENTS);
const autoloader = autoload(ORGANISER_ELEMENTS);
/**
 * Defines an element before its tag is in the page: `load('qmi-review-board')` loads its code (once) and resolves
 * when the tag is defined (the bundle defines the tags it sees in the document by itself).
 */
export const load = autoloader.load;
/**
 * Defines the bundle's elements under a root of the page's own that the bundle does not watch (a shadow root
 * the page made): `discover(shadowRoot)` resolves when they are defined.
 */
export const discover = autoloader.discover;
