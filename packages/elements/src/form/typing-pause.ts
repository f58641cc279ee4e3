/**
 * Waits for a pause in the person's typing in the form. Asking to sign in again (the session expired
 * while they typed) opens a modal dialog that takes the focus: opened mid-sentence, the rest of the
 * sentence went into its password field, and Enter would have sent it as a password. The dialog waits
 * for a pause; meanwhile the edits are kept (the journal) and the status says the session expired.
 */
export class TypingPause {
  private last = Number.NEGATIVE_INFINITY;

  /** @param quietMs How long without a keystroke counts as a pause: longer than between words. */
  constructor(
    host: HTMLElement,
    private readonly quietMs = 2000,
  ) {
    // Typing anywhere in the form: `input` events are composed, so they reach the host from its shadow root.
    host.addEventListener('input', () => (this.last = performance.now()));
  }

  /** Resolves once nothing was typed for `quietMs` (at once if nothing was typed lately). */
  async paused(): Promise<void> {
    for (let left = this.remaining(); left > 0; left = this.remaining())
      await new Promise((resolve) => setTimeout(resolve, left));
  }

  private remaining(): number {
    return this.last + this.quietMs - performance.now();
  }
}
