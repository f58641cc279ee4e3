// In headless Chromium against a real sandbox: the time from an edit to its durable save on the
// device (IndexedDB), against the same edit with an in-memory journal. The form's first render and the
// bundle's start-up are measured by bench/browser/startup.bench.mjs; the sizes by scripts/budgets.mjs.
import { buildSync } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchChromium } from '../scripts/lib/browser.mjs';
import { ROOT } from '../scripts/lib/setup.mjs';
import { benchApplicant, benchSandboxOptions } from './applicant.mjs';

const EDITS = 200;
const { startSandbox, silentLogger } = await import(path.join(ROOT, 'packages/sandbox/dist/index.js'));
const { fullDossier } = await import(path.join(ROOT, 'bench/dossier.mjs'));

const page = buildSync({
  entryPoints: [path.join(ROOT, 'bench/browser/form-page.mjs')],
  bundle: true,
  format: 'esm',
  write: false,
  minify: true,
});
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-bench-form-'));
const sandbox = await startSandbox({ dataDir, port: 0, log: silentLogger, ...benchSandboxOptions });
const browser = await launchChromium();
try {
  // A commune's agent as the platform requires one (address confirmed, claim approved), with the full dossier.
  const { token, applicationId } = await benchApplicant(sandbox, {
    email: 'bench.form@mairie.example',
    dossier: fullDossier(),
  });

  const tab = await browser.newPage();
  await tab.goto(`${sandbox.url}/healthz`); // the sandbox's origin: its IndexedDB, no CORS
  await tab.addScriptTag({ content: page.outputFiles[0].text, type: 'module' });
  await tab.waitForFunction(() => typeof window.qmiBench === 'function');
  const r = await tab.evaluate((options) => window.qmiBench(options), {
    url: sandbox.url,
    token,
    applicationId,
    edits: EDITS,
  });

  console.log(`\nqmi-kit bench: the form in Chromium ${(await browser.version()).replace('Chrome/', '')}`);
  console.log(
    `edit -> durable on this device (IndexedDB)   median ${r.durableMedian.toFixed(2)} ms, p95 ${r.durableP95.toFixed(2)} ms   (${EDITS} edits)`,
  );
  // Means here: an in-memory edit is below the 0.1 ms resolution of the page's clock.
  console.log(
    `baseline: edit with an in-memory journal     mean ${r.memoryMean.toFixed(3)} ms against ${r.durableMean.toFixed(3)} ms durable: ratio ${(r.durableMean / Math.max(r.memoryMean, 0.001)).toFixed(1)}`,
  );
  console.log(JSON.stringify({ bench: 'qmi-form-browser', ...r }));
} finally {
  await browser.close();
  await sandbox.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
