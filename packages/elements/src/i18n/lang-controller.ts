import type { Lang } from '@qmi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { langOf } from './lang.js';

type Host = ReactiveControllerHost & Element;

/** The controllers of the connected elements: each is asked again when some `lang` changes. */
const following = new Set<LangController>();
/** The document and the shadow roots already observed (an observer cannot observe a node twice anyway). */
const observed = new WeakSet<Node>();
let observer: MutationObserver | undefined;

/**
 * One observer for every element of the page, not one per element (Shoelace and Web Awesome observe
 * `<html>` only; we follow any ancestor, as `langOf` does). A `lang` that changes anywhere re-checks
 * each connected element's language: a walk up its ancestors, a few microseconds for a page of
 * components, and only elements whose language did change render again.
 */
function onLangChange(): void {
  for (const controller of following) controller.check();
}

/**
 * The document, and each shadow root between the element and the document: a `lang` that changes
 * inside a partner's own component counts too. A document-wide observer does not see into shadow
 * roots, so each is observed once, by the same observer.
 */
function observeAround(element: Element): void {
  observer ??= new MutationObserver(onLangChange);
  let root = element.getRootNode();
  for (;;) {
    if (!observed.has(root)) {
      observed.add(root);
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    if (!(root instanceof ShadowRoot)) return;
    root = root.host.getRootNode();
  }
}

/**
 * Re-renders its element when the element's language changes at run time: a `lang` set on `<html>`,
 * on any ancestor (through shadow roots), or on the element itself; or the element moved to a part of
 * the page in another language. Components read `langOf(this)` at each render, so a render is all a
 * change needs.
 */
export class LangController implements ReactiveController {
  /** The language of the last render. */
  private shown: Lang | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The element's language now. */
  get lang(): Lang {
    return langOf(this.host);
  }

  hostConnected(): void {
    observeAround(this.host);
    following.add(this);
    // Moved while disconnected (or put back elsewhere): render in the language of where it is now.
    this.check();
  }

  hostDisconnected(): void {
    following.delete(this);
  }

  hostUpdate(): void {
    this.shown = langOf(this.host);
  }

  /** Asks for a render when the language differs from the one shown (nothing before the first render). */
  check(): void {
    if (this.shown !== undefined && langOf(this.host) !== this.shown) this.host.requestUpdate();
  }
}
