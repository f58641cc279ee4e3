import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '@qmi/elements/custom-elements.json';
import '@qmi/elements';
import '@qmi/elements/themes/default.css';
import '@qmi/elements/themes/high-contrast.css';
import { html } from 'lit';
import { setupWorker } from 'msw/browser';
import { addons } from 'storybook/preview-api';
import { apiBase, platformHandlers, type PlatformScenario } from '../support/platform.js';

// Controls and the docs tables come from the Custom Elements Manifest shipped with @qmi/elements.
setCustomElementsManifest(manifest);

// One worker for the page; each story registers its own platform under its own base path, so that
// a docs page showing several stories gives each one its own scenario.
const worker = setupWorker();
let started: Promise<unknown> | undefined;

// The story test (test/stories.test.mjs) waits for this before running axe: set once the story has
// rendered and its play function (which waits for the state the story shows) has finished.
const channel = addons.getChannel();
const mark = (state: string) => () => document.documentElement.setAttribute('data-story-state', state);
channel.on('storyRendered', mark('rendered'));
channel.on('storyErrored', mark('errored'));
channel.on('storyThrewException', mark('errored'));
channel.on('playFunctionThrewException', mark('errored'));

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Language of the elements (the nearest [lang] decides)',
      toolbar: {
        title: 'Langue',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Design-token theme',
      toolbar: {
        title: 'Thème',
        icon: 'contrast',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'fr', theme: 'default' },
  loaders: [
    async ({ id, parameters }) => {
      started ??= worker.start({
        serviceWorker: { url: './mockServiceWorker.js' },
        onUnhandledRequest: 'bypass',
        quiet: true,
      });
      await started;
      // Sessions, tus fingerprints and unsent messages live in localStorage: each story starts clean.
      localStorage.clear();
      const base = apiBase(id);
      worker.use(...platformHandlers((parameters.platform ?? {}) as PlatformScenario, base));
      return { apiBase: base };
    },
  ],
  decorators: [
    (story, { globals }) => {
      // The theme is the page's, as a partner site would apply it: a class on <html>
      // (themes/high-contrast.css also applies to :root unless the page opts out with qmi-theme-default).
      const highContrast = globals.theme === 'high-contrast';
      document.documentElement.classList.toggle('qmi-theme-high-contrast', highContrast);
      document.documentElement.classList.toggle('qmi-theme-default', !highContrast);
      return html`<div class="story" lang=${globals.lang ?? 'fr'}>${story()}</div>`;
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Violations fail the a11y panel's check as they fail the story test.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    },
  },
};

export default preview;
