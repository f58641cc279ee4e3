import { ConnectionError } from '@qmi/core';
import { html, nothing, type ReactiveElement } from 'lit';
import { connectionProblem } from '../i18n/connection.js';

/**
 * A part of the form that only some dossiers or moments need (the document uploader, the people panel,
 * the organisers' feedback, the commune picker), loaded with `import()` the first time it is asked for,
 * so that a page pays for it only when it shows it. The form asks for a part as soon as it knows it will
 * show it (while the dossier itself loads), so that it is usually there by the first render.
 *
 * A failed import (offline, the site's CDN down) is not final: the part is tried again when the browser
 * is back online (Chromium does not keep a failed module fetch), and meanwhile says so in its place.
 */
export class LazyPart<T> {
  private module: T | undefined;
  private loading: Promise<void> | undefined;
  private waitingForOnline = false;
  /** The last import failed and the part waits for the connection. */
  failed = false;

  constructor(
    /** The element that shows the part: it renders again when the part arrives or fails. */
    readonly host: ReactiveElement,
    private readonly importer: () => Promise<T>,
    /** Called once, when the module arrives (before the host renders with it). */
    private readonly loaded?: (module: T) => void,
  ) {}

  /** The module, once loaded. */
  get value(): T | undefined {
    return this.module;
  }

  /** Starts the import (once at a time; nothing once loaded). Resolves when it settled: it never rejects. */
  load(): Promise<void> {
    if (this.module) return Promise.resolve();
    this.loading ??= this.importer()
      .then(
        (module) => {
          this.module = module;
          this.failed = false;
          this.loaded?.(module);
        },
        () => {
          this.failed = true;
          this.retryWhenOnline();
        },
      )
      .finally(() => {
        this.loading = undefined;
        this.host.requestUpdate();
      });
    return this.loading;
  }

  private retryWhenOnline(): void {
    if (this.waitingForOnline) return;
    this.waitingForOnline = true;
    globalThis.addEventListener(
      'online',
      () => {
        this.waitingForOnline = false;
        void this.load();
      },
      { once: true },
    );
  }
}

/** The words of a part that could not be loaded: the form's usual connection message. */
export const unreachable = (element: Element): string | undefined =>
  connectionProblem(
    element,
    Object.assign(new ConnectionError('A part of the form could not be loaded.'), { reason: 'unreachable' as const }),
    undefined,
  );

/**
 * The connection message in a part's place. A live region only when the person just asked for the part
 * (a button): one present from the form's first render is read where it stands, not announced.
 */
export const partFailure = <T>(part: LazyPart<T>, announce = false) =>
  html`<p class="notice part-failed" role=${announce ? 'status' : nothing}>${unreachable(part.host)}</p>`;

/**
 * A lazy part in its place: what `shown` renders once the module is there; before, a busy placeholder
 * holding the part's usual height (no jump when it arrives); after a failed import, the connection
 * message (`failed`, by default `partFailure`), until the part arrives once the browser is back online.
 */
export function renderPart<T>(
  part: LazyPart<T>,
  shown: (module: T) => unknown,
  minHeight: string,
  failed: () => unknown = () => partFailure(part),
) {
  const module = part.value;
  if (module) return shown(module);
  // Not again after a failure: each attempt re-renders the host, which would ask again at once, in a
  // loop while offline; the part itself tries again on \`online\`.
  if (!part.failed) void part.load();
  return part.failed
    ? failed()
    : // Through the CSSOM, not a style attribute: a page whose CSP forbids inline styles allows it.
      html`<div class="part-pending" aria-busy="true" .style=${`min-height: ${minHeight}`}></div>`;
}
