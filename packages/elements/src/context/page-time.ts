import type { ClientBase } from '@qmi/core';

/** Platform time minus device time, as a server-rendered page stated it (`@qmi/elements/ssr`). */
let pageOffset: number | undefined;

/**
 * The platform's time when the page was rendered on a server (read by `@qmi/elements/ssr-client`): until
 * the platform answers, elements count from it rather than from the device's clock, so that what they show
 * once hydrated is what the server showed (a sandbox's demo clock, a town hall PC's wrong clock), and they
 * do not ask the platform for it. `undefined` forgets it.
 */
export function setPageTime(iso: string | undefined): void {
  const stated = Date.parse(iso ?? '');
  pageOffset = Number.isNaN(stated) ? undefined : stated - Date.now();
}

/** Whether the page stated the platform's time (no need to ask the platform for it). */
export const pageTimeKnown = (): boolean => pageOffset !== undefined;

/** The platform's time: its client's clock once an answer told it, else the page's, else the device's. */
export const platformNow = (client?: ClientBase): Date =>
  client?.clock.known ? client.clock.now() : new Date(Date.now() + (pageOffset ?? 0));
