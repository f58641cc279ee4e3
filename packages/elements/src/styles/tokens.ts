import { css, unsafeCSS } from 'lit';

/**
 * The design tokens of @qmi/elements: the one list of every public `--qmi-*` custom property
 * shared by the elements, with its default, its value in the high-contrast theme and what it
 * affects. Everything else is derived from it: the `:host` block below (each element's built-in
 * defaults), and, checked against it by test/theming.test.ts so that they cannot drift,
 * themes/default.css, themes/high-contrast.css and the table of docs/theming.md.
 *
 * Defaults meet WCAG 2.1 AA on `surface` and `surface-raised` (text 4.5:1, borders and the focus
 * ring 3:1); high-contrast values meet 7:1 for text. No external design system is used.
 */
export interface DesignToken {
  /** The public custom property a page sets. */
  readonly name: `--qmi-${string}`;
  /** The private property the elements' rules read, set on `:host` from the public one (derived from the name). */
  readonly local: `--_${string}`;
  readonly group: 'colour' | 'type' | 'space' | 'radius' | 'focus';
  /** The default, built into every element (themes/default.css repeats it). */
  readonly value: string;
  /** The value under themes/high-contrast.css (which sets, and forces, only the tokens where it differs from `value`). */
  readonly highContrast: string;
  /** The system colour used instead under `forced-colors: active` (Windows High Contrast). */
  readonly forcedColors?: string;
  /** What the token affects. */
  readonly description: string;
}

/** `--qmi-color-primary` → `--_primary`, `--qmi-space-s` → `--_space-s`. */
const localOf = (name: DesignToken['name']): DesignToken['local'] =>
  `--_${name.slice('--qmi-'.length).replace(/^color-/, '')}`;

