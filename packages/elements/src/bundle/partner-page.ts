// The partner page's elements in one file (issue 17): the session, the form, the timeline, the checklist
// and the messages, which a partner page shows together. The bundle (src/bundle.ts) imports this module
// instead of the elements' own chunks when a page shows several of them: as separate chunks they cost a
// file each plus the chunks they share (about 58 files), and as one file they compress together.
// Built by Rollup (scripts/build-bundles.mjs) into dist/chunks/partner-page-<hash>.js, from the per-module
// build; the other elements become chunks of that build, so that they reuse its lit, ky and core.
import '../session/session.js';
import '../form/application-form.js';
import '../timeline/timeline.js';
import '../checklist/checklist.js';
import '../messages/messages.js';
import type { ElementLoaders } from './autoload.js';
import { PARTNER_ELEMENTS } from './partner-elements.js';

/**
 * Every tag of the bundle: the five above are already defined by this file (their `import()` is this
 * file's own module, already evaluated), the others load a chunk of this build when they appear.
 */
export const loaders: ElementLoaders = PARTNER_ELEMENTS;
