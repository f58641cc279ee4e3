// The organisers' single-file bundle (`dist/qmi-organisers.bundle.js`, `@qmi/elements/organisers-bundle`):
// as the partners' one (bundle.ts), with the board and the assessment. Built in the same run, so the
// chunks the two share are the same files.
import { autoload } from './bundle/autoload.js';
import { ORGANISER_ELEMENTS } from './bundle/organiser-elements.js';

export type { Autoloader } from './bundle/autoload.js';
/** The tags this bundle defines when they appear in the page. */
export const tags: readonly string[] = Object.keys(ORGANISER_ELEMENTS);
/** `load('qmi-review-board')` defines an element before it is in the page; `discover(shadowRoot)` looks inside a root of the page's own. */
export const { load, discover } = autoload(ORGANISER_ELEMENTS);
