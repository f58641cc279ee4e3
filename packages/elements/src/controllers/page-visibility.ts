import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the page is shown: `visibilitychange` heard while the host is in the document, and
 * `onChange` called at each change (the messages pause their polling while hidden, fetch and mark
 * what is read when shown again; the uploader reads the platform's list again when shown).
 */
export class PageVisibilityController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  /** The page is shown (a message on screen can be called read). */
  get visible(): boolean {
    return document.visibilityState === 'visible';
  }

  /** The page is hidden (another tab, a minimised window): no polling then. */
  get hidden(): boolean {
    return document.visibilityState === 'hidden';
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onChange);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onChange);
  }
}
