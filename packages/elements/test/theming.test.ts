import { expect, fixture, html } from '@open-wc/testing';
import { QMI_2 } from '@qmi/core';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { CSSResultOrNative } from 'lit';
import '../src/checklist/checklist.js';
import { QmiCriteriaChecklist } from '../src/checklist/checklist.js';
import '../src/commune-picker/commune-picker.js';
import { QmiCommunePicker } from '../src/commune-picker/commune-picker.js';
// Registered, so that Lit has finalised their styles.
import { QmiApplicationForm } from '../src/form/application-form.js';
import { QmiMessages } from '../src/messages/messages.js';
import '../src/session/session.js';
import { QmiSessionElement } from '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import { hostTokens, TOKENS, type DesignToken } from '../src/styles/tokens.js';
import '../src/timeline/timeline.js';
import { QmiTimeline } from '../src/timeline/timeline.js';
import '../src/uploader/uploader.js';
import { QmiDocumentUploader } from '../src/uploader/uploader.js';
import { newDossier } from './support/form-helpers.js';
import { sandboxUrl, waitFor } from './support/world.js';

// ---------------------------------------------------------------------------------------------
// Colour arithmetic (WCAG 2.1 relative luminance and contrast ratio)

const channels = (hex: string): [number, number, number] => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
};
/** A hex colour as getComputedStyle writes it. */
const rgb = (hex: string) => `rgb(${channels(hex).join(', ')})`;
const luminance = (hex: string) => {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

// ---------------------------------------------------------------------------------------------
// The themes a page can be in

type Values = Record<string, string>;
const DEFAULTS: Values = Object.fromEntries(TOKENS.map((token) => [token.name, token.value]));
const HIGH_CONTRAST: Values = Object.fromEntries(TOKENS.map((token) => [token.name, token.highContrast]));

/** A partner's restyle, with tokens and ::part only (as docs/theming.md shows). */
const PARTNER_TOKENS: Values = {
  '--qmi-color-primary': '#6b1e8f',
  '--qmi-color-border': '#4a4a4a',
  '--qmi-focus-ring-color': '#b3261e',
  '--qmi-focus-ring-width': '5px',
  '--qmi-radius': '0px',
  '--qmi-font-family': 'Georgia, serif',
};
const PARTNER_CSS = `
  .partner { ${Object.entries(PARTNER_TOKENS).map(([name, value]) => `${name}: ${value};`).join(' ')} }
  .partner qmi-timeline::part(status) { border-left-width: 10px; background-color: #f7f0fa; }
  .partner qmi-commune-picker::part(input) { border-radius: 1rem; }
  .partner qmi-session::part(submit-button) { text-transform: uppercase; }
`;

const linkStylesheet = (href: string) =>
  new Promise<() => void>((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    link.onload = () => resolve(() => link.remove());
    link.onerror = () => reject(new Error(`${href} did not load`));
    document.head.append(link);
  });

interface Theme {
  name: string;
  /** The class of the wrapper the elements are mounted in. */
  scope: string;
  apply(): Promise<() => void>;
  /** The token values the elements should show. */
  values: Values;
}

const THEMES: Theme[] = [
  { name: 'no theme', scope: '', apply: async () => () => {}, values: DEFAULTS },
  { name: 'themes/default.css', scope: '', apply: () => linkStylesheet('/themes/default.css'), values: DEFAULTS },
  { name: 'themes/high-contrast.css', scope: '', apply: () => linkStylesheet('/themes/high-contrast.css'), values: HIGH_CONTRAST },
  {
    name: 'a partner restyle (tokens + ::part)',
    scope: 'partner',
    apply: async () => {
      const style = Object.assign(document.createElement('style'), { textContent: PARTNER_CSS });
      document.head.append(style);
      return () => style.remove();
    },
    values: { ...DEFAULTS, ...PARTNER_TOKENS },
  },
];

// ---------------------------------------------------------------------------------------------
// Mounting

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string) => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${el.localName} has no ${selector}`);
  return found;
};
const css = (node: Element, pseudo?: string) => getComputedStyle(node, pseudo);

/** Each element is mounted after a button, so that Tab from it reaches the element as a keyboard user does. */
async function mount<T extends HTMLElement>(scope: string, element: ReturnType<typeof html>, tag: string) {
  const wrapper = await fixture<HTMLElement>(html`<div class=${scope} lang="fr"><button type="button">avant</button>${element}</div>`);
  const el = wrapper.querySelector(tag) as T & { updateComplete?: Promise<unknown> };
  await el.updateComplete;
  return { wrapper, el, before: wrapper.querySelector('button')! };
}

/** Focus on the button before the element, then Tab: what a keyboard user does. */
async function tabInto(before: HTMLElement) {
  before.focus();
  await sendKeys({ press: 'Tab' });
}

/** The focus ring an element shows, as the tokens say it should be. */
function expectFocusRing(node: Element, values: Values) {
  const style = css(node);
  expect(style.outlineStyle, 'outline style').to.equal('solid');
  expect(style.outlineWidth, 'outline width').to.equal(values['--qmi-focus-ring-width']);
  expect(style.outlineColor, 'outline colour').to.equal(rgb(values['--qmi-focus-ring-color']!));
  expect(style.outlineOffset, 'outline offset').to.equal(values['--qmi-focus-ring-offset']);
}

let url: string;

describe('theming', () => {
  before(async () => {
    url = await sandboxUrl();
  });

  describe('the token table (src/styles/tokens.ts)', () => {
    it('holds exactly the public token set, each with a default and a high-contrast value', () => {
      expect(TOKENS.map((token) => token.name)).to.deep.equal([
        '--qmi-color-primary', '--qmi-color-on-primary', '--qmi-color-ink', '--qmi-color-muted', '--qmi-color-surface',
        '--qmi-color-surface-raised', '--qmi-color-border', '--qmi-color-error', '--qmi-color-success', '--qmi-color-warning',
        '--qmi-font-family', '--qmi-font-size', '--qmi-font-size-small', '--qmi-font-size-large', '--qmi-line-height', '--qmi-font-weight-strong',
        '--qmi-space-xs', '--qmi-space-s', '--qmi-space-m', '--qmi-space-l', '--qmi-space-xl',
        '--qmi-radius', '--qmi-radius-large',
        '--qmi-focus-ring-color', '--qmi-focus-ring-width', '--qmi-focus-ring-offset',
      ]);
      expect(new Set(TOKENS.map((token) => token.local)).size).to.equal(TOKENS.length);
      for (const token of TOKENS) {
        expect(token.value, token.name).to.match(/\S/);
        expect(token.highContrast, token.name).to.match(/\S/);
        expect(token.description, token.name).to.match(/\S/);
        if (token.group === 'colour' || token.name === '--qmi-focus-ring-color') {
          expect(token.value, token.name).to.match(/^#[0-9a-f]{6}$/);
          expect(token.highContrast, token.name).to.match(/^#[0-9a-f]{6}$/);
        }
      }
    });

    /** Text colours over the backgrounds they are drawn on, and the controls' borders and focus ring. */
    const TEXT_PAIRS = [
      ...['ink', 'muted', 'primary', 'error', 'success', 'warning'].flatMap((fg) => ['surface', 'surface-raised'].map((bg) => [`--qmi-color-${fg}`, `--qmi-color-${bg}`] as const)),
      ['--qmi-color-on-primary', '--qmi-color-primary'],
      ['--qmi-color-surface', '--qmi-color-success'],
    ] as const;
    const UI_PAIRS = ['--qmi-focus-ring-color', '--qmi-color-border'].flatMap((fg) => ['--qmi-color-surface', '--qmi-color-surface-raised'].map((bg) => [fg, bg] as const));
    const ratios = (values: Values, pairs: ReadonlyArray<readonly [string, string]>) =>
      pairs.map(([fg, bg]) => ({ pair: `${fg} on ${bg}`, ratio: Math.round(contrast(values[fg]!, values[bg]!) * 100) / 100 }));

    it('default theme: text 4.5:1 or more (WCAG 2.1 AA), borders and the focus ring 3:1 or more', () => {
      for (const { pair, ratio } of ratios(DEFAULTS, TEXT_PAIRS)) expect(ratio, pair).to.be.at.least(4.5);
      for (const { pair, ratio } of ratios(DEFAULTS, UI_PAIRS)) expect(ratio, pair).to.be.at.least(3);
    });

    it('high-contrast theme: text 7:1 or more (WCAG AAA), borders and the focus ring 3:1 or more, a thicker ring', () => {
      for (const { pair, ratio } of ratios(HIGH_CONTRAST, TEXT_PAIRS)) expect(ratio, pair).to.be.at.least(7);
      for (const { pair, ratio } of ratios(HIGH_CONTRAST, UI_PAIRS)) expect(ratio, pair).to.be.at.least(3);
      expect(Number.parseFloat(HIGH_CONTRAST['--qmi-focus-ring-width']!)).to.be.greaterThan(Number.parseFloat(DEFAULTS['--qmi-focus-ring-width']!));
    });

    const declarations = (source: string, selector: string) => {
      const text = source.replace(/\/\*[\s\S]*?\*\//g, '');
      const start = text.indexOf(`${selector}`);
      expect(start, `a rule for ${selector}`).to.be.at.least(0);
      const body = text.slice(text.indexOf('{', start) + 1, text.indexOf('}', start));
      return [...body.matchAll(/(--qmi-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1], match[2]!.trim()]);
    };
    const table = (key: keyof Pick<DesignToken, 'value' | 'highContrast'>) => TOKENS.map((token) => [token.name, token[key]]);

    it('themes/default.css sets every token on :root to its default from the table', async () => {
      const source = await (await fetch('/themes/default.css')).text();
      expect(declarations(source, ':root,\n.qmi-theme-default')).to.deep.equal(table('value'));
      // No other token anywhere in the file.
      expect(new Set(source.match(/--qmi-[a-z0-9-]+/g))).to.deep.equal(new Set(TOKENS.map((token) => token.name)));
    });

    it('themes/high-contrast.css sets every token to its high-contrast value from the table', async () => {
      const source = await (await fetch('/themes/high-contrast.css')).text();
      expect(declarations(source, ':root:not(.qmi-theme-default),\n.qmi-theme-high-contrast')).to.deep.equal(table('highContrast'));
      expect(new Set(source.match(/--qmi-[a-z0-9-]+/g))).to.deep.equal(new Set(TOKENS.map((token) => token.name)));
    });

    it('docs/theming.md lists every token with its default', async () => {
      // The repository's docs/ folder, two levels above the test server's root.
      const response = await fetch('/__wds-outside-root__/2/docs/theming.md');
      expect(response.ok, 'docs/theming.md is served').to.equal(true);
      const doc = await response.text();
      for (const token of TOKENS) expect(doc, token.name).to.include(`| \`${token.name}\` | \`${token.value}\` |`);
    });
  });

  describe('the elements’ styles', () => {
    const SPECIFIC = ['--qmi-messages-max-height', '--qmi-messages-mine-background', '--qmi-messages-theirs-background', '--qmi-session-form-width'];
    const ELEMENTS = { QmiTimeline, QmiCriteriaChecklist, QmiCommunePicker, QmiSessionElement, QmiDocumentUploader, QmiApplicationForm, QmiMessages };
    const ownCss = (styles: CSSResultOrNative[]) =>
      styles.filter((style) => style !== hostTokens).map((style) => ('cssText' in style ? style.cssText : [...(style as CSSStyleSheet).cssRules].map((rule) => rule.cssText).join('\n'))).join('\n');

    it('read the public tokens only through the table (and a few truly specific properties)', () => {
      const known = new Set([...TOKENS.map((token) => token.name), ...SPECIFIC]);
      for (const [name, element] of Object.entries(ELEMENTS)) {
        expect(element.elementStyles, name).to.include(hostTokens);
        const unknown = (ownCss(element.elementStyles).match(/--qmi-[a-z0-9-]+/g) ?? []).filter((property) => !known.has(property));
        expect(unknown, `${name} reads tokens outside the table`).to.deep.equal([]);
      }
    });

    it('take every colour from the tokens (no literal colour) and draw every focus outline with the focus tokens', () => {
      for (const [name, element] of Object.entries(ELEMENTS)) {
        const text = ownCss(element.elementStyles);
        expect(text.match(/#[0-9a-f]{3,8}\b/gi) ?? [], `${name}: literal colours`).to.deep.equal([]);
        for (const [declaration] of text.matchAll(/outline\s*:[^;]+;/g)) {
          expect(declaration, name).to.equal('outline: var(--_focus-ring-width) solid var(--_focus-ring-color);');
        }
      }
    });
  });

  for (const theme of THEMES) {
    describe(`under ${theme.name}`, () => {
      const v = theme.values;
      let remove: () => void = () => {};
      before(async () => {
        remove = await theme.apply();
      });
      after(() => remove());

      it('the timeline: tokens reach the parts in its shadow root, its link shows the focus ring, axe passes', async () => {
        const { el, before } = await mount<QmiTimeline>(theme.scope, html`<qmi-timeline .definition=${QMI_2} now="2023-11-01T10:00:00Z"></qmi-timeline>`, 'qmi-timeline');
        expect(css(el).color, 'text').to.equal(rgb(v['--qmi-color-ink']!));
        expect(css(el).fontFamily).to.equal(v['--qmi-font-family']);
        const status = $(el, '[part~="status"]');
        expect(css(status).borderLeftColor, 'status border').to.equal(rgb(v['--qmi-color-primary']!));
        expect(css($(el, '[part~="phase-current"]'), '::before').backgroundColor, 'current step marker').to.equal(rgb(v['--qmi-color-primary']!));
        expect(css($(el, '.when')).color, 'dates').to.equal(rgb(v['--qmi-color-muted']!));
        expect(Number.parseFloat(css($(el, '.countdown')).fontSize)).to.be.closeTo(1.2 * Number.parseFloat(v['--qmi-font-size-large']!) * 16, 0.01);
        const link = $(el, '[part~="calendar-link"]');
        expect(css(link).color, 'link').to.equal(rgb(v['--qmi-color-primary']!));
        expect(css(link).textDecorationLine, 'links are underlined').to.equal('underline');
        if (theme.scope === 'partner') {
          expect(css(status).borderLeftWidth, '::part(status) restyled').to.equal('10px');
          expect(css(status).backgroundColor).to.equal(rgb('#f7f0fa'));
        }
        await tabInto(before);
        expect(el.shadowRoot!.activeElement === link, 'focus on the link').to.equal(true);
        expectFocusRing(link, v);
        await expect(el).to.be.accessible();
      });

      it('the commune picker: field border and focus ring, the selected suggestion on the primary colour, axe passes', async () => {
        const { el, before } = await mount<QmiCommunePicker>(theme.scope, html`<qmi-commune-picker label="Commune" hint="Nom ou code INSEE"></qmi-commune-picker>`, 'qmi-commune-picker');
        const input = $(el, '[part~="input"]');
        expect(css(input).borderTopColor, 'field border').to.equal(rgb(v['--qmi-color-border']!));
        expect(css(input).borderTopLeftRadius).to.equal(theme.scope === 'partner' ? '16px' : `${Number.parseFloat(v['--qmi-radius']!) * 16}px`);
        await tabInto(before);
        expect(el.shadowRoot!.activeElement === input, 'focus on the field').to.equal(true);
        expectFocusRing(input, v);
        await sendKeys({ type: 'Saint-D' });
        await sendKeys({ press: 'ArrowDown' });
        await el.updateComplete;
        const selected = $(el, '[part~="option"][aria-selected="true"]');
        expect(css(selected).backgroundColor, 'selected suggestion').to.equal(rgb(v['--qmi-color-primary']!));
        expect(css(selected).color).to.equal(rgb(v['--qmi-color-on-primary']!));
        await expect(el).to.be.accessible();
      });

      it('the session (signed out): buttons, fields and the focus ring follow the tokens, axe passes', async () => {
        localStorage.removeItem(tokenKey(url));
        const { el, before } = await mount<QmiSessionElement>(theme.scope, html`<qmi-session api-base=${url}><p>Contenu</p></qmi-session>`, 'qmi-session');
        await waitFor(() => el.matches(':state(signed-out)'), { message: 'the sign-in form' });
        await el.updateComplete;
        const submit = $(el, '[part~="submit-button"]');
        expect(css(submit).backgroundColor, 'primary button').to.equal(rgb(v['--qmi-color-primary']!));
        expect(css(submit).color).to.equal(rgb(v['--qmi-color-on-primary']!));
        expect(css(submit).borderTopLeftRadius).to.equal(`${Number.parseFloat(v['--qmi-radius']!) * 16}px`);
        if (theme.scope === 'partner') expect(css(submit).textTransform, '::part(submit-button) restyled').to.equal('uppercase');
        const email = $(el, '#session-email');
        expect(css(email).borderTopColor).to.equal(rgb(v['--qmi-color-border']!));
        expect(css(email).backgroundColor).to.equal(rgb(v['--qmi-color-surface']!));
        await tabInto(before);
        expect(el.shadowRoot!.activeElement === email, 'focus on the e-mail field').to.equal(true);
        expectFocusRing(email, v);
        await expect(el).to.be.accessible();
      });

      it('the criteria checklist (what the call asks for): text colours follow the tokens, axe passes', async () => {
        const { el } = await mount<QmiCriteriaChecklist>(theme.scope, html`<qmi-criteria-checklist api-base=${url} call="qmi-2"></qmi-criteria-checklist>`, 'qmi-criteria-checklist');
        await waitFor(() => Boolean(el.shadowRoot?.querySelector('[part~="criterion"]')), { message: 'the checklist to load' });
        expect(css(el).color).to.equal(rgb(v['--qmi-color-ink']!));
        expect(css($(el, '.description')).color).to.equal(rgb(v['--qmi-color-muted']!));
        expect(Number.parseFloat(css($(el, '.title')).fontSize)).to.be.closeTo(1.1 * Number.parseFloat(v['--qmi-font-size-large']!) * 16, 0.01);
        await expect(el).to.be.accessible();
      });

      it('the uploader: its choose button on the primary colour shows the focus ring when its file input has focus, axe passes', async () => {
        const { client, application } = await newDossier('qmi-2-test');
        const rule = QMI_2.documentKinds.find((kind) => kind.id === 'mayor_letter')!;
        const { el, before } = await mount<QmiDocumentUploader>(
          theme.scope,
          html`<qmi-document-uploader .client=${client} application=${application.id} .rule=${rule}></qmi-document-uploader>`,
          'qmi-document-uploader',
        );
        const button = $(el, 'label.button');
        expect(css(button).backgroundColor).to.equal(rgb(v['--qmi-color-primary']!));
        expect(css(button).color).to.equal(rgb(v['--qmi-color-on-primary']!));
        await tabInto(before);
        expect(el.shadowRoot!.activeElement === $(el, 'input[type="file"]'), 'focus on the file input').to.equal(true);
        expectFocusRing(button, v);
        await expect(el).to.be.accessible();
      });
    });
  }

  describe('high-contrast scoping', () => {
    let remove: Array<() => void> = [];
    before(async () => {
      remove = [await linkStylesheet('/themes/default.css'), await linkStylesheet('/themes/high-contrast.css')];
    });
    after(() => {
      for (const undo of remove) undo();
      document.documentElement.classList.remove('qmi-theme-default');
    });

    it('with qmi-theme-default on <html>, only a .qmi-theme-high-contrast container is high contrast, and it is painted black', async () => {
      document.documentElement.classList.add('qmi-theme-default');
      const wrapper = await fixture<HTMLElement>(html`<div lang="fr">
        <qmi-timeline id="plain" .definition=${QMI_2} now="2023-12-15T09:30:00Z"></qmi-timeline>
        <div class="qmi-theme-high-contrast"><qmi-timeline id="contrast" .definition=${QMI_2} now="2023-12-15T09:30:00Z"></qmi-timeline></div>
      </div>`);
      const plain = wrapper.querySelector('#plain') as QmiTimeline;
      const strong = wrapper.querySelector('#contrast') as QmiTimeline;
      await Promise.all([plain.updateComplete, strong.updateComplete]);
      expect(css(plain).color).to.equal(rgb(DEFAULTS['--qmi-color-ink']!));
      expect(css($(plain, '[part~="status"]')).borderLeftColor).to.equal(rgb(DEFAULTS['--qmi-color-primary']!));
      expect(css(strong).color).to.equal(rgb(HIGH_CONTRAST['--qmi-color-ink']!));
      expect(css($(strong, '[part~="status"]')).borderLeftColor).to.equal(rgb(HIGH_CONTRAST['--qmi-color-primary']!));
      expect(css(strong.parentElement!).backgroundColor).to.equal(rgb(HIGH_CONTRAST['--qmi-color-surface']!));
      await expect(wrapper).to.be.accessible();
    });

    it('without a class on <html>, the linked file makes the whole page high contrast', async () => {
      document.documentElement.classList.remove('qmi-theme-default');
      expect(css(document.documentElement).backgroundColor).to.equal(rgb(HIGH_CONTRAST['--qmi-color-surface']!));
      const wrapper = await fixture<HTMLElement>(html`<div lang="fr"><qmi-timeline .definition=${QMI_2} now="2023-12-15T09:30:00Z"></qmi-timeline></div>`);
      const el = wrapper.querySelector('qmi-timeline') as QmiTimeline;
      await el.updateComplete;
      expect(css(el).color).to.equal(rgb(HIGH_CONTRAST['--qmi-color-ink']!));
    });
  });

  describe('Windows High Contrast (forced-colors: active)', () => {
    before(() => executeServerCommand('forced-colors', { active: true }));
    after(() => executeServerCommand('forced-colors', { active: false }));

    /** What a system colour computes to in this browser. */
    const system = (keyword: string) => {
      const probe = document.createElement('span');
      probe.style.color = keyword;
      document.body.append(probe);
      const value = css(probe).color;
      probe.remove();
      return value;
    };

    it('the elements use the system colours: Highlight for the focus ring and the selected suggestion, CanvasText for the step markers', async () => {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const { el, before } = await mount<QmiCommunePicker>('', html`<qmi-commune-picker label="Commune"></qmi-commune-picker>`, 'qmi-commune-picker');
      await tabInto(before);
      const input = $(el, '[part~="input"]');
      expect(css(input).outlineColor, 'focus ring').to.equal(system('Highlight'));
      await sendKeys({ type: 'Saint-D' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const selected = $(el, '[part~="option"][aria-selected="true"]');
      expect(css(selected).backgroundColor, 'selected suggestion').to.equal(system('Highlight'));
      expect(css(selected).color).to.equal(system('HighlightText'));

      const timeline = await fixture<QmiTimeline>(html`<qmi-timeline .definition=${QMI_2} now="2023-12-15T09:30:00Z"></qmi-timeline>`);
      await timeline.updateComplete;
      expect(css($(timeline, '[part~="phase-current"]'), '::before').backgroundColor, 'current step marker').to.equal(system('CanvasText'));
    });
  });
});
