// Debian's Chromium driven by puppeteer-core, as the tests and benchmarks outside @web/test-runner
// use it: headless, as root (hence --no-sandbox), and with none of its background connections
// (this machine's network is closed; they would only fail and slow it down).
import puppeteer from 'puppeteer-core';
import { ensureChromium } from './setup.mjs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `userDataDir` keeps one browser profile across launches and reloads, as a person's browser does. */
export function launchChromium({ userDataDir } = {}) {
  return puppeteer.launch({
    executablePath: ensureChromium(),
    args: CHROMIUM_ARGS,
    ...(userDataDir ? { userDataDir } : {}),
  });
}
