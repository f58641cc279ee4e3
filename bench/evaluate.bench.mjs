// The rules of @qmi/validators: time of one full evaluate() (target: under 50 µs, so that it can run
// on every keystroke), against one zod parse of the same dossier measured in the same run, and the
// gzip size of the package's browser bundle, communes list included.
import { buildSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../scripts/lib/setup.mjs';

const TARGET_US = 50;
const BATCHES = 30;
const PER_BATCH = 500;

const core = await import(path.join(ROOT, 'packages/core/dist/index.js'));
const { exampleDossier } = await import(path.join(ROOT, 'packages/core/dist/testing/index.js'));
const { evaluate } = await import(path.join(ROOT, 'packages/validators/dist/index.js'));
const { fullDossier } = await import(path.join(ROOT, 'bench/dossier.mjs'));

const document = (kind, partnerId) => ({
  id: `doc-${kind}-${partnerId ?? ''}`,
  kind,
  filename: `${kind}.pdf`,
  mediaType: 'application/pdf',
  sizeBytes: 2_000_000,
  sha256: 'a'.repeat(64),
  uploadedAt: '2023-12-01T09:00:00Z',
  ...(partnerId ? { partnerId } : {}),
});
const withDocuments = (dossier) => ({
  ...dossier,
  commune: '93066',
  documents: [
    document('mayor_letter'),
    document('sector_sheet'),
    ...dossier.partners.filter((p) => p.supportLetter).map((p) => document('partner_support', p.id)),
  ],
});

const now = new Date('2023-12-01T09:00:00Z');
const cases = [
  ['complete dossier (example, 2 partners)', withDocuments(exampleDossier())],
  ['complete dossier (full, 30 partners)', withDocuments(fullDossier())],
  ['empty dossier (commune only)', { commune: '93066' }],
];

/** Median time per call in µs over several batches: robust to a stray GC pause or a busy neighbour. */
function time(fn) {
  for (let i = 0; i < 2000; i++) fn();
  const perCall = [];
  for (let b = 0; b < BATCHES; b++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < PER_BATCH; i++) fn();
    perCall.push(Number(process.hrtime.bigint() - start) / 1000 / PER_BATCH);
  }
  perCall.sort((a, b) => a - b);
  return { median: perCall[Math.floor(BATCHES / 2)], p90: perCall[Math.floor(BATCHES * 0.9)] };
}

const pad = (value, width) => String(value).padStart(width);
console.log(`\nqmi-kit bench: @qmi/validators evaluate() (Node ${process.version})`);
console.log('baseline: ApplicationContent.safeParse() of the same dossier, one zod parse, measured in the same run\n');
console.log(
  `${'dossier'.padEnd(42)}${pad('evaluate µs', 13)}${pad('p90 µs', 9)}${pad('zod µs', 9)}${pad('ratio', 8)}  target`,
);
const results = [];
for (const [label, application] of cases) {
  const report = evaluate(application, core.QMI_2, { now });
  if (label.startsWith('complete') && !report.readyToSubmit)
    throw new Error(`${label} is not complete: ${report.issues.map((i) => i.rule).join(', ')}`);
  const run = time(() => evaluate(application, core.QMI_2, { now }));
  const baseline = time(() => core.ApplicationContent.safeParse(application));
  const ratio = run.median / baseline.median;
  results.push({
    dossier: label,
    evaluateUs: +run.median.toFixed(2),
    p90Us: +run.p90.toFixed(2),
    zodParseUs: +baseline.median.toFixed(2),
    ratio: +ratio.toFixed(2),
    issues: report.issues.length,
  });
  console.log(
    `${label.padEnd(42)}${pad(run.median.toFixed(1), 13)}${pad(run.p90.toFixed(1), 9)}${pad(baseline.median.toFixed(1), 9)}${pad(ratio.toFixed(2), 8)}  ${run.median < TARGET_US ? `under ${TARGET_US} µs` : `OVER ${TARGET_US} µs`}`,
  );
}

// The browser bundle a partner page would load for the rules: esbuild, minified, gzip -9.
const bundle = buildSync({
  entryPoints: [path.join(ROOT, 'packages/validators/dist/index.js')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
});
const bytes = bundle.outputFiles[0].contents;
// Only the modules that put bytes in the output: the metafile also lists those merely examined.
const inputs = Object.entries(Object.values(bundle.metafile.outputs)[0].inputs)
  .filter(([, input]) => input.bytesInOutput > 0)
  .map(([name]) => name);
const communes = fs.readFileSync(path.join(ROOT, 'packages/validators/src/communes/mgp-communes.data.ts'));
const gz = (buffer) => gzipSync(buffer, { level: 9 }).length;
console.log(
  `\nbrowser bundle of @qmi/validators: ${bytes.length} B minified, ${gz(bytes)} B gzip (communes list alone: ${gz(communes)} B gzip)`,
);
console.log(
  `modules in it: ${inputs.length}; zod ${inputs.some((i) => i.includes('node_modules/zod')) ? 'INCLUDED' : 'not included'}; ky ${inputs.some((i) => i.includes('node_modules/ky')) ? 'INCLUDED' : 'not included'}`,
);
console.log(
  JSON.stringify({
    bench: 'qmi-validators-evaluate',
    node: process.version,
    targetUs: TARGET_US,
    results,
    bundle: { minified: bytes.length, gzip: gz(bytes), communesGzip: gz(communes) },
  }),
);
