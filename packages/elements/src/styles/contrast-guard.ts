import { unsafeCSS, type CSSResult } from 'lit';

/**
 * Under the high-contrast theme the theme's colours win over a page's own (docs/theming.md, "Which
 * wins"). Tokens are forced by themes/high-contrast.css itself; this guard covers what a page can
 * still paint from outside: colours in `::part` rules (and on the host), such as a light background
 * under the countdown's white text.
 *
 * Why it must live in the elements: a page's `::part` rule beats the element's own normal rules,
 * whatever their specificity (the outer context wins), and the theme cannot know each part's colours
 * in each state. Only an `!important` declaration from inside the shadow root beats an outer one,
 * even an outer `!important`. So each element repeats its own colour declarations with `!important`,
 * only while its ancestors say `--qmi-contrast: more` (set by the theme, queried with a container
 * style query): there its colours are exactly its usual high-contrast ones, and the rest of a
 * partner's `::part` rules (fonts, spacing, radius, border widths, capitals) still apply. Outside
 * high contrast nothing changes.
 *
 * Why the repeating is fetched, not shipped: only visitors under the theme need it, and they are few;
 * the others never pay for reading CSS (contrast-guard.derive.ts, a chunk of its own). Each element's
 * guard is one stylesheet, shared by its instances, written in place when the derivation arrives, so
 * every instance on the page takes it at once. It is fetched:
 * - before an element's first render when the element is under the theme then (QmiElement waits for
 *   it, as for its strings): a visitor of the theme never sees the page's `::part` colours first;
 * - when the theme comes on later (a page's switch, `prefers-contrast: more`): until then the guard
 *   holds a probe, an empty animation under the theme's flag, whose start says the theme is on.
 * Once here, it stays: later elements and later switches are guarded at once, as before.
 */
export function guardColours(styles: CSSResult[]): CSSResult[] {
  const entry = { styles, guard: unsafeCSS(derivation ? derivation.guardText(styles) : PROBE) };
  if (!derivation) waiting.push(entry);
  return [...styles, entry.guard];
}

type Derivation = typeof import('./contrast-guard.derive.js');
let derivation: Derivation | undefined;
let loading: Promise<void> | undefined;
let retryOnline = false;
/** The guards written with the probe, to write for real when the derivation arrives. */
const waiting: Array<{ styles: CSSResult[]; guard: CSSResult }> = [];

const PROBE_NAME = 'qmi-contrast-guard';
// !important: a page's animation on the host would otherwise hide the theme's coming (only until the guard arrives).
const PROBE = `@container style(--qmi-contrast: more) { :host { animation: ${PROBE_NAME} 1ms !important; } }
@keyframes ${PROBE_NAME} { to { opacity: 1; } }`;

/** Fetches the derivation (once) and writes every guard waiting for it; never rejects. */
function load(): Promise<void> {
  loading ??= import('./contrast-guard.derive.js').then(
    (module) => {
      derivation = module;
      for (const { styles, guard } of waiting.splice(0)) {
        const text = module.guardText(styles);
        // Both: elements not yet made read cssText; the sheet already adopted by shadow roots is changed in place.
        (guard as { cssText: string }).cssText = text;
        guard.styleSheet?.replaceSync(text);
      }
    },
    () => {
      // Offline, or the site's server down: the page's colours stay until the connection is back.
      loading = undefined;
      if (retryOnline) return;
      retryOnline = true;
      globalThis.addEventListener(
        'online',
        () => {
          retryOnline = false;
          void load();
        },
        { once: true },
      );
    },
  );
  return loading;
}

/**
 * What an element's first render waits for: nothing (undefined) once the guard is here or when the
 * element is not under the theme; else the guard, fetched now. A failed fetch does not hold it.
 */
export function contrastGuardBefore(host: Element): Promise<void> | undefined {
  if (derivation) return undefined;
  const root = host.getRootNode();
  listen(root);
  const under = inheritsNoTheme(root)
    ? false
    : getComputedStyle(host).getPropertyValue('--qmi-contrast').trim() === 'more';
  checked.set(host, under);
  return under ? load() : undefined;
}

/** The elements checked before their first render, and whether they were under the theme then. */
const checked = new WeakMap<Element, boolean>();

/**
 * Whether an element in `root` is known to be out of the theme without reading its style: it is in the
 * shadow root of an element checked out of it, and no element has met the theme since (nothing loading).
 * The flag is inherited and set by the page's stylesheets, which do not reach inside a shadow root: an
 * element there (a form's uploaders) has its host's value. Reading it would force the style of the whole
 * page, just built by the host's render, before each of these elements renders, instead of once in the
 * frame. Should the theme come on between the host's check and that frame, the probe fetches the guard
 * as it does for the host itself, already shown (see `listen`).
 */
function inheritsNoTheme(root: Node): boolean {
  return !loading && root instanceof ShadowRoot && checked.get(root.host) === false;
}

/**
 * Hears the probe of every element in `root` (the document, or a shadow root an element is in: a
 * partner's own component, say), since an animation's events do not leave the shadow root they start in.
 */
const heard = new WeakSet<Node>();
function listen(root: Node): void {
  if (heard.has(root)) return;
  heard.add(root);
  root.addEventListener('animationstart', (event) => {
    if ((event as AnimationEvent).animationName === PROBE_NAME) void load();
  });
}
