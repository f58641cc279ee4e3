import { expect, fixture, html } from '@open-wc/testing';
import { QMI_2, type QmiClient } from '@qmi/core';
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
import { proConnectStyles } from '../src/session/session.proconnect.js';
import '../src/account/account.js';
import { QmiAccount } from '../src/account/account.js';
import { QmiAssessment } from '../src/assessment/assessment.js';
import { QmiDossierView } from '../src/dossier-view/dossier-view.js';
import { dossierPrintStyles } from '../src/dossier-view/dossier-view.styles.js';
import { QmiNotifications } from '../src/notifications/notifications.js';
import { QmiReviewBoard } from '../src/review-board/review-board.js';
import { tokenKey } from '../src/session/session.storage.js';
import { TOKENS, type DesignToken } from '../src/styles/tokens.table.js';
import { buttonlessTokens, hostTokens } from '../src/styles/tokens.js';
import '../src/timeline/timeline.js';
import { QmiTimeline } from '../src/timeline/timeline.js';
import '../src/uploader/uploader.js';
import { QmiDocumentUploader } from '../src/uploader/uploader.js';
import { systemColour } from './support/button-contrast.js';
import { organiserClient, submittedDossier } from './support/committee.js';
import { newDossier, SANDBOX_NOW } from './support/form-helpers.js';
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
  .partner { ${Object.entries(PARTNER_TOKENS)
    .map(([name, value]) => `${name}: ${value};`)
    .join(' ')} }
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
  {
    name: 'themes/high-contrast.css',
    scope: '',
    apply: () => linkStylesheet('/themes/high-contrast.css'),
    values: HIGH_CONTRAST,
  },
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
  const wrapper = await fixture<HTMLElement>(
    html`<div class=${scope} lang="fr"><button type="button">avant</button>${element}</div>`,
  );
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

// ---------------------------------------------------------------------------------------------
// High contrast with a partner's restyle (issue 11, item 7)

/**
 * A partner's restyle at its most insistent: colour tokens on its container and, with !important,
 * on an element; ::part rules that paint colours (the light status line of issue 11 under the
 * countdown); its own light box around the elements. And non-colour choices, which still apply.
 */
const INSISTENT_PARTNER_CSS = `
  .partner {
    --qmi-color-primary: #6b1e8f; --qmi-color-on-primary: #ffffff; --qmi-color-ink: #2b2b2b; --qmi-color-muted: #555555;
    --qmi-color-surface: #ffffff; --qmi-color-border: #4a4a4a; --qmi-focus-ring-color: #b3261e; --qmi-focus-ring-width: 5px;
    --qmi-radius: 0px; --qmi-font-family: Georgia, serif;
    background-color: #ffffff; color: #2b2b2b;
  }
  .partner qmi-session { --qmi-color-primary: #6b1e8f !important; --qmi-color-surface: #ffffff !important; }
  .partner qmi-timeline::part(status) { border-left-width: 10px; background-color: #f7f0fa; color: #4a1466; }
  .partner qmi-timeline::part(calendar-link) { color: #6b1e8f !important; }
  .partner qmi-session::part(submit-button) { background-color: #6b1e8f; color: #ffffff; border-color: #6b1e8f; text-transform: uppercase; }
  .partner qmi-session::part(input) { background-color: #ffffff !important; color: #2b2b2b; }
  .partner qmi-application-form::part(button) { background-color: #f7f0fa; color: #6b1e8f; letter-spacing: 0.02em; }
  .partner qmi-application-form::part(status) { background-color: #f7f0fa; }
  .partner qmi-commune-picker::part(option) { background-color: #f7f0fa; color: #6b1e8f; }
  .partner qmi-commune-picker::part(input) { border-radius: 1rem; }
`;

/** Where the theme and the partner's class are, as a page would put them. */
const PLACEMENTS = [
  {
    name: 'the whole page (the theme linked, no class on <html>)',
    page: '',
    wrap: (content: unknown) => html`<div class="partner" lang="fr">${content}</div>`,
  },
  {
    name: 'a high-contrast container inside the partner’s container',
    page: 'qmi-theme-default',
    wrap: (content: unknown) =>
      html`<div class="partner" lang="fr"><div class="qmi-theme-high-contrast">${content}</div></div>`,
  },
  {
    name: 'the partner’s container inside a high-contrast container',
    page: 'qmi-theme-default',
    wrap: (content: unknown) =>
      html`<div class="qmi-theme-high-contrast" lang="fr"><div class="partner">${content}</div></div>`,
  },
  {
    name: 'one container with both classes',
    page: 'qmi-theme-default',
    wrap: (content: unknown) => html`<div class="partner qmi-theme-high-contrast" lang="fr">${content}</div>`,
  },
];

