import { FORCED_COLOURS, localOf, TOKEN_DEFAULTS, type TokenName } from './tokens.js';

/**
 * The token table: each public `--qmi-*` custom property (tokens.ts, with its default) with its group,
 * its value in the high-contrast theme and what it affects. For the docs (docs/theming.md's table),
 * the themes (themes/*.css) and their tests; the elements never import it (a page does not download
 * descriptions). One row per token of tokens.ts, no more, no less: the type says so.
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

const ABOUT: Record<TokenName, Pick<DesignToken, 'group' | 'highContrast' | 'description'>> = {
  '--qmi-color-primary': {
    group: 'colour',
    highContrast: '#75e9fc',
    description: 'Buttons, links, the current step, progress bars, the selected suggestion',
  },
  '--qmi-color-on-primary': {
    group: 'colour',
    highContrast: '#000000',
    description: 'Text on a primary background (primary buttons, the unread badge, the selected suggestion)',
  },
  '--qmi-color-ink': {
    group: 'colour',
    highContrast: '#ffffff',
    description: 'Text',
  },
  '--qmi-color-muted': {
    group: 'colour',
    highContrast: '#e6e6e6',
    description: 'Secondary text: hints, dates, descriptions, past steps',
  },
  '--qmi-color-surface': {
    group: 'colour',
    highContrast: '#000000',
    description: 'Background of fields, secondary buttons and the overall line; text on the success receipt',
  },
  '--qmi-color-surface-raised': {
    group: 'colour',
    highContrast: '#121212',
    description: 'Panels and cards: the other side’s messages, versions in a conflict, neutral tags',
  },
  '--qmi-color-border': {
    group: 'colour',
    highContrast: '#ffffff',
    description: 'Borders of fields and controls; separators are a lighter mix of it with the surface',
  },
  '--qmi-color-error': {
    group: 'colour',
    highContrast: '#ff9999',
    description: 'Errors: messages, invalid fields, refused files, missing items',
  },
  '--qmi-color-success': {
    group: 'colour',
    highContrast: '#66ff99',
    description: 'Success: completed sections, met signals, the sent receipt',
  },
  '--qmi-color-warning': {
    group: 'colour',
    highContrast: '#ffcc66',
    description: 'Warnings: partly addressed criteria, edit conflicts',
  },
  '--qmi-font-family': {
    group: 'type',
    highContrast: 'system-ui, sans-serif',
    description: 'Every text',
  },
  '--qmi-font-size': {
    group: 'type',
    highContrast: '1rem',
    description: 'Base text size (headings scale from it)',
  },
  '--qmi-font-size-small': {
    group: 'type',
    highContrast: '0.875rem',
    description: 'Tags, message dates, hints under a message field',
  },
  '--qmi-font-size-large': {
    group: 'type',
    highContrast: '1.25rem',
    description: 'Element titles and the countdown (some scale from it)',
  },
  '--qmi-line-height': {
    group: 'type',
    highContrast: '1.5',
    description: 'Line height of text',
  },
  '--qmi-font-weight-strong': {
    group: 'type',
    highContrast: '700',
    description: 'Labels, buttons, statuses and error messages',
  },
  '--qmi-space-xs': {
    group: 'space',
    highContrast: '0.25rem',
    description: 'Between a label, its hint and its message',
  },
  '--qmi-space-s': {
    group: 'space',
    highContrast: '0.5rem',
    description: 'Inside fields and buttons, between list items',
  },
  '--qmi-space-m': {
    group: 'space',
    highContrast: '1rem',
    description: 'Between fields and blocks, inside panels',
  },
  '--qmi-space-l': {
    group: 'space',
    highContrast: '1.5rem',
    description: 'Between a step of the timeline and its marker, inside dialogs',
  },
  '--qmi-space-xl': {
    group: 'space',
    highContrast: '2rem',
    description: 'Between sections of the form',
  },
  '--qmi-radius': {
    group: 'radius',
    highContrast: '0.25rem',
    description: 'Corners of fields, buttons and tags',
  },
  '--qmi-radius-large': {
    group: 'radius',
    highContrast: '0.5rem',
    description: 'Corners of panels: messages, dialogs',
  },
  '--qmi-focus-ring-color': {
    group: 'focus',
    highContrast: '#ffff00',
    description: 'Colour of the focus ring around the focused control (3:1 on the surface)',
  },
  '--qmi-focus-ring-width': {
    group: 'focus',
    highContrast: '4px',
    description: 'Width of the focus ring',
  },
  '--qmi-focus-ring-offset': {
    group: 'focus',
    highContrast: '2px',
    description: 'Gap between a control and its focus ring',
  },
};

export const TOKENS: readonly DesignToken[] = (Object.keys(TOKEN_DEFAULTS) as TokenName[]).map((name) => {
  const forcedColors = FORCED_COLOURS[name];
  return {
    name,
    local: localOf(name),
    ...ABOUT[name],
    value: TOKEN_DEFAULTS[name],
    ...(forcedColors ? { forcedColors } : {}),
  };
});
