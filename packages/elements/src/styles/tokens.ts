import { css, type CSSResult, unsafeCSS } from 'lit';

/**
 * The design tokens of @qmi/elements, as an element's first render reads them: every public `--qmi-*`
 * custom property shared by the elements, with its default. The rest of what a token is (its group,
 * its value in the high-contrast theme, what it affects) is in tokens.table.ts, keyed by these names:
 * the docs, the themes and their tests read it, an element never does, so no page downloads it.
 * Everything else is derived from the two: the `:host` block below (each element's built-in
 * defaults), and, checked against them by test/theming.test.ts so that they cannot drift,
 * themes/default.css, themes/high-contrast.css and the table of docs/theming.md.
 *
 * Defaults meet WCAG 2.1 AA on `surface` and `surface-raised` (text 4.5:1, borders and the focus
 * ring 3:1); high-contrast values meet 7:1 for text. No external design system is used.
 */
export const TOKEN_DEFAULTS = {
  // Colour
  '--qmi-color-primary': '#0b4fa8',
  '--qmi-color-on-primary': '#ffffff',
  '--qmi-color-ink': '#161616',
  '--qmi-color-muted': '#3a3a3a',
  '--qmi-color-surface': '#ffffff',
  '--qmi-color-surface-raised': '#f6f6f6',
  '--qmi-color-border': '#3a3a3a',
  '--qmi-color-error': '#c3001a',
  '--qmi-color-success': '#006b3c',
  '--qmi-color-warning': '#8a4b00',
  // Type
  '--qmi-font-family': 'system-ui, sans-serif',
  '--qmi-font-size': '1rem',
  '--qmi-font-size-small': '0.875rem',
  '--qmi-font-size-large': '1.25rem',
  '--qmi-line-height': '1.5',
  '--qmi-font-weight-strong': '700',
  // Spacing
  '--qmi-space-xs': '0.25rem',
  '--qmi-space-s': '0.5rem',
  '--qmi-space-m': '1rem',
  '--qmi-space-l': '1.5rem',
  '--qmi-space-xl': '2rem',
  // Radius
  '--qmi-radius': '0.25rem',
  '--qmi-radius-large': '0.5rem',
  // Focus ring
  '--qmi-focus-ring-color': '#0a76f6',
  '--qmi-focus-ring-width': '3px',
  '--qmi-focus-ring-offset': '2px',
} as const satisfies Record<`--qmi-${string}`, string>;

export type TokenName = keyof typeof TOKEN_DEFAULTS;

/** The system colour a token takes instead under `forced-colors: active` (Windows High Contrast). */
export const FORCED_COLOURS: Partial<Record<TokenName, string>> = {
  '--qmi-color-primary': 'LinkText',
  '--qmi-color-on-primary': 'CanvasText',
  '--qmi-color-ink': 'CanvasText',
  '--qmi-color-muted': 'CanvasText',
  '--qmi-color-surface': 'Canvas',
  '--qmi-color-surface-raised': 'Canvas',
  '--qmi-color-border': 'CanvasText',
  '--qmi-color-error': 'CanvasText',
  '--qmi-color-success': 'CanvasText',
  '--qmi-color-warning': 'CanvasText',
  '--qmi-focus-ring-color': 'Highlight',
};

/** The private property the elements' rules read, set on `:host` from the public one: `--qmi-color-primary` → `--_primary`, `--qmi-space-s` → `--_space-s`. */
export const localOf = (name: TokenName): `--_${string}` => `--_${name.slice('--qmi-'.length).replace(/^color-/, '')}`;

const locals = Object.entries(TOKEN_DEFAULTS)
  .map(([name, value]) => `${localOf(name as TokenName)}: var(${name}, ${value});`)
  .join('\n    ');
const forced = Object.entries(FORCED_COLOURS)
  .map(([name, colour]) => `${localOf(name as TokenName)}: ${colour};`)
  .join('\n      ');

/**
 * What every element's styles start with: each public token read once, with its default, into
 * the private `--_*` property the element's own rules use (so nothing is needed from the page, and
 * a page restyles every element by setting the public tokens on any ancestor or on the element);
 * the base text; a focus ring from the focus tokens on everything focusable; and, under
 * `forced-colors: active`, the system colours instead of the tokens. `hostTokens` adds the buttons'
 * forced colours; an element without buttons (the timeline) starts with this block alone, and its
 * page does not carry rules for buttons it never shows. Comments stay out of the CSS: it ships as is.
 */
export const buttonlessTokens = css`
  :host {
    ${unsafeCSS(locals)}
    /* Derived, not public: separators and tints follow the tokens they mix. */
    --_separator: color-mix(in srgb, var(--_border) 40%, var(--_surface));
    --_primary-tint: color-mix(in srgb, var(--_primary) 8%, var(--_surface));
    display: block;
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_ink);
  }
  :focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus-ring-color);
    outline-offset: var(--_focus-ring-offset);
  }
  @media (forced-colors: active) {
    :host {
      ${unsafeCSS(forced)}
    }
  }
`;

/**
 * The buttons' forced colours after `tokens`. Under forced colours Chromium paints a `Canvas`
 * backplate behind text, so a label in `Canvas` on a `LinkText` fill (the primary buttons, before)
 * vanished into a blank bar. Every button takes the system's button colours there, as native buttons
 * do (GOV.UK's and Web Awesome's way), and disabled ones `GrayText`; `:host :is(...)` is specific
 * enough to beat each element's own button rules and their copies in the contrast guard, whatever
 * their order. Text on a primary fill (the unread badge) is `CanvasText`, readable on its backplate.
 * A function, so that a bundler drops `hostTokens` from a page that does not use it.
 */
const withForcedButtons = (tokens: CSSResult) => css`
  ${tokens}
  @media (forced-colors: active) {
    :host :is(button, .button):not(.link) {
      background-color: ButtonFace;
      color: ButtonText;
      border-color: ButtonText;
    }
    :host :is(button, .button):disabled {
      color: GrayText;
      border-color: GrayText;
      opacity: 1;
    }
  }
`;

/** What the elements' styles start with: the tokens (`buttonlessTokens`) and the buttons' forced colours. */
export const hostTokens = /* @__PURE__ */ withForcedButtons(buttonlessTokens);
