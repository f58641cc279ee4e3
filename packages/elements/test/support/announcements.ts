/** Every kind of live region a screen reader follows. */
const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';

const textOf = (node: Element) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/**
 * Records what an element's live regions would make a screen reader say: each time the text of a live
 * region (in the element's shadow root) changes to something not empty, one announcement. The same
 * text written again without a change in between is no announcement, as for a screen reader. A region
 * added with its text counts (an alert is read when it appears), so "announced too much" shows too.
 */
export function recordAnnouncements(host: Element): { readonly list: string[]; regions(): Element[]; stop(): void } {
  const root = host.shadowRoot!;
  const list: string[] = [];
  const last = new WeakMap<Element, string>();
  const regions = () => [...root.querySelectorAll(LIVE)];
  for (const region of regions()) last.set(region, textOf(region));
  const observer = new MutationObserver(() => {
    for (const region of regions()) {
      const text = textOf(region);
      if (text !== (last.get(region) ?? '') && text) list.push(text);
      last.set(region, text);
    }
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-live', 'role'],
  });
  return { list, regions, stop: () => observer.disconnect() };
}
