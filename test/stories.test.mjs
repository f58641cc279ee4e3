// The static Storybook build (stories/storybook-static, made by `npm test` before this runs): it
// lists a story for every element in every state that element has, each story renders in real
// Chromium with no server but a static file server (its platform runs in the page, in Mock Service
// Worker), its play function confirms the state it is named after, and axe finds no WCAG 2.1 A/AA
// violation in it, in the default and the high-contrast theme; and under forced colours (Windows
// High Contrast), every button's text can be read, judged from the painted pixels.
import { buildSync } from 'esbuild';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { serveStaticSite } from '../scripts/lib/static-site.mjs';
import { ROOT } from '../scripts/lib/setup.mjs';

const STATIC = path.join(ROOT, 'stories/storybook-static');
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
// The elements' own forced-colours check (packages/elements/test/forced-colors.test.ts), bundled
// to be injected into a story's page as axe is: one judge for the component tests and the stories.
const BUTTON_CONTRAST = buildSync({
  entryPoints: [path.join(ROOT, 'packages/elements/test/support/button-contrast.ts')],
  bundle: true,
  format: 'iife',
  globalName: 'qmiButtonContrast',
  target: 'es2022',
  write: false,
  logLevel: 'error',
}).outputFiles[0].text;

/**
 * The states each element has (story export names). Not every state means something for every
 * element: a timeline has no upload, a commune picker no conflict. The issue's list is
 * empty, filled, errors, offline, conflict, uploading, upload failed, closed call, ready to submit, English.
 */
const STATES = {
  'elements-application-form': [
    'empty',
    'filled',
    'errors',
    'offline',
    'conflict',
    'closed-call',
    'ready-to-submit',
    'english',
    'before-sign-in',
  ],
  'elements-document-uploader': [
    'empty',
    'filled',
    'errors',
    'offline',
    'uploading',
    'upload-failed',
    'closed-call',
    'english',
  ],
  'elements-timeline': ['empty', 'filled', 'closed-call', 'english'],
  'elements-criteria-checklist': ['empty', 'filled', 'errors', 'closed-call', 'ready-to-submit', 'english'],
  'elements-messages': ['empty', 'filled', 'errors', 'offline', 'english'],
  'elements-session': ['empty', 'filled', 'errors', 'offline', 'english'],
  'elements-commune-picker': ['empty', 'filled', 'errors', 'english'],
  'elements-account': [
    'loading',
    'verified-by-pro-connect',
    'verified-by-organiser',
    'unverified-address',
    'pending-claim',
    'refused-claim',
    'change-password-error',
    'change-address-error',
    'deleted',
    'deletion-refused',
    'english',
  ],
  'elements-application-form-people': ['owner', 'editor', 'not-holding-the-place', 'english'],
  // The organisers' side (issue 16): "empty board, filtered, assessing, conflict of interest, synthesis, decision sent".
  'organisers-review-board': [
    'all-dossiers',
    'empty',
    'filtered',
    'with-selection',
    'reviewers-board',
    'loading',
    'load-error',
    'english',
  ],
  'organisers-assessment': [
    'reviewer-empty',
    'reviewer-drafting',
    'reviewer-incomplete',
    'conflict-declared',
    'submitted-others-visible',
    'organiser-synthesis',
    'decision-sent',
    'cap-reached',
    'selected',
    'english',
  ],
  'elements-dossier-view': [
    'submitted-applicant',
    'organiser-with-history',
    'print-preview',
    'advice-comments',
    'loading',
    'not-found',
    'english',
  ],
  'elements-notifications': ['unread', 'marked-read', 'empty', 'loading', 'failed', 'english'],
  'elements-application-form-organisers-feedback': [
    'changes-requested',
    'changes-requested-english',
    'section-comments',
    'comment-dealt-with',
    'ask-for-advice',
    'advice-requested',
    'eligible',
    'ineligible',
    'selected',
    'not-selected',
  ],
};

/**
 * The axe passes open two stories at a time, each in its own window: most of a story's time is waiting
 * (loading, its play function's checks), so two pages keep this 2-core machine busy without making
 * any story's timing tight. Their screenshots (the forced-colours check) are still taken one at a time.
 */
const AXE_PAGES = 2;

let server;
let origin;
let browser;
/**
 * One browser context per page open at a time: each is a window of its own in which the story's page is
 * the only tab, so it stays visible. Two tabs of one window would hide the older one, whose screenshots
 * (the forced-colours check) then never come. A context keeps its cache from one story to the next.
 */
let windows;
const waitingForWindow = [];
/** Runs `use` with a new page in a free window, and closes the page. */
async function inWindow(use) {
  const window = windows.pop() ?? (await new Promise((resolve) => waitingForWindow.push(resolve)));
  const page = await window.newPage();
  try {
    return await use(page);
  } finally {
    await page.close();
    const next = waitingForWindow.shift();
    if (next) next(window);
    else windows.push(window);
  }
}
let stories;

before(async () => {
  assert.ok(
    fs.existsSync(path.join(STATIC, 'index.json')),
    'stories/storybook-static is missing: run `npm run storybook:build` (npm test does)',
  );
  // Vite names the build's assets by their content: each page after the first takes them from
  // Chromium's cache (and its compiled-code cache) instead of fetching and compiling them again.
  server = await serveStaticSite(STATIC, {
    headersFor: (pathname) =>
      pathname.startsWith('/assets/') ? { 'cache-control': 'public, max-age=31536000, immutable' } : {},
  });
  origin = server.origin;
  // QMI_STORIES=form runs only the stories whose id contains "form" (while writing stories).
  const only = process.env.QMI_STORIES ?? '';
  stories = Object.values(JSON.parse(fs.readFileSync(path.join(STATIC, 'index.json'), 'utf8')).entries).filter(
    (entry) => entry.type === 'story' && entry.id.includes(only),
  );
  browser = await launchChromium();
  windows = await Promise.all(Array.from({ length: AXE_PAGES }, () => browser.createBrowserContext()));
});