export const TOKENS: readonly DesignToken[] = (
  [
    // Colour
    {
      name: '--qmi-color-primary',
      group: 'colour',
      value: '#0b4fa8',
      highContrast: '#75e9fc',
      forcedColors: 'LinkText',
      description: 'Buttons, links, the current step, progress bars, the selected suggestion',
    },
    {
      name: '--qmi-color-on-primary',
      group: 'colour',
      value: '#ffffff',
      highContrast: '#000000',
      forcedColors: 'CanvasText',
      description: 'Text on a primary background (primary buttons, the unread badge, the selected suggestion)',
    },
    {
      name: '--qmi-color-ink',
      group: 'colour',
      value: '#161616',
      highContrast: '#ffffff',
      forcedColors: 'CanvasText',
      description: 'Text',
    },
    {
      name: '--qmi-color-muted',
      group: 'colour',
      value: '#3a3a3a',
      highContrast: '#e6e6e6',
      forcedColors: 'CanvasText',
      description: 'Secondary text: hints, dates, descriptions, past steps',
    },
    {
      name: '--qmi-color-surface',
      group: 'colour',
      value: '#ffffff',
      highContrast: '#000000',
      forcedColors: 'Canvas',
      description: 'Background of fields, secondary buttons and the overall line; text on the success receipt',
    },
    {
      name: '--qmi-color-surface-raised',
      group: 'colour',
      value: '#f6f6f6',
      highContrast: '#121212',
      forcedColors: 'Canvas',
      description: 'Panels and cards: the other side’s messages, versions in a conflict, neutral tags',
    },
    {
      name: '--qmi-color-border',
      group: 'colour',
      value: '#3a3a3a',
      highContrast: '#ffffff',
      forcedColors: 'CanvasText',
      description: 'Borders of fields and controls; separators are a lighter mix of it with the surface',
    },
    {
      name: '--qmi-color-error',
      group: 'colour',
      value: '#c3001a',
      highContrast: '#ff9999',
      forcedColors: 'CanvasText',
      description: 'Errors: messages, invalid fields, refused files, missing items',
    },
    {
      name: '--qmi-color-success',
      group: 'colour',
      value: '#006b3c',
      highContrast: '#66ff99',
      forcedColors: 'CanvasText',
      description: 'Success: completed sections, met signals, the sent receipt',
    },
    {
      name: '--qmi-color-warning',
      group: 'colour',
      value: '#8a4b00',
      highContrast: '#ffcc66',
      forcedColors: 'CanvasText',
      description: 'Warnings: partly addressed criteria, edit conflicts',
    },
    // Type
    {
      name: '--qmi-font-family',
      group: 'type',
      value: 'system-ui, sans-serif',
      highContrast: 'system-ui, sans-serif',
      description: 'Every text',
    },
    {
      name: '--qmi-font-size',
      group: 'type',
      value: '1rem',
      highContrast: '1rem',
      description: 'Base text size (headings scale from it)',
    },
    {
      name: '--qmi-font-size-small',
      group: 'type',
      value: '0.875rem',
      highContrast: '0.875rem',
      description: 'Tags, message dates, hints under a message field',
    },
    {
      name: '--qmi-font-size-large',
      group: 'type',
      value: '1.25rem',
      highContrast: '1.25rem',
      description: 'Element titles and the countdown (some scale from it)',
    },
    { name: '--qmi-line-height', group: 'type', value: '1.5', highContrast: '1.5', description: 'Line height of text' },
    {
      name: '--qmi-font-weight-strong',
      group: 'type',
      value: '700',
      highContrast: '700',
      description: 'Labels, buttons, statuses and error messages',
    },
    // Spacing
    {
      name: '--qmi-space-xs',
      group: 'space',
      value: '0.25rem',
      highContrast: '0.25rem',
      description: 'Between a label, its hint and its message',
    },
    {
      name: '--qmi-space-s',
      group: 'space',
      value: '0.5rem',
      highContrast: '0.5rem',
      description: 'Inside fields and buttons, between list items',
    },
    {
      name: '--qmi-space-m',
      group: 'space',
      value: '1rem',
      highContrast: '1rem',
      description: 'Between fields and blocks, inside panels',
    },
    {
      name: '--qmi-space-l',
      group: 'space',
      value: '1.5rem',
      highContrast: '1.5rem',
      description: 'Between a step of the timeline and its marker, inside dialogs',
    },
    {
      name: '--qmi-space-xl',
      group: 'space',
      value: '2rem',
      highContrast: '2rem',
      description: 'Between sections of the form',
    },
    // Radius
    {
      name: '--qmi-radius',
      group: 'radius',
      value: '0.25rem',
      highContrast: '0.25rem',
      description: 'Corners of fields, buttons and tags',
    },
    {
      name: '--qmi-radius-large',
      group: 'radius',
      value: '0.5rem',
      highContrast: '0.5rem',
      description: 'Corners of panels: messages, dialogs',
    },
    // Focus ring
    {
      name: '--qmi-focus-ring-color',
      group: 'focus',
      value: '#0a76f6',
      highContrast: '#ffff00',
      forcedColors: 'Highlight',
      description: 'Colour of the focus ring around the focused control (3:1 on the surface)',
    },
    {
      name: '--qmi-focus-ring-width',
      group: 'focus',
      value: '3px',
      highContrast: '4px',
      description: 'Width of the focus ring',
    },
    {
      name: '--qmi-focus-ring-offset',
      group: 'focus',
      value: '2px',
      highContrast: '2px',
      description: 'Gap between a control and its focus ring',
    },
  ] satisfies Omit<DesignToken, 'local'>[]
).map((token) => ({ ...token, local: localOf(token.name) }));

const locals = TOKENS.map(({ name, local, value }) => `${local}: var(${name}, ${value});`).join('\n    ');
const forced = TOKENS.filter((token) => token.forcedColors)
  .map(({ local, forcedColors }) => `${local}: ${forcedColors};`)
  .join('\n      ');

/**
 * What every element's styles start with: each public token read once, with its default, into
 * the private `--_*` property the element's own rules use (so nothing is needed from the page, and
 * a page restyles every element by setting the public tokens on any ancestor or on the element);
 * the base text; a focus ring from the focus tokens on everything focusable; and, under
 * `forced-colors: active`, the system colours instead of the tokens.
 *
 * Under forced colours Chromium paints a `Canvas` backplate behind text, so a label in `Canvas` on a
 * `LinkText` fill (the primary buttons, before) vanished into a blank bar. Every button takes the
 * system's button colours there, as native buttons do (GOV.UK's and Web Awesome's way), and disabled
 * ones `GrayText`; `:host :is(...)` is specific enough to beat each element's own button rules and
 * their copies in the contrast guard, whatever their order. Text on a primary fill (the unread
 * badge) is `CanvasText`, readable on its backplate. Comments stay out of the CSS: it ships as is.
 */
export const hostTokens = css`
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
