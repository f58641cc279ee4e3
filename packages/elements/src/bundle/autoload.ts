/** A tag and how to load the module that defines it: a literal `import()`, so the build splits it out. */
export type ElementLoaders = Readonly<Record<string, () => Promise<unknown>>>;

/**
 * Several of a bundle's elements in one file, for the page that shows them together: its module defines
 * them (static imports) and gives the loaders of every other tag, built with it so that they reuse its code.
 */
export interface Preset {
  /** Whether a page showing these (not yet defined) tags of the bundle is better served by the preset. */
  suits(tags: ReadonlySet<string>): boolean;
  /** Imports the preset's file: its `loaders` then serve every tag of the bundle. */
  load(): Promise<{ loaders: ElementLoaders }>;
}

/**
 * What a single-file bundle exports to define its elements on demand: `load` one tag, or `discover` those
 * under a root it does not watch.
 */
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
 * that defines everything. With a `preset`, a page showing the elements it suits loads them as one file. (Shoelace's autoloader, with the tags known in advance instead of guessed paths.)
 */
export function autoload(loaders: ElementLoaders, preset?: Preset): Autoloader {
  const requested = new Map<string, Promise<void>>();
  const wanted = (element: Element): boolean =>
    Object.hasOwn(loaders, element.localName) && !customElements.get(element.localName);
  const undefinedTags = (root: ParentNode): Set<string> => {
    const tags = new Set<string>();
    if (root instanceof Element && wanted(root)) tags.add(root.localName);
    for (const element of root.querySelectorAll(':not(:defined)')) if (wanted(element)) tags.add(element.localName);
    return tags;
  };

  // One build per page: the first load decides, from every tag the document shows then, between the
  // elements' own chunks and the preset (whose loaders serve every later tag too). Never both: the two are
  // separate builds, each with its own copy of lit, so one page must not mix their elements.
  let chosen: Promise<ElementLoaders> | undefined;
  const choose = (tag: string): Promise<ElementLoaders> => {
    if (chosen) return chosen;
    const shown = undefinedTags(document);
    shown.add(tag);
    chosen = preset?.suits(shown)
      ? preset.load().then((module) => module.loaders)
      : import('./context-root.js').then(({ attachContextRoot }) => {
          attachContextRoot();
          return loaders;
        });
    // A file that could not be fetched (offline): the next load decides again.
    const current = chosen;
    current.catch(() => {
      if (chosen === current) chosen = undefined;
    });
    return current;
  };

  const load = (name: string): Promise<void> => {
    const tag = name.toLowerCase();
    if (!Object.hasOwn(loaders, tag))
      return Promise.reject(new Error(`@qmi/elements: no element <${tag}> in this bundle`));
    let loading = requested.get(tag);
    if (!loading) {
      loading = choose(tag)
        .then((chosenLoaders) => chosenLoaders[tag]!())
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

  const discover = (root: ParentNode): Promise<void> =>
    Promise.all([...undefinedTags(root)].map(load)).then(() => undefined);
  const quietly = (root: ParentNode) => void discover(root).catch(() => undefined);

  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) quietly(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
  quietly(document);
  // What failed while offline is tried again when the connection returns.
  addEventListener('online', () => quietly(document));
  return { load, discover };
}
