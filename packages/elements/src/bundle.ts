// The single-file bundle for partner pages (`dist/qmi-elements.bundle.js`, `@qmi/elements/bundle`): one
// `<script type="module">` tag. It is small: each element's code is a chunk beside it in dist/, fetched
// when its tag appears in the page (see bundle/autoload.ts). A page that shows the partner page's elements
// together loads them as one file instead (chunks/partner-page-<hash>.js). The organisers' board and assessment
// are in the organisers' bundle only.
import { autoload, type Preset } from './bundle/autoload.js';
import { PARTNER_ELEMENTS, suitsPartnerPage } from './bundle/partner-elements.js';

export type { Autoloader } from './bundle/autoload.js';
/** The tags this bundle defines when they appear in the page. */
export const tags: readonly string[] = Object.keys(PARTNER_ELEMENTS);

/** The partner page's file, for the pages it suits (see suitsPartnerPage). */
const partnerPage: Preset = {
  suits: suitsPartnerPage,
  // Built apart, one file beside the bundle (dist/chunks/partner-page-<hash>.js): the bundle's build puts
  // that name here (scripts/build-bundles.mjs); from the sources (tests, Storybook) it is the module itself.
  load: () => import('./bundle/partner-page.js'),
};

const autoloader = autoload(PARTNER_ELEMENTS, partnerPage);
/**
 * Defines an element before its tag is in the page: `load('qmi-timeline')` loads its code (once) and resolves
 * when the tag is defined (the bundle defines the tags it sees in the document by itself).
 */
export const load = autoloader.load;
/**
 * Defines the bundle's elements under a root of the page's own that the bundle does not watch (a shadow root
 * the page made): `discover(shadowRoot)` resolves when they are defined.
 */
export const discover = autoloader.discover;
