import { nothing, type TemplateResult } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

/** The default level of an element's own heading: a section of the page, under the page's h1. */
export const DEFAULT_HEADING_LEVEL = 2;

/**
 * The level for a heading `offset` levels below an element's `heading-level` (2 when unset or not a
 * number), kept within h1–h6: a partner puts an element under its own h2 with `heading-level="3"`,
 * and the element's sections follow at 4, its criteria at 5.
 */
export function headingLevel(base: number | string | undefined, offset = 0): number {
  const level = Math.round(Number(base) || DEFAULT_HEADING_LEVEL) + offset;
  return Math.min(6, Math.max(1, level));
}

export interface HeadingOptions {
  id?: string | undefined;
  className?: string | undefined;
  part?: string | undefined;
  /** -1 for a heading that takes focus after an action (the page's form after switching mode). */
  tabindex?: number | undefined;
}

// Six fixed tags: `unsafeStatic` is safe here, the level never comes from the page as text.
const TAGS = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

/**
 * A real `<h1>`…`<h6>` at `level` (clamped), so the accessibility tree and the screen readers'
 * headings list see the level (an `aria-level` on a `div` is a second-best). Attributes left
 * undefined are not written.
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const tag = TAGS[Math.min(6, Math.max(1, Math.round(level))) - 1]!;
  return staticHtml`<${tag} id=${options.id ?? nothing} class=${options.className ?? nothing} part=${options.part ?? nothing} tabindex=${options.tabindex ?? nothing}>${content}</${tag}>`;
}
