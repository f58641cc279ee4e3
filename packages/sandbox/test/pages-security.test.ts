// The sandbox's own pages (the demo page `/` and the API reference `/docs`) as an attacker meets
// them: they cannot be framed (clickjacking), sniffed into another type, made to run a script
// someone slipped into them, or made to send the API calls of the demo page to another host by a
// forged `Host` header. And the demo page still works under its policy, in real Chromium.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { configFromEnv } from '../src/index.js';
import { raw, startTestSandbox } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The real @qmi/elements bundle, as `npm start` serves it (npm test builds it first). */
const BUNDLE = path.join(ROOT, 'packages/elements/dist/qmi-elements.bundle.js');
const DEMO = { email: 'mairie.demo@qmi.example', password: 'commune-demo-2023' };

const launchChromium = async (): Promise<Browser> =>
  (
    (await import(new URL('../../../scripts/lib/browser.mjs', import.meta.url).href)) as {
      launchChromium: () => Promise<Browser>;
    }
  ).launchChromium();

const sandbox = await startTestSandbox({ demoAccount: DEMO, demoCommune: '93066', elementsBundle: BUNDLE });

/** A GET with a Host header of the caller's choice (fetch does not let a caller set Host). */
const getWithHost = (url: string, host: string) =>
  new Promise<{ status: number; text: string }>((resolve, reject) => {
    http
      .get(url, { headers: { host } }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      })
      .on('error', reject);
  });

/** The directives of a Content-Security-Policy header, by name. */
const directives = (header: string | null) =>
  new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );

for (const pathname of ['/', '/docs']) {
  test(`${pathname} cannot be framed, sniffed or made to run an injected inline script`, async () => {
    const page = await raw(sandbox, 'GET', pathname);
    assert.equal(page.status, 200);
    const csp = directives(page.headers.get('content-security-policy'));
    assert.deepEqual(csp.get('frame-ancestors'), ["'none'"], 'no other page may frame it');
    assert.deepEqual(csp.get('base-uri'), ["'none'"]);
    assert.deepEqual(csp.get('object-src'), ["'none'"]);
    assert.deepEqual(csp.get('default-src'), ["'none'"], 'whatever is not named is refused');
    for (const name of ['script-src', 'style-src']) {
      assert.ok(!(csp.get(name) ?? []).includes("'unsafe-inline'"), `${name} without 'unsafe-inline'`);
    }
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(page.headers.get('referrer-policy'), 'no-referrer');

    // Each inline <style> and every <script> carries the response's nonce: nothing else runs.
    const nonce = /'nonce-([^']+)'/.exec((csp.get('style-src') ?? []).join(' '))?.[1];
    assert.ok(nonce && nonce.length >= 22, 'a nonce of 128 bits or more');
    const tags = [...page.text.matchAll(/<(script|style)\b[^>]*>/g)].map((m) => m[0]);
    assert.ok(tags.length > 0);
    for (const tag of tags) assert.ok(tag.includes(` nonce="${nonce}"`), `${tag} carries the nonce`);
    const again = await raw(sandbox, 'GET', pathname);
    assert.notEqual(
      /'nonce-([^']+)'/.exec(again.headers.get('content-security-policy') ?? '')?.[1],
      nonce,
      'a new nonce for each answer',
    );
  });
}

test("a forged Host header does not change where the demo page's components send their API calls", async () => {
  const page = await getWithHost(`${sandbox.url}/`, 'attacker.example');
  assert.equal(page.status, 200);
  assert.doesNotMatch(page.text, /attacker\.example/);
  assert.match(page.text, new RegExp(`<qmi-session api-base="${sandbox.url}"`));
});

test('QMI_PUBLIC_URL gives the demo page its API address; by default it is the address the server listens on', async () => {
  assert.equal(
    configFromEnv({ QMI_PUBLIC_URL: 'https://bac-a-sable.qmi.example/' }).publicUrl,
    'https://bac-a-sable.qmi.example',
  );
  assert.equal(configFromEnv({}).publicUrl, undefined);
  assert.throws(() => configFromEnv({ QMI_PUBLIC_URL: 'bac-a-sable.qmi.example' }), /QMI_PUBLIC_URL/);
  assert.throws(() => configFromEnv({ QMI_PUBLIC_URL: 'javascript:alert(1)' }), /QMI_PUBLIC_URL/);

  const behindProxy = await startTestSandbox({ publicUrl: 'https://bac-a-sable.qmi.example', elementsBundle: BUNDLE });
  assert.equal(behindProxy.publicUrl, 'https://bac-a-sable.qmi.example');
  const page = await raw(behindProxy, 'GET', '/');
  assert.match(page.text, /<qmi-session api-base="https:\/\/bac-a-sable\.qmi\.example"/);
  assert.ok(
    directives(page.headers.get('content-security-policy'))
      .get('connect-src')
      ?.includes('https://bac-a-sable.qmi.example'),
    'the components may call the API at its public address',
  );
  assert.equal(sandbox.publicUrl, sandbox.url);

  const configuration = fs.readFileSync(path.join(ROOT, 'docs/operators/configuration.md'), 'utf8');
  assert.match(configuration, /^\| `QMI_PUBLIC_URL` \|/m, "the operators' configuration page documents it");
});

test('the demo page runs its components under its policy: they sign in and load, with no policy violation, and an injected handler does not run', async () => {
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    const refused: string[] = [];
    tab.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
    });
    tab.on('pageerror', (error) => refused.push(`page error: ${String(error)}`));
    await tab.evaluateOnNewDocument(() => {
      const seen: string[] = [];
      Object.assign(window, { cspViolations: seen });
      document.addEventListener('securitypolicyviolation', (event) =>
        seen.push(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        ),
      );
    });
    await tab.setExtraHTTPHeaders({ 'accept-language': 'fr' });
    await tab.goto(sandbox.url, { waitUntil: 'networkidle0' });
    // The call, from the API: the checklist names the criteria; the demo commune's thread: messages ready.
    const shadowText = (selector: string) =>
      tab
        .waitForFunction(
          (s: string) => document.querySelector(s)?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() || false,
          { timeout: 15_000 },
          selector,
        )
        .then((handle) => handle.jsonValue() as Promise<string>);
    assert.match(await shadowText('qmi-criteria-checklist'), /Pertinence du défi/);
    assert.match(await shadowText('qmi-application-form'), /\S/);
    assert.match(await shadowText('qmi-messages'), /\S/);
    // One probe is expected, and harmless: zod 4 (in @qmi/core) tries `new Function('')` once to learn
    // whether it may compile its parsers, and falls back to plain parsing when the policy says no.
    const zodProbe = /^script-src eval |Refused to evaluate a string as JavaScript/;
    const violations = await tab.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    assert.deepEqual(
      violations.filter((v) => !zodProbe.test(v)),
      [],
    );
    assert.ok(violations.length <= 1, `at most zod's one probe: ${violations.join(', ')}`);
    assert.deepEqual(
      refused.filter((v) => !zodProbe.test(v)),
      [],
    );

    // What an HTML injection would add: an inline event handler. The policy stops it.
    await tab.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<img src="data:," alt="" onerror="window.injected = true">');
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(await tab.evaluate(() => (window as unknown as { injected?: boolean }).injected ?? false), false);
  } finally {
    await browser.close();
  }
});
