/** Where the keyboard focus is, through shadow roots (the same helper the elements use). */
export { deepActiveElement } from '../../src/a11y/focus.js';
import { deepActiveElement } from '../../src/a11y/focus.js';

/** The focused element told as a string ("button Se connecter", "body"): a failing comparison of strings reads well, one of DOM nodes stalls the runner's report. */
export function describeFocus(): string {
  const el = deepActiveElement();
  if (!el) return '(nothing)';
  const text = el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  return `${el.localName}${el.id ? `#${el.id}` : ''}${text && el.localName !== 'body' ? ` ${text.slice(0, 60)}` : ''}`;
}
