import type { ClientBase, PlatformClock } from '@qmi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageTimeKnown, platformNow } from './page-time.js';

/**
 * Clocks already asked for the platform's time: one request per platform client, however many elements
 * share it (each element's client is its own object over the same base, and the same clock).
 */
const asked = new WeakSet<PlatformClock>();

/**
 * The instant that decides what a component shows (is the call open? how long until the deadline?):
 * the platform's time, never the device's, since a town-hall PC's clock may be wrong and the sandbox
 * runs its own demo clock. The client learns the platform's time from every answer (`client.clock`);
 * a component whose first answer has not come yet asks for it once (`client.syncClock()`, a cheap public
 * route), and re-renders when the platform's time becomes known or moves.
 *
 * A `now` attribute still freezes time, for stories and tests.
 */
export class PlatformTime implements ReactiveController {
  private watched: ClientBase | undefined;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly frozen: () => string,
    private readonly client: () => ClientBase | undefined,
  ) {
    host.addController(this);
  }

  /** The platform's time now (or the frozen `now`); the page's or the device's while the platform has not answered (`platformNow`). */
  get now(): Date {
    const frozen = this.frozen();
    if (frozen) return new Date(frozen);
    return platformNow(this.client());
  }

  hostUpdate(): void {
    const client = this.client();
    if (client === this.watched) return;
    this.watched?.clock.removeEventListener('change', this.onChange);
    this.watched = client;
    client?.clock.addEventListener('change', this.onChange);
    if (client && !client.clock.known && !this.frozen() && !asked.has(client.clock) && !pageTimeKnown()) {
      asked.add(client.clock);
      // Any answer tells the time; this one is for components that may never send a request of their own.
      client.syncClock().catch(() => undefined);
    }
  }

  hostDisconnected(): void {
    this.watched?.clock.removeEventListener('change', this.onChange);
    this.watched = undefined;
  }
}
