// Upload throughput on loopback: a 100 MB file sent over tus to the sandbox in 5 MB chunks
// (tus-js-client in Node, the chunk size the components use), against a plain single-request upload
// of the same file to the same sandbox (one POST carrying the whole file), in the same run (target:
// at least 80% of it). For reference, a bare Node server only writing the request to disk.
// Also the gzip size the uploader adds to a page.
import { buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../scripts/lib/setup.mjs';

const SIZE = 100 * 1024 * 1024;
const ROUNDS = 3;
const core = await import(path.join(ROOT, 'packages/core/dist/index.js'));
const { startSandbox, silentLogger } = await import(path.join(ROOT, 'packages/sandbox/dist/index.js'));

// A PDF-looking file: the platform checks the first bytes.
const file = Buffer.alloc(SIZE, 0x20);
file.write('%PDF-1.7\n');
const sha = createHash('sha256').update(file).digest('hex');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-bench-upload-'));
const metadata = (fields) =>
  Object.entries(fields)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');
const mbps = (bytes, ms) => bytes / (1024 * 1024) / (ms / 1000);

/** The baseline: one PUT of the whole file to a server that only writes it to disk. */
async function plainUpload() {
  const target = path.join(work, 'plain.bin');
  const server = http.createServer(async (req, res) => {
    await pipeline(req, fs.createWriteStream(target));
    res.writeHead(201).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const start = performance.now();
  const response = await fetch(`http://127.0.0.1:${server.address().port}/upload`, {
    method: 'PUT',
    body: file,
    duplex: 'half',
  });
  const ms = performance.now() - start;
  server.close();
  if (response.status !== 201 || fs.statSync(target).size !== SIZE)
    throw new Error('the plain upload did not store the file');
  fs.rmSync(target);
  return ms;
}

// The QMI 2 limits stop at 20 MB a file: the bench's call has one kind that takes 100 MB.
const BENCH_CALL = {
  ...core.QMI_2,
  id: 'qmi-2-bench',
  documentKinds: [{ ...core.QMI_2.documentKinds[0], id: 'large', maxSizeBytes: 2 * SIZE, maxCount: 10 }],
  maxTotalDocumentBytes: 10 * SIZE,
};
const sandbox = await startSandbox({
  dataDir: path.join(work, 'sandbox'),
  port: 0,
  log: silentLogger,
  calls: [core.QMI_2, BENCH_CALL],
});
try {
  const client = core.createClient({ baseUrl: sandbox.url });
  await client.auth.signUp({ email: 'bench.upload@mairie.example', password: 'un mot de passe assez long' });
  const results = [];
  for (let round = 0; round < ROUNDS; round++) {
    const plainMs = await plainUpload();
    const single = await client.applications.create('qmi-2-bench', { commune: ['92012', '93048', '94080'][round] });
    let start = performance.now();
    const one = await fetch(`${sandbox.url}/v1/uploads`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await client.getToken()}`,
        'tus-resumable': '1.0.0',
        'upload-length': String(SIZE),
        'content-type': 'application/offset+octet-stream',
        'upload-metadata': metadata({
          applicationId: single.id,
          kind: 'large',
          filename: 'gros.pdf',
          filetype: 'application/pdf',
        }),
      },
      body: file,
      duplex: 'half',
    });
    const singleMs = performance.now() - start;
    if (one.status !== 201 || !one.headers.get('qmi-document-id'))
      throw new Error(`the single-request upload failed: ${one.status} ${await one.text()}`);
    const application = await client.applications.create('qmi-2-bench', {
      commune: ['93066', '75056', '94028'][round],
    });
    start = performance.now();
    const upload = core.startUpload(client, file, {
      applicationId: application.id,
      kind: 'large',
      filename: 'gros.pdf',
      filetype: 'application/pdf',
      ...(process.env.CHUNK_MB ? { chunkSize: Number(process.env.CHUNK_MB) * 1024 * 1024 } : {}),
    });
    const document = await upload.done;
    const tusMs = performance.now() - start;
    if (document.sha256 !== sha) throw new Error('the stored file differs from the original');
    results.push({ plainMs, singleMs, tusMs });
  }
  const best = (key) => Math.min(...results.map((r) => r[key]));
  const plain = mbps(SIZE, best('plainMs'));
  const single = mbps(SIZE, best('singleMs'));
  const tus = mbps(SIZE, best('tusMs'));
  const uploader = buildSync({
    entryPoints: [path.join(ROOT, 'packages/elements/dist/uploader/uploader.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  }).outputFiles[0].contents;
  console.log(`\nqmi-kit bench: a ${SIZE / 1024 / 1024} MB upload on loopback (best of ${ROUNDS})`);
  console.log(`single-request upload to the sandbox (baseline)    ${single.toFixed(0)} MB/s`);
  console.log(
    `resumable upload, 5 MB chunks (tus-js-client)      ${tus.toFixed(0)} MB/s   ratio ${(tus / single).toFixed(2)} (target ≥ 0.80: ${tus / single >= 0.8 ? 'met' : 'NOT MET'})`,
  );
  console.log(
    `for reference: a bare server writing to disk       ${plain.toFixed(0)} MB/s   (the sandbox adds auth, type check, SHA-256, SQLite)`,
  );
  console.log(
    `<qmi-document-uploader> bundled alone: ${(gzipSync(uploader, { level: 9 }).length / 1024).toFixed(1)} KB gzip`,
  );
  console.log(
    JSON.stringify({
      bench: 'qmi-upload',
      sizeBytes: SIZE,
      singleMBps: +single.toFixed(1),
      tusMBps: +tus.toFixed(1),
      bareMBps: +plain.toFixed(1),
      ratio: +(tus / single).toFixed(3),
    }),
  );
} finally {
  await sandbox.close();
  fs.rmSync(work, { recursive: true, force: true });
}