/** axe's colour rules, AA and the enhanced (7:1) one that the high-contrast theme promises. */
async function expectContrast(el: Element) {
  await expect(el).to.be.accessible();
  const axe = (
    globalThis as unknown as {
      axe: {
        run(
          context: Element,
          options: object,
        ): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }>;
      };
    }
  ).axe;
  const { violations } = await axe.run(el, { runOnly: ['color-contrast', 'color-contrast-enhanced'] });
  expect(
    violations.flatMap((v) => v.nodes.map((n) => `${v.id} ${JSON.stringify(n.target)}: ${n.failureSummary}`)),
  ).to.deep.equal([]);
}

/** A text colour over the background it is drawn on: 7:1 or more (both as getComputedStyle writes them). */
function expectRatio(node: Element, background: string, label: string) {
  const hex = (value: string) =>
    `#${value
      .match(/\d+/g)!
      .slice(0, 3)
      .map((n) => Number(n).toString(16).padStart(2, '0'))
      .join('')}`;
  expect(
    contrast(hex(css(node).color), hex(background)),
    `${label}: ${css(node).color} on ${background}`,
  ).to.be.at.least(7);
}

let url: string;

describe('theming', () => {
  before(async () => {
    url = await sandboxUrl();
  });

  describe('the token table (src/styles/tokens.ts)', () => {
    it('holds exactly the public token set, each with a default and a high-contrast value', () => {
      expect(TOKENS.map((token) => token.name)).to.deep.equal([
        '--qmi-color-primary',
        '--qmi-color-on-primary',
        '--qmi-color-ink',
        '--qmi-color-muted',
        '--qmi-color-surface',
        '--qmi-color-surface-raised',
        '--qmi-color-border',
        '--qmi-color-error',
        '--qmi-color-success',
        '--qmi-color-warning',
        '--qmi-font-family',
        '--qmi-font-size',
        '--qmi-font-size-small',
        '--qmi-font-size-large',
        '--qmi-line-height',
        '--qmi-font-weight-strong',
        '--qmi-space-xs',
        '--qmi-space-s',
        '--qmi-space-m',
        '--qmi-space-l',
        '--qmi-space-xl',
        '--qmi-radius',
        '--qmi-radius-large',
        '--qmi-focus-ring-color',
        '--qmi-focus-ring-width',
        '--qmi-focus-ring-offset',
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
      ...['ink', 'muted', 'primary', 'error', 'success', 'warning'].flatMap((fg) =>
        ['surface', 'surface-raised'].map((bg) => [`--qmi-color-${fg}`, `--qmi-color-${bg}`] as const),
      ),
      ['--qmi-color-on-primary', '--qmi-color-primary'],
      ['--qmi-color-surface', '--qmi-color-success'],
    ] as const;
    const UI_PAIRS = ['--qmi-focus-ring-color', '--qmi-color-border'].flatMap((fg) =>
      ['--qmi-color-surface', '--qmi-color-surface-raised'].map((bg) => [fg, bg] as const),
    );
    const ratios = (values: Values, pairs: ReadonlyArray<readonly [string, string]>) =>
      pairs.map(([fg, bg]) => ({
        pair: `${fg} on ${bg}`,
        ratio: Math.round(contrast(values[fg]!, values[bg]!) * 100) / 100,
      }));

    it('default theme: text 4.5:1 or more (WCAG 2.1 AA), borders and the focus ring 3:1 or more', () => {
      for (const { pair, ratio } of ratios(DEFAULTS, TEXT_PAIRS)) expect(ratio, pair).to.be.at.least(4.5);
      for (const { pair, ratio } of ratios(DEFAULTS, UI_PAIRS)) expect(ratio, pair).to.be.at.least(3);
    });

    it('high-contrast theme: text 7:1 or more (WCAG AAA), borders and the focus ring 3:1 or more, a thicker ring', () => {
      for (const { pair, ratio } of ratios(HIGH_CONTRAST, TEXT_PAIRS)) expect(ratio, pair).to.be.at.least(7);
      for (const { pair, ratio } of ratios(HIGH_CONTRAST, UI_PAIRS)) expect(ratio, pair).to.be.at.least(3);
      expect(Number.parseFloat(HIGH_CONTRAST['--qmi-focus-ring-width']!)).to.be.greaterThan(
        Number.parseFloat(DEFAULTS['--qmi-focus-ring-width']!),
      );
    });

    const declarations = (source: string, selector: string) => {
      const text = source.replace(/\/\*[\s\S]*?\*\//g, '');
      const start = text.indexOf(`${selector}`);
      expect(start, `a rule for ${selector}`).to.be.at.least(0);
      const body = text.slice(text.indexOf('{', start) + 1, text.indexOf('}', start));
      return [...body.matchAll(/(--qmi-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1], match[2]!.trim()]);
    };
    const table = (key: keyof Pick<DesignToken, 'value' | 'highContrast'>) =>
      TOKENS.map((token) => [token.name, token[key]]);

    it('themes/default.css sets every token on :root to its default from the table', async () => {
      const source = await (await fetch('/themes/default.css')).text();
      expect(declarations(source, ':root,\n.qmi-theme-default')).to.deep.equal(table('value'));
      // No other token anywhere in the file, but the flag that ends high contrast in a .qmi-theme-default area.
      expect(new Set(source.match(/--qmi-[a-z0-9-]+/g))).to.deep.equal(
        new Set([...TOKENS.map((token) => token.name), '--qmi-contrast']),
      );
    });

    /** What the high-contrast theme changes: every colour, the focus ring's colour and width. The rest stays the page's. */
    const CHANGED = TOKENS.filter((token) => token.highContrast !== token.value);

    it('themes/high-contrast.css sets each token it changes (colours, the focus ring) to its high-contrast value from the table, and no other', async () => {
      expect(CHANGED.map((token) => token.name)).to.deep.equal([
        ...TOKENS.filter((token) => token.group === 'colour').map((token) => token.name),
        '--qmi-focus-ring-color',
        '--qmi-focus-ring-width',
      ]);
      const source = await (await fetch('/themes/high-contrast.css')).text();
      expect(declarations(source, ':root:not(.qmi-theme-default),\n.qmi-theme-high-contrast')).to.deep.equal(
        CHANGED.map((token) => [token.name, token.highContrast]),
      );
      // Besides those tokens: the flag the elements' contrast guard reads, and the messages' two backgrounds it resets.
      expect(new Set(source.match(/--qmi-[a-z0-9-]+/g))).to.deep.equal(
        new Set([
          ...CHANGED.map((token) => token.name),
          '--qmi-messages-mine-background',
          '--qmi-messages-theirs-background',
          '--qmi-contrast',
        ]),
      );
    });

    it('themes/high-contrast.css forces what it changes with !important in a cascade layer, so that a page’s colour tokens cannot take over', async () => {
      const source = (await (await fetch('/themes/high-contrast.css')).text()).replace(/\/\*[\s\S]*?\*\//g, '');
      const forced = source.slice(source.indexOf('@layer qmi-high-contrast'));
      const important = [...forced.matchAll(/(--qmi-[a-z0-9-]+)\s*:\s*([^;]+?)\s*!important;/g)].map((match) => [
        match[1],
        match[2],
      ]);
      expect(important).to.deep.equal([
        ...CHANGED.map((token) => [token.name, token.highContrast]),
        ['--qmi-messages-mine-background', 'initial'],
        ['--qmi-messages-theirs-background', 'initial'],
        ['--qmi-contrast', 'more'],
      ]);
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
    // And --qmi-contrast, the high-contrast theme's flag that the contrast guard queries (src/styles/contrast-guard.ts).
    const SPECIFIC = [
      '--qmi-messages-max-height',
      '--qmi-messages-mine-background',
      '--qmi-messages-theirs-background',
      '--qmi-session-form-width',
      '--qmi-contrast',
    ];
    const ELEMENTS = {
      QmiTimeline,
      QmiCriteriaChecklist,
      QmiCommunePicker,
      QmiSessionElement,
      QmiDocumentUploader,
      QmiApplicationForm,
      QmiMessages,
      QmiAccount,
      QmiReviewBoard,
      QmiDossierView,
      QmiAssessment,
      QmiNotifications,
    };
    // The ProConnect button is the State's, to be used as published and never restyled (its colours, its
    // focus ring): the one style of ours that takes nothing from the tokens, on purpose. Checked below.
    // And the dossier's print sheet: paper is black on white whatever the screen's theme.
    const ownCss = (styles: CSSResultOrNative[]) =>
      styles
        .filter(
          (style) =>
            style !== hostTokens &&
            style !== buttonlessTokens &&
            style !== proConnectStyles &&
            !dossierPrintStyles.includes(style as never) &&
            // and its guard under the high-contrast theme, which keeps those same colours
            !('cssText' in style && style.cssText.includes('.proconnect-button')),
        )
        .map((style) =>
          'cssText' in style
            ? style.cssText
            : [...(style as CSSStyleSheet).cssRules].map((rule) => rule.cssText).join('\n'),
        )
        .join('\n');

    it('read the public tokens only through the table (and a few truly specific properties)', () => {
      const known = new Set([...TOKENS.map((token) => token.name), ...SPECIFIC]);
      for (const [name, element] of Object.entries(ELEMENTS)) {
        // Every element starts with the tokens; one without buttons (the timeline) without the buttons' rules.
        expect(
          element.elementStyles.filter((style) => style === hostTokens || style === buttonlessTokens),
          name,
        ).to.have.length(1);
        const unknown = (ownCss(element.elementStyles).match(/--qmi-[a-z0-9-]+/g) ?? []).filter(
          (property) => !known.has(property),
        );
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
        const { el, before } = await mount<QmiTimeline>(
          theme.scope,
          html`<qmi-timeline .definition=${QMI_2} now="2023-11-01T10:00:00Z"></qmi-timeline>`,
          'qmi-timeline',
        );
        expect(css(el).color, 'text').to.equal(rgb(v['--qmi-color-ink']!));
        expect(css(el).fontFamily).to.equal(v['--qmi-font-family']);
        const status = $(el, '[part~="status"]');
        expect(css(status).borderLeftColor, 'status border').to.equal(rgb(v['--qmi-color-primary']!));
        expect(css($(el, '[part~="phase-current"]'), '::before').backgroundColor, 'current step marker').to.equal(
          rgb(v['--qmi-color-primary']!),
        );
        expect(css($(el, '.when')).color, 'dates').to.equal(rgb(v['--qmi-color-muted']!));
        expect(Number.parseFloat(css($(el, '.countdown')).fontSize)).to.be.closeTo(
          1.2 * Number.parseFloat(v['--qmi-font-size-large']!) * 16,
          0.01,
        );
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
        const { el, before } = await mount<QmiCommunePicker>(
          theme.scope,
          html`<qmi-commune-picker label="Commune" hint="Nom ou code INSEE"></qmi-commune-picker>`,
          'qmi-commune-picker',
        );
        const input = $(el, '[part~="input"]');
        expect(css(input).borderTopColor, 'field border').to.equal(rgb(v['--qmi-color-border']!));
        expect(css(input).borderTopLeftRadius).to.equal(
          theme.scope === 'partner' ? '16px' : `${Number.parseFloat(v['--qmi-radius']!) * 16}px`,
        );
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
        const { el, before } = await mount<QmiSessionElement>(
          theme.scope,
          html`<qmi-session api-base=${url}><p>Contenu</p></qmi-session>`,
          'qmi-session',
        );
        await waitFor(() => el.matches(':state(signed-out)'), { message: 'the sign-in form' });
        await el.updateComplete;
        const submit = $(el, '[part~="submit-button"]');
        expect(css(submit).backgroundColor, 'primary button').to.equal(rgb(v['--qmi-color-primary']!));
        expect(css(submit).color).to.equal(rgb(v['--qmi-color-on-primary']!));
        expect(css(submit).borderTopLeftRadius).to.equal(`${Number.parseFloat(v['--qmi-radius']!) * 16}px`);
        if (theme.scope === 'partner')
          expect(css(submit).textTransform, '::part(submit-button) restyled').to.equal('uppercase');
        const email = $(el, '#session-email');
        expect(css(email).borderTopColor).to.equal(rgb(v['--qmi-color-border']!));
        expect(css(email).backgroundColor).to.equal(rgb(v['--qmi-color-surface']!));
        // The State's ProConnect button comes first (the platform offers it), as published: whatever the
        // theme, its own colours; then the e-mail field.
        await waitFor(() => Boolean(el.shadowRoot!.querySelector('.proconnect-button')), {
          message: 'the ProConnect button',
        });
        const proConnect = $(el, '.proconnect-button');
        expect(css(proConnect).backgroundColor, 'ProConnect as published').to.equal('rgb(0, 0, 145)');
        expect(css(proConnect).color).to.equal('rgb(255, 255, 255)');
        await tabInto(before);
        expect(el.shadowRoot!.activeElement === proConnect, 'focus on the ProConnect button first').to.equal(true);
        await sendKeys({ press: 'Tab' }); // "Qu'est-ce que ProConnect ?"
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement === email, 'focus on the e-mail field').to.equal(true);
        expectFocusRing(email, v);
        await expect(el).to.be.accessible();
      });

      it('the criteria checklist (what the call asks for): text colours follow the tokens, axe passes', async () => {
        const { el } = await mount<QmiCriteriaChecklist>(
          theme.scope,
          html`<qmi-criteria-checklist api-base=${url} call="qmi-2"></qmi-criteria-checklist>`,
          'qmi-criteria-checklist',
        );
        await waitFor(() => Boolean(el.shadowRoot?.querySelector('[part~="criterion"]')), {
          message: 'the checklist to load',
        });
        expect(css(el).color).to.equal(rgb(v['--qmi-color-ink']!));
        expect(css($(el, '.description')).color).to.equal(rgb(v['--qmi-color-muted']!));
        expect(Number.parseFloat(css($(el, '.title')).fontSize)).to.be.closeTo(
          1.1 * Number.parseFloat(v['--qmi-font-size-large']!) * 16,
          0.01,
        );
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
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="fr">
        <qmi-timeline id="plain" .definition=${QMI_2} now="2023-12-15T09:30:00Z"></qmi-timeline>
        <div class="qmi-theme-high-contrast"><qmi-timeline id="contrast" .definition=${QMI_2} now="2023-12-15T09:30:00Z"></qmi-timeline></div>
      </div>`,
      );
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
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="fr"><qmi-timeline .definition=${QMI_2} now="2023-12-15T09:30:00Z"></qmi-timeline></div>`,
      );
      const el = wrapper.querySelector('qmi-timeline') as QmiTimeline;
      await el.updateComplete;
      expect(css(el).color).to.equal(rgb(HIGH_CONTRAST['--qmi-color-ink']!));
    });
  });

  describe('high contrast and a partner restyle together: the high-contrast theme wins (docs/theming.md, "Which wins")', () => {
    let dossier: Awaited<ReturnType<typeof newDossier>>;
    let organiser: QmiClient;
    let submitted: Awaited<ReturnType<typeof submittedDossier>>;
    let remove: Array<() => void> = [];
    before(async () => {
      dossier = await newDossier('qmi-2-test');
      [organiser, submitted] = await Promise.all([organiserClient(), submittedDossier()]);
      remove = [await linkStylesheet('/themes/default.css'), await linkStylesheet('/themes/high-contrast.css')];
      // The partner's rules come last in the page, as a partner's own stylesheet would.
      const style = Object.assign(document.createElement('style'), { textContent: INSISTENT_PARTNER_CSS });
      document.head.append(style);
      remove.push(() => style.remove());
    });
    after(() => {
      for (const undo of remove) undo();
      document.documentElement.classList.remove('qmi-theme-default');
    });

    for (const placement of PLACEMENTS) {
      describe(`in ${placement.name}`, () => {
        const hc = HIGH_CONTRAST;
        before(() => {
          document.documentElement.className = placement.page;
        });

        it('the timeline: the countdown stays light on black, the link the theme’s colour; the partner’s border width stays; axe passes at 7:1', async () => {
          const wrapper = await fixture<HTMLElement>(
            placement.wrap(
              html`<button type="button">avant</button><qmi-timeline .definition=${QMI_2} now="2023-11-01T10:00:00Z"></qmi-timeline>`,
            ),
          );
          const el = wrapper.querySelector('qmi-timeline') as QmiTimeline;
          await el.updateComplete;
          const status = $(el, '[part~="status"]');
          const link = $(el, '[part~="calendar-link"]');
          expect(css(el).backgroundColor, 'the element is on the theme’s surface').to.equal(
            rgb(hc['--qmi-color-surface']!),
          );
          expect(css(status).backgroundColor, '::part(status) background-color lost').to.equal('rgba(0, 0, 0, 0)');
          expect(css($(el, '.countdown')).color, 'countdown').to.equal(rgb(hc['--qmi-color-ink']!));
          expect(css(status).borderLeftColor).to.equal(rgb(hc['--qmi-color-primary']!));
          expect(css(link).color, 'link, even against !important').to.equal(rgb(hc['--qmi-color-primary']!));
          expectRatio($(el, '.countdown'), css(el).backgroundColor, 'countdown');
          expectRatio(link, css(el).backgroundColor, 'link');
          // The partner's non-colour choices still apply.
          expect(css(status).borderLeftWidth, '::part(status) border width').to.equal('10px');
          expect(css(el).fontFamily, 'font token').to.equal('Georgia, serif');
          await tabInto(wrapper.querySelector('button')!);
          expectFocusRing(link, hc);
          await expectContrast(el);
        });

        it('the session: the sign-in button, the fields and the focus ring keep the theme’s colours; radius and capitals stay the partner’s; axe passes at 7:1', async () => {
          localStorage.removeItem(tokenKey(url));
          const wrapper = await fixture<HTMLElement>(
            placement.wrap(
              html`<button type="button">avant</button><qmi-session api-base=${url}><p>Contenu</p></qmi-session>`,
            ),
          );
          const el = wrapper.querySelector('qmi-session') as QmiSessionElement;
          await waitFor(() => el.matches(':state(signed-out)'), { message: 'the sign-in form' });
          await el.updateComplete;
          const submit = $(el, '[part~="submit-button"]');
          const email = $(el, '#session-email');
          expect(css(submit).backgroundColor, 'primary button').to.equal(rgb(hc['--qmi-color-primary']!));
          expect(css(submit).color).to.equal(rgb(hc['--qmi-color-on-primary']!));
          expectRatio(submit, css(submit).backgroundColor, 'sign-in button');
          expect(css(email).backgroundColor, 'field').to.equal(rgb(hc['--qmi-color-surface']!));
          expect(css(email).color).to.equal(rgb(hc['--qmi-color-ink']!));
          expect(css(email).borderTopColor).to.equal(rgb(hc['--qmi-color-border']!));
          expect(css(submit).textTransform, '::part(submit-button) capitals').to.equal('uppercase');
          expect(css(submit).borderTopLeftRadius, 'radius token').to.equal('0px');
          await waitFor(() => Boolean(el.shadowRoot!.querySelector('.proconnect-button')), {
            message: 'the ProConnect button',
          });
          await tabInto(wrapper.querySelector('button')!);
          // The State's ProConnect button and its "Qu'est-ce que ProConnect ?" link come first.
          await sendKeys({ press: 'Tab' });
          await sendKeys({ press: 'Tab' });
          expect(el.shadowRoot!.activeElement === email, 'focus on the e-mail field').to.equal(true);
          expectFocusRing(email, hc);
          await expectContrast(el);
        });

        it('the commune picker: the selected suggestion keeps the theme’s colours (a state ::part cannot tell), the others stay black; axe passes at 7:1', async () => {
          const wrapper = await fixture<HTMLElement>(
            placement.wrap(
              html`<button type="button">avant</button><qmi-commune-picker label="Commune"></qmi-commune-picker>`,
            ),
          );
          const el = wrapper.querySelector('qmi-commune-picker') as QmiCommunePicker;
          await el.updateComplete;
          await tabInto(wrapper.querySelector('button')!);
          await sendKeys({ type: 'Saint-D' });
          await sendKeys({ press: 'ArrowDown' });
          await el.updateComplete;
          const selected = $(el, '[part~="option"][aria-selected="true"]');
          const other = $(el, '[part~="option"][aria-selected="false"]');
          expect(css(selected).backgroundColor, 'selected suggestion').to.equal(rgb(hc['--qmi-color-primary']!));
          expect(css(selected).color).to.equal(rgb(hc['--qmi-color-on-primary']!));
          expect(css(other).backgroundColor, 'another suggestion').to.equal('rgba(0, 0, 0, 0)');
          expect(css(other).color).to.equal(rgb(hc['--qmi-color-ink']!));
          expect(css($(el, '[part~="input"]')).borderTopLeftRadius, '::part(input) radius').to.equal('16px');
          await expectContrast(el);
        });

        it('the form: its buttons, fields and status line keep the theme’s colours over ::part rules; axe passes at 7:1', async () => {
          const wrapper = await fixture<HTMLElement>(
            placement.wrap(
              html`<qmi-application-form .client=${dossier.client} call=${dossier.call} application=${dossier.application.id} now=${SANDBOX_NOW}></qmi-application-form>`,
            ),
          );
          const el = wrapper.querySelector('qmi-application-form') as QmiApplicationForm;
          await waitFor(() => Boolean(el.shadowRoot?.querySelector('.task-list')), { message: 'the form to load' });
          await el.updateComplete;
          const secondary = $(el, '[part~="button"][part~="secondary"]');
          expect(css(secondary).backgroundColor, 'secondary button').to.equal(rgb(hc['--qmi-color-surface']!));
          expect(css(secondary).color).to.equal(rgb(hc['--qmi-color-primary']!));
          expect(css(secondary).letterSpacing, '::part(button) spacing').to.not.equal('normal');
          expect(css($(el, '[part~="status"]')).backgroundColor, '::part(status) background-color lost').to.equal(
            'rgba(0, 0, 0, 0)',
          );
          const input = $(el, '[part~="input"]');
          expect(css(input).backgroundColor).to.equal(rgb(hc['--qmi-color-surface']!));
          expect(css(input).color).to.equal(rgb(hc['--qmi-color-ink']!));
          expect(css(input).borderTopLeftRadius, 'radius token').to.equal('0px');
          await expectContrast(el);
        });
      });
    }

    describe('without a partner, the elements’ own colours under the theme are the same with and without the guard', () => {
      /** The colours of every node in an element's shadow roots (nested ones too), by position. */
      const colours = (el: Element): string[] => {
        const nodes = (root: ShadowRoot): Element[] =>
          [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? nodes(node.shadowRoot) : [])]);
        const properties = [
          'color',
          'backgroundColor',
          'borderTopColor',
          'borderRightColor',
          'borderBottomColor',
          'borderLeftColor',
          'outlineColor',
          'textDecorationColor',
          'accentColor',
        ] as const;
        // A nested element's own box is the one thing the guard paints on purpose (black, on black): left out.
        const compared = (node: Element, pseudo: string) =>
          properties.filter((property) => !(property === 'backgroundColor' && !pseudo && node.localName.includes('-')));
        return nodes(el.shadowRoot!).flatMap((node) =>
          ['', '::before'].map(
            (pseudo) =>
              `${node.localName}.${node.className}${pseudo}: ${compared(node, pseudo)
                .map((property) => css(node, pseudo || undefined)[property])
                .join(' ')}`,
          ),
        );
      };
      /** The high-contrast tokens set by hand, without the theme (so without its --qmi-contrast flag, the guard stays off). */
      const byHand = Object.entries(HIGH_CONTRAST)
        .map(([name, value]) => `${name}: ${value}`)
        .join('; ');

      const cases: Array<[string, () => ReturnType<typeof html>, (el: HTMLElement) => Promise<void>]> = [
        [
          'the timeline',
          () => html`<qmi-timeline .definition=${QMI_2} now="2023-11-01T10:00:00Z"></qmi-timeline>`,
          async () => {},
        ],
        [
          'the session',
          () => html`<qmi-session api-base=${url}><p>Contenu</p></qmi-session>`,
          // The ProConnect button comes once the platform said it offers it: both copies must show it.
          (el) =>
            waitFor(
              () => el.matches(':state(signed-out)') && Boolean(el.shadowRoot?.querySelector('.proconnect-button')),
              { message: 'the sign-in form, with the ProConnect button' },
            ),
        ],
        [
          'the criteria checklist',
          () => html`<qmi-criteria-checklist api-base=${url} call="qmi-2"></qmi-criteria-checklist>`,
          (el) =>
            waitFor(() => Boolean(el.shadowRoot?.querySelector('[part~="criterion"]')), { message: 'the checklist' }),
        ],
        [
          'the form',
          () =>
            html`<qmi-application-form .client=${dossier.client} call=${dossier.call} application=${dossier.application.id} now=${SANDBOX_NOW}></qmi-application-form>`,
          (el) =>
            waitFor(
              () => Boolean(el.shadowRoot?.querySelector('.task-list') && el.shadowRoot.querySelector('.people__list')),
              {
                message: 'the form to load, with its people panel',
              },
              // Every section (those past the first screen are built after the first frame).
            ).then(async () => void (await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete)),
        ],
        [
          'the review board',
          () =>
            html`<qmi-review-board .client=${organiser} call-id="qmi-2-test" now=${SANDBOX_NOW}></qmi-review-board>`,
          (el) => waitFor(() => Boolean(el.shadowRoot?.querySelector('tbody tr')), { message: 'the board' }),
        ],
        [
          'the organiser’s assessment panels',
          () => html`<qmi-assessment .client=${organiser} application-id=${submitted.application.id}></qmi-assessment>`,
          (el) => waitFor(() => Boolean(el.shadowRoot?.querySelector('.section')), { message: 'the assessment' }),
        ],
        [
          'the dossier as its commune reads it',
          () =>
            html`<qmi-dossier-view .client=${submitted.client} application-id=${submitted.application.id}></qmi-dossier-view>`,
          (el) => waitFor(() => Boolean(el.shadowRoot?.querySelector('.history')), { message: 'the dossier' }),
        ],
      ];
      for (const [name, template, ready] of cases) {
        it(`${name}: the guard changes none of its colours`, async () => {
          document.documentElement.className = 'qmi-theme-default';
          localStorage.removeItem(tokenKey(url));
          const wrapper = await fixture<HTMLElement>(
            html`<div lang="fr">
            <div class="qmi-theme-high-contrast" id="theme">${template()}</div>
            <div style=${`${byHand}; background-color: #000000; color: #ffffff; color-scheme: dark`} id="by-hand">${template()}</div>
          </div>`,
          );
          const [themed, plain] = [
            ...wrapper.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('#theme > *, #by-hand > *'),
          ];
          for (const el of [themed!, plain!]) {
            await ready(el);
            await el.updateComplete;
          }
          expect(
            getComputedStyle(themed!).getPropertyValue('--qmi-contrast').trim(),
            'the guard is on under the theme',
          ).to.equal('more');
          expect(colours(themed!)).to.deep.equal(colours(plain!));
        });
      }
    });

    describe('where the theme does not apply, the partner’s restyle does', () => {
      const mountTimeline = async (wrap: (content: unknown) => ReturnType<typeof html>) => {
        const wrapper = await fixture<HTMLElement>(
          wrap(html`<qmi-timeline .definition=${QMI_2} now="2023-11-01T10:00:00Z"></qmi-timeline>`),
        );
        const el = wrapper.querySelector('qmi-timeline') as QmiTimeline;
        await el.updateComplete;
        return el;
      };
      const expectPartner = (el: QmiTimeline) => {
        expect(css($(el, '[part~="calendar-link"]')).color, 'the partner’s link colour').to.equal(rgb('#6b1e8f'));
        expect(css($(el, '[part~="status"]')).backgroundColor, 'the partner’s ::part(status)').to.equal(rgb('#f7f0fa'));
      };
      const expectTheme = (el: QmiTimeline) => {
        expect(css($(el, '[part~="calendar-link"]')).color, 'the theme’s link colour').to.equal(
          rgb(HIGH_CONTRAST['--qmi-color-primary']!),
        );
        expect(css($(el, '[part~="status"]')).backgroundColor, 'no ::part(status) background').to.equal(
          'rgba(0, 0, 0, 0)',
        );
      };

      it('a .qmi-theme-default container inside a high-contrast page is out of the theme', async () => {
        document.documentElement.className = '';
        const el = await mountTimeline(
          (content) => html`<div class="qmi-theme-default" lang="fr"><div class="partner">${content}</div></div>`,
        );
        expectPartner(el);
        await expect(el).to.be.accessible();
      });

      it('a page’s switch (qmi-theme-default ↔ qmi-theme-high-contrast on <html>) turns the theme and its precedence on and off, live', async () => {
        document.documentElement.className = 'qmi-theme-default';
        const el = await mountTimeline((content) => html`<div class="partner" lang="fr">${content}</div>`);
        expectPartner(el);
        document.documentElement.className = 'qmi-theme-high-contrast';
        expectTheme(el);
        await expectContrast(el);
        document.documentElement.className = 'qmi-theme-default';
        expectPartner(el);
      });
    });
  });

  describe('high contrast and a partner restyle together, when the theme is linked for prefers-contrast: more', () => {
    let remove: Array<() => void> = [];
    before(async () => {
      const link = Object.assign(document.createElement('link'), {
        rel: 'stylesheet',
        href: '/themes/high-contrast.css',
        media: '(prefers-contrast: more)',
      });
      document.head.append(link);
      const style = Object.assign(document.createElement('style'), { textContent: INSISTENT_PARTNER_CSS });
      document.head.append(style);
      remove = [() => link.remove(), () => style.remove()];
      document.documentElement.className = '';
    });
    after(async () => {
      for (const undo of remove) undo();
      await executeServerCommand('prefers-contrast', { active: false });
    });

    it('the partner’s colours apply until the system asks for more contrast; then the theme’s win, and axe passes at 7:1', async () => {
      await executeServerCommand('prefers-contrast', { active: false });
      const wrapper = await fixture<HTMLElement>(
        html`<div class="partner" lang="fr"><qmi-timeline .definition=${QMI_2} now="2023-11-01T10:00:00Z"></qmi-timeline></div>`,
      );
      const el = wrapper.querySelector('qmi-timeline') as QmiTimeline;
      await el.updateComplete;
      const link = $(el, '[part~="calendar-link"]');
      expect(css(link).color).to.equal(rgb('#6b1e8f'));
      await executeServerCommand('prefers-contrast', { active: true });
      expect(matchMedia('(prefers-contrast: more)').matches, 'more contrast emulated').to.equal(true);
      expect(css(link).color).to.equal(rgb(HIGH_CONTRAST['--qmi-color-primary']!));
      expect(css($(el, '[part~="status"]')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(css($(el, '.countdown')).color).to.equal(rgb(HIGH_CONTRAST['--qmi-color-ink']!));
      await expectContrast(el);
    });
  });

  describe('Windows High Contrast (forced-colors: active)', () => {
    before(() => executeServerCommand('forced-colors', { active: true }));
    after(() => executeServerCommand('forced-colors', { active: false }));

    const system = systemColour;

    it('the elements use the system colours: Highlight for the focus ring and the selected suggestion, CanvasText for the step markers', async () => {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const { el, before } = await mount<QmiCommunePicker>(
        '',
        html`<qmi-commune-picker label="Commune"></qmi-commune-picker>`,
        'qmi-commune-picker',
      );
      await tabInto(before);
      const input = $(el, '[part~="input"]');
      expect(css(input).outlineColor, 'focus ring').to.equal(system('Highlight'));
      await sendKeys({ type: 'Saint-D' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const selected = $(el, '[part~="option"][aria-selected="true"]');
      expect(css(selected).backgroundColor, 'selected suggestion').to.equal(system('Highlight'));
      expect(css(selected).color).to.equal(system('HighlightText'));

      const timeline = await fixture<QmiTimeline>(
        html`<qmi-timeline .definition=${QMI_2} now="2023-12-15T09:30:00Z"></qmi-timeline>`,
      );
      await timeline.updateComplete;
      expect(css($(timeline, '[part~="phase-current"]'), '::before').backgroundColor, 'current step marker').to.equal(
        system('CanvasText'),
      );
    });

    it('a partner’s restyle gives way to the system colours too (its ::part colours included)', async () => {
      const style = Object.assign(document.createElement('style'), { textContent: INSISTENT_PARTNER_CSS });
      document.head.append(style);
      try {
        const wrapper = await fixture<HTMLElement>(
          html`<div class="partner" lang="fr"><qmi-timeline .definition=${QMI_2} now="2023-11-01T10:00:00Z"></qmi-timeline></div>`,
        );
        const timeline = wrapper.querySelector('qmi-timeline') as QmiTimeline;
        await timeline.updateComplete;
        expect(css($(timeline, '.countdown')).color, 'countdown').to.equal(system('CanvasText'));
        expect(css($(timeline, '[part~="calendar-link"]')).color, 'link').to.equal(system('LinkText'));
        expect(
          css($(timeline, '[part~="status"]')).backgroundColor,
          'the partner’s ::part(status) background',
        ).to.equal(system('Canvas'));
        expect(css($(timeline, '[part~="phase-current"]'), '::before').backgroundColor, 'current step marker').to.equal(
          system('CanvasText'),
        );
      } finally {
        style.remove();
      }
    });
  });
});
