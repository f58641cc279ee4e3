// What every story's play function uses: find things inside an element's shadow root, and wait
// until the element shows the state the story is named after (so that the story test, and the
// a11y panel, check that state and not a loading screen).
import { waitFor } from 'storybook/test';

/** The custom element of a story, inside the story's root. */
export function element<T extends HTMLElement>(canvasElement: HTMLElement, tag: string): T {
  const el = canvasElement.querySelector(tag);
  if (!el) throw new Error(`<${tag}> is not in the story`);
  return el as T;
}

/** Every match of a selector in the element's shadow root (and in nested shadow roots one level down). */
export function inShadow(el: Element, selector: string): Element[] {
  const root = el.shadowRoot;
  if (!root) return [];
  const nested = [...root.querySelectorAll('*')].flatMap((child) =>
    child.shadowRoot ? [...child.shadowRoot.querySelectorAll(selector)] : [],
  );
  return [...root.querySelectorAll(selector), ...nested];
}

/**
 * Waits until the element's shadow root has a match for the selector (and, if given, with this text), then
 * for the element's update to be complete: the form builds its sections past the first screen after its
 * first frame, and the story test's axe checks the whole state, not its first screen.
 */
export async function shows(el: Element, selector: string, text?: string | RegExp): Promise<Element> {
  const found = await waitFor(
    () => {
      const found = inShadow(el, selector).find((match) => {
        if (text === undefined) return true;
        const content = match.textContent?.replace(/\s+/g, ' ') ?? '';
        return typeof text === 'string' ? content.includes(text) : text.test(content);
      });
      if (!found)
        throw new Error(`<${el.localName}> does not show ${selector}${text ? ` with "${String(text)}"` : ''} yet`);
      return found;
    },
    { timeout: 10_000 },
  );
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  return found;
}

/** Chooses files on a file input as a person would (the input's `change` event). */
export function chooseFiles(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** A file of the given size whose first bytes are a real PDF header (the server checks magic numbers). */
export function pdfFile(name: string, sizeBytes: number): File {
  const bytes = new Uint8Array(sizeBytes);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return new File([bytes], name, { type: 'application/pdf' });
}