after(async () => {
  await browser?.close();
  server?.close();
});

test(
  'the static build lists a story for each element in each of its states',
  { skip: Boolean(process.env.QMI_STORIES) && 'QMI_STORIES filters the stories' },
  () => {
    const ids = new Set(stories.map((story) => story.id));
    const missing = Object.entries(STATES).flatMap(([component, states]) =>
      states.map((state) => `${component}--${state}`).filter((id) => !ids.has(id)),
    );
    assert.deepEqual(missing, [], `stories missing from the build: ${missing.join(', ')}`);
  },
);

/** Opens one story alone (its iframe) and waits for its play function to confirm its state. */
async function render(page, story, theme) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The a11y addon would run axe over the story too once it has rendered (its own scope and rules,
  // reported to a panel nobody reads here): `a11y.manual` leaves the judging to this test's axe.
  const globals = `&globals=a11y.manual:!true${theme === 'default' ? '' : `;theme:${theme}`}`;
  await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story${globals}`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.storyState, { timeout: 20_000 });
  const state = await page.evaluate(() => document.documentElement.dataset.storyState);
  // What the story shows instead (inside the element's shadow root), to say why it failed.
  const shown = await page.evaluate(() => {
    const el = [...document.querySelectorAll('#storybook-root *')].find((node) => node.shadowRoot);
    return (el?.shadowRoot?.textContent ?? document.querySelector('#storybook-root')?.textContent ?? '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 300);
  });
  assert.equal(state, 'rendered', `${story.id} (${theme}) did not reach its state: ${shown}\n${errors.join('\n')}`);
}

/**
 * Renders one story and runs axe over the page; given the story's test (the default theme's pass), then
 * checks the same page under forced colours, as a test of its own within it.
 */
async function check(story, theme, storyTest) {
  await inWindow(async (page) => {
    // Two windows at a time: the one opened last takes the focus from the other, whose field then blurs
    // (a type-ahead closes its list on blur). Each page keeps its focus, as a person's window would.
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
    await render(page, story, theme);
    await page.evaluate(AXE);
    const violations = await page.evaluate(async (tags) => {
      // Should the a11y addon run axe in the page all the same (render() asks it not to), one run at
      // a time: wait for it to finish.
      for (let attempt = 0; ; attempt++) {
        try {
          const result = await globalThis.axe.run(document.querySelector('#storybook-root'), {
            runOnly: { type: 'tag', values: tags },
          });
          return result.violations.map(
            (v) =>
              `${v.id} (${v.impact}): ${v.help} — ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(' | ')}`,
          );
        } catch (error) {
          if (!/already running/.test(String(error)) || attempt > 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    }, WCAG_AA);
    assert.deepEqual(violations, [], `axe in ${story.id} (${theme} theme)`);
    await storyTest?.test('under forced colours (Windows High Contrast), every button’s text can be read', () =>
      checkForcedColours(page, story),
    );
  });
}

test(
  'every story renders its state, and axe finds no WCAG 2.1 AA violation in it',
  { concurrency: AXE_PAGES },
  async (t) => {
    assert.ok(stories.length > 0, 'no stories in the build');
    await Promise.all(stories.map((story) => t.test(story.id, (storyTest) => check(story, 'default', storyTest))));
  },
);

test('axe finds no violation under the high-contrast theme either', { concurrency: AXE_PAGES }, async (t) => {
  // A story tagged own-theme would be left out here. None is: a partner's restyle gives way to the
  // high-contrast theme's colours (docs/theming.md, "Which wins"), so it is checked under it too.
  await Promise.all(
    stories
      .filter((entry) => !entry.tags?.includes('own-theme'))
      .map((story) => t.test(story.id, () => check(story, 'high-contrast'))),
  );
});

/**
 * Under forced colours Chromium paints a `Canvas` backplate behind text, so no computed style tells
 * whether a button's label shows: each visible button's text is photographed and its contrast read
 * from the pixels (4.5:1), and no text may be painted in the backplate's own colour.
 */
async function checkForcedColours(page, story) {
  // The story has reached its state first, in the default theme (some play functions check the theme's
  // colours, which forced colours rightly replace), then the system switches to forced colours, as a
  // person may do at any time. Done in the page axe has just judged: a third fewer story loads than a
  // pass of its own (puppeteer takes one page's screenshot at a time, so two pages open do not mix them).
  // puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does.
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
  await page.evaluate(BUTTON_CONTRAST);
  assert.equal(
    await page.evaluate(() => matchMedia('(forced-colors: active)').matches),
    true,
    'forced colours emulated',
  );
  const invisible = await page.evaluate(() =>
    globalThis.qmiButtonContrast.textsPaintedInCanvas(document.querySelector('#storybook-root')),
  );
  assert.deepEqual(invisible, [], `texts painted in the backplate's colour in ${story.id}`);
  // The page photographs its own buttons' texts through puppeteer.
  await page.exposeFunction('qmiShoot', (clip) =>
    // From the viewport as painted (the button was scrolled into its middle): capturing beyond it
    // resizes the page for the shot, and a busy machine then photographs a blank, not-yet-painted region.
    page.screenshot({ clip, encoding: 'base64', captureBeyondViewport: false }),
  );
  const unreadable = await page.evaluate(() =>
    globalThis.qmiButtonContrast.unreadableButtons(document.querySelector('#storybook-root'), globalThis.qmiShoot),
  );
  assert.deepEqual(unreadable, [], `buttons whose text cannot be read under forced colours in ${story.id}`);
}
