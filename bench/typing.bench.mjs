// One minute of simulated typing in one long field, through the autosave engine of @qmi/core and a
// real sandbox: requests and bytes sent. Time runs 10× faster than a person (the debounce, the
// maximum wait and the keystroke rhythm all scaled together), so counts equal a real minute's.
// Baselines in the same run: one save per keystroke, and the whole document per save.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../scripts/lib/setup.mjs';

const SCALE = 10;
const MINUTE_MS = 60_000 / SCALE;
const DEBOUNCE_MS = 1000 / SCALE;
const MAX_WAIT_MS = 5000 / SCALE;
const KEY_MS = 300 / SCALE; // about 200 characters a minute, a steady typist
const PAUSE_EVERY = 40; // a pause to think every 40 characters…
const PAUSE_MS = 2500 / SCALE; // …of 2.5 s

const core = await import(path.join(ROOT, 'packages/core/dist/index.js'));
const { startSandbox, silentLogger } = await import(path.join(ROOT, 'packages/sandbox/dist/index.js'));
const { fullDossier, prose } = await import(path.join(ROOT, 'bench/dossier.mjs'));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-bench-typing-'));
const sandbox = await startSandbox({ dataDir, port: 0, log: silentLogger });
try {
  const client = core.createClient({ baseUrl: sandbox.url });
  await client.auth.signUp({ email: 'bench.typing@mairie.example', password: 'un mot de passe assez long' });
  const created = await client.applications.create('qmi-2', { commune: '93066' });
  const dossier = fullDossier();
  delete dossier.motivations;
  const start = await client.applications.update(created.id, dossier, { ifMatch: created.revision });

  const sent = { requests: 0, bytes: 0 };
  const counting = async (input, init) => {
    const request = new Request(input, init);
    if (request.method === 'PATCH') {
      sent.requests++;
      sent.bytes += Buffer.byteLength(await request.clone().text());
    }
    return fetch(request);
  };
  const engine = await core.Autosave.open({
    client: core.createClient({
      baseUrl: sandbox.url,
      token: (
        await client.auth.signIn({ email: 'bench.typing@mairie.example', password: 'un mot de passe assez long' })
      ).token,
      fetch: counting,
    }),
    applicationId: start.id,
    debounceMs: DEBOUNCE_MS,
    maxWaitMs: MAX_WAIT_MS,
    environment: {},
  });

  const text = prose(8000);
  let typed = 0;
  const began = performance.now();
  while (performance.now() - began < MINUTE_MS && typed < text.length) {
    typed++;
    void engine.edit('motivations.text', text.slice(0, typed));
    await new Promise((resolve) => setTimeout(resolve, typed % PAUSE_EVERY === 0 ? PAUSE_MS : KEY_MS));
  }
  await engine.flush();
  engine.close();
  const stored = await client.applications.get(start.id);
  if (stored.motivations?.text !== text.slice(0, typed)) throw new Error('the server does not hold what was typed');

  const windows = Math.ceil(MINUTE_MS / DEBOUNCE_MS);
  const documentBytes = Buffer.byteLength(JSON.stringify(core.applicationContent(stored)));
  const perRequest = sent.bytes / sent.requests;
  console.log(
    `\nqmi-kit bench: one minute of typing in one long field (time ×${SCALE}, debounce 1 s, max wait 5 s, ~200 characters/min with pauses)`,
  );
  console.log(`characters typed                 ${typed}`);
  console.log(
    `save requests                    ${sent.requests}   (one per keystroke would be ${typed}: ratio ${(sent.requests / typed).toFixed(3)})`,
  );
  console.log(
    `debounce windows in the minute   ${windows}   (target: at most one request per window: ${sent.requests <= windows ? 'met' : 'NOT MET'})`,
  );
  console.log(
    `bytes sent                       ${sent.bytes}   (${Math.round(perRequest)} B per save; the field is ${Buffer.byteLength(JSON.stringify(text.slice(0, typed)))} B at the end)`,
  );
  console.log(
    `whole document per save would be ${documentBytes * sent.requests}   (${documentBytes} B per save: ratio ${(sent.bytes / (documentBytes * sent.requests)).toFixed(3)})`,
  );
  console.log(
    JSON.stringify({
      bench: 'qmi-autosave-typing',
      scale: SCALE,
      typed,
      requests: sent.requests,
      windows,
      bytes: sent.bytes,
      bytesPerRequest: Math.round(perRequest),
      documentBytes,
    }),
  );
} finally {
  await sandbox.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
