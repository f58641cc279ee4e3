import { html, nothing, type TemplateResult } from 'lit';

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

/**
 * A real `<h1>`…`<h6>` at `level` (clamped), so the accessibility tree and the screen readers'
 * headings list see the level (an `aria-level` on a `div` is a second-best). Attributes left
 * undefined are not written. Six plain templates, not `lit/static-html`: that module (0.4 KB) is in
 * every element's first load for the sake of one tag name.
 */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = options.id ?? nothing;
  const className = options.className ?? nothing;
  const part = options.part ?? nothing;
  const tabindex = options.tabindex ?? nothing;
  switch (Math.min(6, Math.max(1, Math.round(level)))) {
    case 1:
      return html`<h1 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h1>`;
    case 2:
      return html`<h2 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h5>`;
    default:
      return html`<h6 id=${id} class=${className} part=${part} tabindex=${tabindex}>${content}</h6>`;
  }
}
