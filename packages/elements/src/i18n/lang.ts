import { DEFAULT_LANG, pickLang, type Lang } from '@qmi/core';

/**
 * The language of an element: the nearest `lang` attribute, looking through shadow roots up to the
 * document, as a partner page sets it. A window-wide locale would not suit a component embedded in
 * someone else's page. French when nothing says otherwise.
 */
export function langOf(element: Element): Lang {
  // Rendered on a server (`@qmi/elements/ssr`: no DOM, hence no `Element`), an element has no ancestors:
  // its own `lang` says. (Not lit's `isServer`: its module's licence comment would cost every element.)
  if (typeof Element === 'undefined') return pickLang(element.getAttribute('lang') ?? DEFAULT_LANG);
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute('lang');
      if (value) return pickLang(value);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return DEFAULT_LANG;
}
