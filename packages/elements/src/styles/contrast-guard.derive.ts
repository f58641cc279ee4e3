import type { CSSResult } from 'lit';

/**
 * The contrast guard's derivation (see contrast-guard.ts): fetched only when an element meets the
 * high-contrast theme, since no other visitor needs it. It reads an element's CSS and repeats each of
 * its colour declarations with `!important`, inside the container style query of the theme's flag.
 */
export function guardText(styles: readonly CSSResult[]): string {
  const derived = styles.map((style) => colourRules(style.cssText)).join('\n');
  return `@container style(--qmi-contrast: more) {\n${BASE}\n${derived}\n}`;
}

/**
 * What no rule of the element sets stays as it would be without the page's rules: a part's own
 * background and colours (`:where`, so that any rule of the element beats it). Native widgets that
 * would lose their native look with an author background keep theirs. And the element paints its own
 * box with the theme's surface, whatever the page paints around it.
 */
const BASE = `
  :where([part]:not(progress, meter, input[type='checkbox'], input[type='radio'], input[type='file'], input[type='range'], input[type='color'])) {
    color: inherit !important; background-color: transparent !important; background-image: none !important;
    border-color: currentcolor !important; outline-color: currentcolor !important; text-decoration-color: currentcolor !important;
  }
  :where([part]) { accent-color: auto !important; }
  :host { background-color: var(--_surface) !important; color: var(--_ink) !important; }`;

/** Longhands that carry only a colour. */
const COLOUR =
  /^(?:color|background-color|accent-color|caret-color|fill|stroke|outline-color|text-decoration-color|column-rule-color|border(?:-(?:top|right|bottom|left|block|inline)(?:-(?:start|end))?)?-color)$/;
/** Shorthands of a width, a style and a colour: their colour longhand is the name plus `-color`. */
const LINE =
  /^(?:border(?:-(?:top|right|bottom|left|block|inline)(?:-(?:start|end))?)?|outline|column-rule|text-decoration)$/;
/** Words of those shorthands and of `background` that are not colours. */
const NOT_COLOUR = new Set(
  (
    'thin medium thick none hidden dotted dashed solid double groove ridge inset outset auto underline overline line-through blink wavy from-font ' +
    'repeat no-repeat repeat-x repeat-y space round scroll fixed local center top left right bottom cover contain border-box padding-box content-box text'
  ).split(' '),
);
const isLength = (token: string) =>
  /^[-+]?[\d.]/.test(token) || /^(?:calc|min|max|clamp|url|image-set|[a-z-]*gradient)\(/i.test(token);

/** Splits a value on the spaces outside brackets. */
function tokens(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of value) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (/\s/.test(char) && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += char;
  }
  if (current) out.push(current);
  return out;
}

/** The colour written in a shorthand, or its initial colour when none is. */
function colourOf(value: string, initial: string): string {
  const candidates = tokens(value).filter((token) => !isLength(token) && !NOT_COLOUR.has(token.toLowerCase()));
  const named = candidates.filter((token) => !/width|style|offset|thickness/i.test(token));
  return named.at(-1) ?? candidates.at(-1) ?? initial;
}

/** The colour longhands a declaration sets, with !important. */
function colourDeclarations(property: string, value: string): string[] {
  const clean = value.replace(/\s*!important\s*$/i, '').trim();
  if (COLOUR.test(property)) return [`${property}: ${clean} !important;`];
  if (LINE.test(property)) return [`${property}-color: ${colourOf(clean, 'currentcolor')} !important;`];
  if (property === 'background') return [`background-color: ${colourOf(clean, 'transparent')} !important;`];
  return [];
}

/** Reads a block up to its matching `}` (strings and brackets respected); returns its text and where it ends. */
function block(text: string, open: number): { body: string; end: number } {
  let depth = 0;
  let quote = '';
  for (let i = open; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === quote && text[i - 1] !== '\\') quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return { body: text.slice(open + 1, i), end: i + 1 };
  }
  throw new Error('contrast guard: unbalanced CSS');
}

/** Splits declarations on the semicolons outside brackets and strings. */
function declarations(body: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const char of `${body};`) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ';' && depth === 0) {
      const colon = current.indexOf(':');
      if (colon > 0) out.push([current.slice(0, colon).trim().toLowerCase(), current.slice(colon + 1).trim()]);
      current = '';
      continue;
    }
    current += char;
  }
  return out;
}

/** Every rule of a stylesheet reduced to its colour declarations, made !important; conditional group rules kept around them. */
export function colourRules(cssText: string): string {
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open).trim();
    const { body, end } = block(text, open);
    i = end;
    if (prelude.startsWith('@')) {
      // Conditions (forced colours, ...) keep their rules conditional; other at-rules hold no colours of elements.
      if (/^@(?:media|supports|container|layer|scope)\b/.test(prelude)) {
        const inner = colourRules(body);
        if (inner) out.push(`${prelude} {\n${inner}\n}`);
      }
      continue;
    }
    const colours = declarations(body).flatMap(([property, value]) =>
      property.startsWith('--') ? [] : colourDeclarations(property, value),
    );
    if (colours.length) out.push(`${prelude} { ${colours.join(' ')} }`);
  }
  return out.join('\n');
}
