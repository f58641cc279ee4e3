import { ContextRoot } from '@lit/context';

/** A tag and how to load the module that defines it: a literal `import()`, so the build splits it out. */
export type ElementLoaders = Readonly<Record<string, () => Promise<unknown>>>;

export interface Autoloader {
  /** Loads the element's code (once) and resolves when the tag is defined. */
  load(tag: string): Promise<void>;
  /** Loads every known element not yet defined under `root` (e.g. a shadow root the page made). */
  discover(root: ParentNode): Promise<void>;
}

/**
 * The single-file bundle's start: it defines nothing itself. Each `qmi-*` tag seen in the document (now,
 * or added later) loads its element's chunk, from beside the bundle: the chunks are `import()`s with
 * relative specifiers, which resolve against the bundle's own URL, so the bundle works from any CDN path.
 * A page pays for the elements it shows, and `customElements.whenDefined(tag)` works as with a bundle
 * that defines everything. (Shoelace's autoloader, with the tags known in advance instead of guessed paths.)
 */
export function autoload(loaders: ElementLoaders): Autoloader {
  const requested = new Map<string, Promise<void>>();

  const load = (name: string): Promise<void> => {
    const tag = name.toLowerCase();
    const loader = loaders[tag];
    if (!loader) return Promise.reject(new Error(`@qmi/elements: no element <${tag}> in this bundle`));
    let loading = requested.get(tag);
    if (!loading) {
      loading = loader()
        .then(() => customElements.whenDefined(tag))
        .then(() => undefined);
      // A chunk that could not be fetched (offline, CDN down) is asked for again later, not given up on.
      loading.catch((error: unknown) => {
        requested.delete(tag);
        console.error(`@qmi/elements: <${tag}> could not be loaded`, error);
      });
      requested.set(tag, loading);
    }
    return loading;
  };

  const wanted = (element: Element): boolean =>
    Object.hasOwn(loaders, element.localName) && !customElements.get(element.localName);

  const discover = (root: ParentNode): Promise<void> => {
    const tags = new Set<string>();
    if (root instanceof Element && wanted(root)) tags.add(root.localName);
    for (const element of root.querySelectorAll(':not(:defined)')) if (wanted(element)) tags.add(element.localName);
    return Promise.all([...tags].map(load)).then(() => undefined);
  };
  const quietly = (root: ParentNode) => void discover(root).catch(() => undefined);

  // Elements now load in any order: a child may ask for <qmi-session>'s client before the session is
  // defined. The context root keeps such requests and replays them when the session starts providing.
  new ContextRoot().attach(document.documentElement);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) quietly(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
  quietly(document);
  // What failed while offline is tried again when the connection returns.
  addEventListener('online', () => quietly(document));
  return { load, discover };
}
