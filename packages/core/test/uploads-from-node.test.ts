import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ApiError, ConnectionError, createClient, startUpload } from '../src/index.js';
import { pdfBytes, pngBytes, sha256 } from './support/files.js';
import { applicant, nextCommune, rejection, startTestSandbox } from './support/sandbox.js';

/**
 * A developer scripting the platform from Node with `startUpload`, as docs/developers/uploads.md shows: every input
 * the types accept reaches the platform, and a failure says what really went wrong.
 */
const sandbox = await startTestSandbox();
const here = path.dirname(fileURLToPath(import.meta.url));

async function agentWithDraft(lang?: 'fr' | 'en') {
  const client = await applicant(sandbox, lang ? { lang } : {});
  const application = await client.applications.create('qmi-2', { commune: nextCommune() });
  return { client, application };
}

/** Fails the test rather than waiting out the retry delays (0 s, then about 1, 2, 4, 8, 16 s) of a refusal wrongly retried. */
const within = <T>(ms: number, promise: Promise<T>, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms).unref(),
    ),
  ]);

for (const [label, toInput] of [
  ['a Blob', (bytes: Buffer) => new Blob([new Uint8Array(bytes)], { type: 'application/pdf' })],
  ['a Uint8Array', (bytes: Buffer) => new Uint8Array(bytes)],
  ['a Buffer', (bytes: Buffer) => bytes],
] as const) {
  test(`${label} uploaded from Node with startUpload becomes a document of the dossier`, async () => {
    const { client, application } = await agentWithDraft();
    // Two chunks and a bit: the input is read chunk by chunk, and every byte arrives in order.
    const bytes = pdfBytes(2 * 64 * 1024 + 1000);
    const upload = startUpload(client, toInput(bytes), {
      applicationId: application.id,
      kind: 'sector_sheet',
      filename: 'fiche-secteur.pdf',
      chunkSize: 64 * 1024,
    });
    const document = await upload.done;
    assert.equal(upload.status, 'complete');
    assert.equal(document.filename, 'fiche-secteur.pdf');
    assert.equal(document.sizeBytes, bytes.length);
    assert.equal(document.sha256, sha256(bytes));
    const recorded = await client.documents.list(application.id);
    assert.deepEqual(
      recorded.map((d) => [d.id, d.kind, d.mediaType]),
      [[document.id, 'sector_sheet', 'application/pdf']],
    );
  });
}

test('a File from Node takes its name from the file, so filename may be left out', async () => {
  const { client, application } = await agentWithDraft();
  const bytes = pdfBytes(4000);
  const document = await startUpload(
    client,
    new File([new Uint8Array(bytes)], 'lettre-du-maire.pdf', { type: 'application/pdf' }),
    {
      applicationId: application.id,
      kind: 'mayor_letter',
    },
  ).done;
  assert.equal(document.filename, 'lettre-du-maire.pdf');
  assert.equal(document.sha256, sha256(bytes));
});

test('a bad input is refused on the spot, naming the real cause, never as a connection problem', async () => {
  const { client, application } = await agentWithDraft();
  const target = { applicationId: application.id, kind: 'sector_sheet', filename: 'fiche.pdf' };
  // A newcomer's first try: the path of the file instead of its bytes.
  const path = rejection((async () => startUpload(client, './fiche.pdf' as never, target).done)());
  const pathError = await path;
  assert.ok(!(pathError instanceof ConnectionError), `${pathError.name}: ${pathError.message}`);
  assert.equal(pathError.name, 'TypeError');
  assert.match(pathError.message, /File, a Blob or a Uint8Array/);
  assert.match(pathError.message, /got a string/);
  assert.match(pathError.message, /readFile/);

  // Bytes without a name: the platform would refuse them as an unknown type; say why before sending.
  const nameless = await rejection(
    (async () =>
      startUpload(client, new Uint8Array(pdfBytes(1000)), {
        applicationId: application.id,
        kind: 'sector_sheet',
      } as never).done)(),
  );
  assert.equal(nameless.name, 'TypeError');
  assert.match(nameless.message, /filename/);
  assert.deepEqual(await client.documents.list(application.id), []);
});

