import type { ReactiveControllerHost } from 'lit';
import type { SessionClient } from './session.client.js';

/**
 * Whether the platform offers ProConnect (`GET /v1/auth/methods`), asked once per platform. Its
 * button and popup are a chunk of their own (`session.proconnect.ts`), loaded only when it does.
 */
export class ProConnectOffer {
  /** Whether the platform offers ProConnect. */
  available = false;
  private checkedFor = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The platform's resolved URL. */
    private readonly base: () => string,
    /** The platform offers it and the sign-in step is next: its button's chunk, awaited before the step shows. */
    private readonly offered: () => Promise<unknown>,
  ) {}

  /** Whether the platform of the current `api-base` was asked already (its answer is in `available`). */
  get known(): boolean {
    return this.checkedFor !== '' && this.checkedFor === this.base();
  }

  /** Asks the platform once whether it offers ProConnect; a platform that does not answer shows no button. */
  async check(client: SessionClient, signInNext = false): Promise<void> {
    const base = this.base();
    if (this.checkedFor === base) return;
    this.checkedFor = base;
    try {
      this.available = (await client.auth.methods()).proConnect;
    } catch {
      this.available = false;
      this.checkedFor = '';
    }
    // Signed in, the button waits: its chunk comes when the sign-in step does (a sign-out).
    if (this.available && signInNext) await this.offered();
    this.host.requestUpdate();
  }
}
