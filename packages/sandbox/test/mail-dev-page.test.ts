// /dev/mail as a newcomer running `npm start` meets it: the e-mails of the demo, newest first, in
// French or English, their links clickable, their HTML shown without running anything; as JSON for
// the browser tests of a partner page; and nowhere at all when no local catcher runs (production).
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { raw, startTestSandbox, uniqueEmail } from './helpers.js';
import { FAST_RETRY, outboxOf } from './mail-helpers.js';

const PARTNER = 'http://partenaire.example:8000';
const sandbox = await startTestSandbox({ devMail: true, mailRetry: FAST_RETRY, allowedOrigins: [PARTNER] });
const outbox = outboxOf(sandbox.dataDir);
const first = uniqueEmail();
const second = uniqueEmail();
outbox.enqueue({ to: first, subject: { fr: 'Premier <b>e-mail</b>', en: 'First' } });
await sandbox.mail!.waitFor(first);
outbox.enqueue({ to: second, subject: { fr: 'Second e-mail', en: 'Second' } });
await sandbox.mail!.waitFor(second);

const directives = (header: string | null) =>
  new Map((header ?? '').split(';').map((part) => [part.trim().split(/\s+/)[0]!, part.trim().split(/\s+/).slice(1)]));

test('/dev/mail lists the caught e-mails newest first, in French, with their clickable links', async () => {
  const page = await raw(sandbox, 'GET', '/dev/mail');
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type')!, /text\/html/);
  const html = page.text;
  assert.match(html, /<html lang="fr">/);
  assert.match(html, /<h1>E-mails du bac à sable<\/h1>/);
  assert.ok(html.indexOf('Second e-mail') < html.indexOf('Premier'), 'newest first');
  assert.match(html, /Premier &lt;b&gt;e-mail&lt;\/b&gt;/, 'a subject is text, never markup');
  assert.match(html, new RegExp(`href="/dev/mail\\?to=${encodeURIComponent(first)}"`));
  assert.match(html, /<a href="http:\/\/localhost:8787\/#qmi-action=verify-email&amp;qmi-token=abc">/);
  assert.match(html, /<time datetime="\d{4}-\d\d-\d\dT/);
  assert.match(html, /Voir la version HTML de « Premier &lt;b&gt;e-mail&lt;\/b&gt; »/);
});

test('/dev/mail speaks English to an English browser', async () => {
  const page = await raw(sandbox, 'GET', '/dev/mail', { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
  assert.match(page.text, /<html lang="en">/);
  assert.match(page.text, /<h1>Sandbox e-mails<\/h1>/);
  assert.match(page.text, /View the HTML version/);
});

test('/dev/mail?to= shows one address’s e-mails', async () => {
  const page = await raw(sandbox, 'GET', `/dev/mail?to=${encodeURIComponent(second)}`);
  assert.match(page.text, /Second e-mail/);
  assert.doesNotMatch(page.text, /Premier/);
  assert.match(page.text, /<a href="\/dev\/mail">Voir les e-mails de toutes les adresses<\/a>/);
});

test('/dev/mail runs no script and cannot be framed', async () => {
  const page = await raw(sandbox, 'GET', '/dev/mail');
  const csp = directives(page.headers.get('content-security-policy'));
  assert.deepEqual(csp.get('default-src'), ["'none'"]);
  assert.equal(csp.get('script-src'), undefined, 'no script at all');
  assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
  assert.doesNotMatch(page.text, /<script/i);
});

test('an e-mail’s HTML opens in a sandbox: no script, nothing remote, no framing', async () => {
  const [mail] = sandbox.mail!.messages(first);
  const view = await raw(sandbox, 'GET', `/dev/mail/${mail!.id}/html`);
  assert.equal(view.status, 200);
  assert.equal(view.text, mail!.html);
  const csp = directives(view.headers.get('content-security-policy'));
  assert.ok(csp.has('sandbox'), 'an opaque origin where scripts do not run');
  assert.deepEqual(csp.get('sandbox'), []);
  assert.deepEqual(csp.get('default-src'), ["'none'"]);
  assert.deepEqual(csp.get('frame-ancestors'), ["'none'"]);
  assert.equal(view.headers.get('x-content-type-options'), 'nosniff');
  assert.equal((await raw(sandbox, 'GET', '/dev/mail/999999/html')).status, 404);
});

test('/dev/mail/messages?to= answers the e-mails of one address as JSON, to an allowed partner page too', async () => {
  const answer = await raw(sandbox, 'GET', `/dev/mail/messages?to=${encodeURIComponent(first.toUpperCase())}`, {
    headers: { origin: PARTNER },
  });
  assert.equal(answer.status, 200);
  assert.equal(answer.headers.get('access-control-allow-origin'), PARTNER);
  const { data } = JSON.parse(answer.text) as { data: { to: string[]; subject: string; text: string; html: string }[] };
  assert.equal(data.length, 1);
  assert.deepEqual(data[0]!.to, [first]);
  assert.equal(data[0]!.subject, 'Premier <b>e-mail</b>');
  assert.match(data[0]!.text, /qmi-token=abc/);
  const all = JSON.parse((await raw(sandbox, 'GET', '/dev/mail/messages')).text) as { data: { subject: string }[] };
  assert.equal(all.data[0]!.subject, 'Second e-mail', 'newest first');
  const stranger = await raw(sandbox, 'GET', '/dev/mail/messages', { headers: { origin: 'https://ailleurs.example' } });
  assert.equal(stranger.headers.get('access-control-allow-origin'), null);
});

test('/dev/mail is accessible (axe, WCAG 2.1 AA) and breaks no policy in Chromium; a mail’s HTML runs no script', async () => {
  const { launchChromium } = (await import(new URL('../../../scripts/lib/browser.mjs', import.meta.url).href)) as {
    launchChromium: () => Promise<Browser>;
  };
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const scripted = uniqueEmail();
  outbox.enqueue({ to: scripted, paragraphs: { fr: ['<script>document.title="pwned"</script>'], en: ['x'] } });
  await sandbox.mail!.waitFor(scripted);
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const violations: string[] = [];
    tab.on(
      'console',
      (message) => /Content Security Policy|Refused to/i.test(message.text()) && violations.push(message.text()),
    );
    await tab.goto(`${sandbox.url}/dev/mail`, { waitUntil: 'load' });
    // Run through the DevTools protocol, which the page's policy does not govern (the page runs no script of its own).
    await tab.evaluate(axeSource);
    const result = (await tab.evaluate(() =>
      (
        window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; help: string }[] }> } }
      ).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }),
    )) as { violations: { id: string; help: string }[] };
    assert.deepEqual(
      result.violations.map((v) => `${v.id}: ${v.help}`),
      [],
    );
    assert.deepEqual(violations, []);

    // The mail's own HTML, where a script would have been (escaped by composeMail, and refused anyway).
    const [mail] = sandbox.mail!.messages(scripted);
    await tab.goto(`${sandbox.url}/dev/mail/${mail!.id}/html`, { waitUntil: 'load' });
    assert.notEqual(await tab.title(), 'pwned');
  } finally {
    await browser.close();
  }
});

test('the demo page links to the e-mails when the catcher runs', async () => {
  const page = await raw(sandbox, 'GET', '/');
  assert.match(page.text, /<a href="\/dev\/mail">E-mails envoyés par le bac à sable/);
});

test('without a local catcher (production) there is no /dev/mail at all', async () => {
  const production = await startTestSandbox({ devMail: false });
  for (const pathname of ['/dev/mail', '/dev/mail/messages?to=a@b.example', '/dev/mail/1/html']) {
    const answer = await raw(production, 'GET', pathname);
    assert.equal(answer.status, 404, pathname);
    assert.match(answer.headers.get('content-type')!, /application\/problem\+json/);
  }
  assert.doesNotMatch((await raw(production, 'GET', '/')).text, /\/dev\/mail/);
});