test('a file that cannot be read fails as a local error with its cause, not as an unreachable platform', async () => {
  const { client, application } = await agentWithDraft();
  // A Blob backed by a file on disk (Node's openAsBlob), and the file changed before it is sent.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-unreadable-'));
  const file = path.join(folder, 'fiche.pdf');
  fs.writeFileSync(file, pdfBytes(4000));
  const blob = await fs.openAsBlob(file, { type: 'application/pdf' });
  fs.writeFileSync(file, pdfBytes(1000));
  try {
    const upload = startUpload(client, blob, {
      applicationId: application.id,
      kind: 'sector_sheet',
      filename: 'fiche.pdf',
    });
    const error = await rejection(within(5000, upload.done, 'the failure'));
    assert.ok(!(error instanceof ConnectionError), `${error.name}: ${error.message}`);
    assert.equal(error.name, 'UploadReadError');
    assert.match(error.message, /^The file could not be read: /);
    assert.equal(error.cause.name, 'NotReadableError');
    assert.equal(upload.status, 'error');
    assert.deepEqual(await client.documents.list(application.id), []);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('a refusal is final at once (a full kind answers 409, not retried as a tus offset conflict), with its code', async () => {
  const { client, application } = await agentWithDraft();
  const target = { applicationId: application.id, kind: 'mayor_letter', filename: 'lettre.pdf' };
  await startUpload(client, pdfBytes(1000), target).done;
  const second = startUpload(client, pdfBytes(1000), target);
  const error = await rejection(within(3000, second.done, 'the refusal of a second mayor’s letter'));
  assert.ok(error instanceof ApiError);
  assert.equal(error.code, 'document_limit_reached');
  assert.equal(second.status, 'refused');
});

test('the same refusal on the bytes in French and in English: the tus requests carry the client’s language', async () => {
  const messages: Record<string, ApiError> = {};
  for (const lang of ['fr', 'en'] as const) {
    const { client, application } = await agentWithDraft(lang);
    const upload = startUpload(client, pngBytes(5000), {
      applicationId: application.id,
      kind: 'mayor_letter',
      filename: 'lettre.pdf',
    });
    const error = await rejection(upload.done);
    assert.ok(error instanceof ApiError, `${error.name}: ${error.message}`);
    assert.equal(error.status, 415);
    assert.equal(error.code, 'document_content_mismatch');
    assert.equal(upload.status, 'refused');
    messages[lang] = error;
  }
  assert.equal(messages.fr!.problem.title, 'Le contenu du fichier ne correspond pas à son nom ou à son type.');
  assert.equal(messages.fr!.problem.detail, 'Ce fichier est un PNG, pas un PDF comme son nom l’indique.');
  assert.equal(messages.en!.problem.title, 'The file’s content does not match its name or type.');
  assert.match(messages.en!.problem.detail!, /^This file is a .*PNG.*, not a PDF as its name says\.$/);
});

test('a client whose language changes (setLang) sends the new one with its next upload', async () => {
  const { client, application } = await agentWithDraft('fr');
  client.setLang('en');
  const error = await rejection(
    startUpload(client, pngBytes(5000), { applicationId: application.id, kind: 'mayor_letter', filename: 'lettre.pdf' })
      .done,
  );
  assert.equal(error.problem.title, 'The file’s content does not match its name or type.');
});

test('the upload example of docs/developers/uploads.md runs as written, after the README’s client example, and the letter is recorded', async () => {
  const readme = fs.readFileSync(path.join(here, '../../../README.md'), 'utf8');
  const uploads = fs.readFileSync(path.join(here, '../../../docs/developers/uploads.md'), 'utf8');
  const client = /<!-- client-example -->\s*```js\n([\s\S]*?)```/.exec(readme)?.[1];
  const upload = /<!-- upload-example -->\s*```js\n([\s\S]*?)```/.exec(uploads)?.[1];
  assert.ok(client, 'the README has the client example');
  assert.ok(upload, 'docs/developers/uploads.md has the upload example');
  // Set up as `npm start` sets it: the demo commune's account and dossier, which the client example opens.
  const fresh = await startTestSandbox({
    demoAccount: { email: 'mairie.demo@qmi.example', password: 'commune-demo-2023' },
    demoCommune: '93066',
  });
  // The example's folder: a PDF named as the example says. The script sits beside this test so that @qmi/core resolves.
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-readme-upload-'));
  const letter = pdfBytes(3000);
  fs.writeFileSync(path.join(folder, 'lettre-du-maire.pdf'), letter);
  const script = path.join(here, `.readme-upload-${process.pid}.mjs`);
  fs.writeFileSync(
    script,
    `${client.replace('http://127.0.0.1:8787', fresh.url)}\n${upload}\nconsole.log(JSON.stringify({ app, document }));\n`,
  );
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [script], { cwd: folder });
    const { app, document } = JSON.parse(stdout.trim().split('\n').at(-1)!);
    assert.match(stdout, /100 %/);
    assert.equal(document.filename, 'lettre-du-maire.pdf');
    assert.equal(document.sha256, sha256(letter));
    const agent = createClient({ baseUrl: fresh.url });
    await agent.auth.signIn({ email: 'mairie.demo@qmi.example', password: 'commune-demo-2023' });
    assert.deepEqual(
      (await agent.documents.list(app.id)).map((d) => [d.kind, d.filename]),
      [['mayor_letter', 'lettre-du-maire.pdf']],
    );
  } finally {
    fs.rmSync(script, { force: true });
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
