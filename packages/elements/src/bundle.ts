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

/** `load('qmi-timeline')` defines an element before it is in the page; `discover(shadowRoot)` looks inside a root of the page's own. */
export const { load, discover } = autoload(PARTNER_ELEMENTS, partnerPage);
