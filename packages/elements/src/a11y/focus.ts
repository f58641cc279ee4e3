/**
 * The element that has the keyboard focus, inside shadow roots too (`document.activeElement` stops
 * at the outermost shadow host): what a dialog remembers so that it can give the focus back.
 */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
