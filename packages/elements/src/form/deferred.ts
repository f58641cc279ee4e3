// The sections past the first screen and the items of a long dossier's lists (30 partners, 20 experts),
// built after the form's first frame.
//
// Most of a long dossier's first render is far below the first screen: its sections after the first (on
// the full dossier, 427 of the first frame's 539 elements once the lists waited, issue 17) and its list
// items (a partner is about 60 elements): building them all before the first frame made a person wait for
// what they cannot see yet. So a section past the first shows its title, busy (aria-busy), and when one
// update creates many items, the first ones are built at once and the others show as their titled
// fieldset, busy; both are built a few at a time in the frames that follow, in short slices (each its
// own task: the browser paints its frames and handles a keystroke between two slices, so scrolling and
// typing are never held up, and the whole dossier is there as soon as the slices allow, not one slice per
// frame). Chromium's scroll anchoring keeps what the person sees in place while they fill in.
//
// Nothing waits for them that a person or a page could tell: the form's `updateComplete` resolves once
// every item is built (`allBuilt`); a section or an item that a link names (`…#f-partners-24-name`) or
// that holds a conflict's chooser is built at once; taking the person to a field (`buildAll`) builds
// what is left first. An item added by the person (one new item in an update) is always built at once,
// so the focus can go into it.
import { nothing, type ChildPart } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';

/**
 * Items an update builds at once, whatever list they are in: each is a fieldset of several fields, so 8
 * fill more than a first screen even where a list opens the page (on the full dossier, the first item
 * starts some 2,000 px down). It was 16: on the full dossier, items 9 to 16 were 200 of the first frame's
 * 740 elements, for no one to see yet (measured with `npm run bench -- startup`).
 */
export const BUILT_AT_ONCE = 8;
/** The longest a slice of building holds the page: a keystroke or a frame due waits at most that long. */
const SLICE_MS = 8;

let channel: MessageChannel | undefined;
const queued: Array<() => void> = [];
/**
 * Runs `run` in a task of its own, after what is queued already (a frame due, a keystroke). Not a chain
 * of `setTimeout(0)`: from the fifth nested one, each waits 4 ms for nothing.
 */
function nextTask(run: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queued.shift()?.();
  }
  queued.push(run);
  channel.port2.postMessage(undefined);
}

/** Per form: the items created in the update under way, and those waiting to be built. */
class Backlog {
  created = 0;
  waiting: DeferredItem[] = [];
  private scheduled = false;
  private done: Array<() => void> = [];

  /** Counts an item created in this update (the count starts again with the next one). */
  count(): number {
    if (this.created === 0) queueMicrotask(() => (this.created = 0));
    return this.created++;
  }

  add(item: DeferredItem): void {
    this.waiting.push(item);
    if (this.scheduled) return;
    this.scheduled = true;
    // After the frame that shows the form: a task queued from a frame's callback runs once it is painted.
    requestAnimationFrame(() => setTimeout(() => this.buildSome()));
  }

  private buildSome(): void {
    const start = performance.now();
    while (this.waiting.length && performance.now() - start < SLICE_MS) this.waiting.shift()!.build();
    if (this.waiting.length) nextTask(() => this.buildSome());
    else this.settle();
  }

  buildAll(): void {
    while (this.waiting.length) this.waiting.shift()!.build();
    this.settle();
  }

  settle(): void {
    this.scheduled = this.waiting.length > 0;
    if (this.scheduled) return;
    for (const resolve of this.done.splice(0)) resolve();
  }

  /** Resolves once no item waits. */
  empty(): Promise<void> {
    return this.waiting.length ? new Promise((resolve) => this.done.push(resolve)) : Promise.resolve();
  }
}

const backlogs = new WeakMap<object, Backlog>();
const backlogOf = (host: object) => {
  let backlog = backlogs.get(host);
  if (!backlog) backlogs.set(host, (backlog = new Backlog()));
  return backlog;
};

class DeferredItem extends AsyncDirective {
  private make: () => unknown = () => undefined;
  private built = false;
  private seen = false;
  private backlog: Backlog | undefined;

  render(make: () => unknown, _placeholder: unknown, _atOnce: boolean): unknown {
    return make();
  }

  override update(part: ChildPart, [make, placeholder, atOnce]: Parameters<this['render']>): unknown {
    return this.decide(part, make, atOnce, true) ?? placeholder;
  }

  get isBuilt(): boolean {
    return this.built;
  }

  /** The item's template if it is built (now, or already), else undefined; `counted`: whether it takes one of the places built at once. */
  protected decide(part: ChildPart, make: () => unknown, atOnce: boolean, counted: boolean): unknown {
    // The latest template, so that an item built later shows the dossier as it is then; an item that
    // waits is not even templated (that work too is the first frame's).
    this.make = make;
    if (!this.seen) {
      this.seen = true;
      this.backlog = backlogOf(part.options?.host ?? globalThis);
      if (atOnce || (counted && this.backlog.count() < BUILT_AT_ONCE)) this.built = true;
      else this.backlog.add(this);
    } else if (atOnce) {
      // Waiting, and now it must be there (a conflict came into it): built with this update.
      this.built = true;
    }
    return this.built ? make() : undefined;
  }

  build(): void {
    if (this.built || !this.isConnected) return;
    this.built = true;
    this.setValue(this.make());
  }

  // An item gone from the page is not built; one put back is built with the others still waiting.
  protected override reconnected(): void {
    if (!this.built) this.backlog?.add(this);
  }
}

/**
 * A list item built now or after the first frame (see above): `make` templates the item, `placeholder` what
 * stands in its place meanwhile, `atOnce` an item that must be there now (a link names it).
 */
export const deferredItem = directive(DeferredItem);

/**
 * A section's content (what follows its title) past the first screen: built after the first frame, unless
 * `atOnce`; never counted among the items built at once. Its section (the part's parent) is `aria-busy`
 * until then: its title is there from the first frame, for the task list's links and a screen reader's
 * list of headings.
 */
class DeferredSection extends DeferredItem {
  private parent: Element | undefined;

  override update(part: ChildPart, [make, _placeholder, atOnce]: Parameters<this['render']>): unknown {
    this.parent = part.parentNode instanceof Element ? part.parentNode : undefined;
    const value = this.decide(part, make, atOnce, false);
    if (this.isBuilt) this.parent?.removeAttribute('aria-busy');
    else this.parent?.setAttribute('aria-busy', 'true');
    return value ?? nothing;
  }

  override build(): void {
    super.build();
    if (this.isBuilt) this.parent?.removeAttribute('aria-busy');
  }
}

/** A section's content built now (`atOnce`: the first sections, one a link names or a conflict is in) or after the first frame. */
export const deferredSection = directive(DeferredSection);

/** Resolves once every item of `host` waiting to be built is (at once when none waits). */
export const allBuilt = (host: object): Promise<void> => backlogs.get(host)?.empty() ?? Promise.resolve();

/** Builds every item of `host` still waiting, now (before taking the person to a field). */
export const buildAll = (host: object): void => backlogs.get(host)?.buildAll();
