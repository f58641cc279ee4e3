import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applicant, nextCommune, startTestSandbox, uniqueEmail } from './helpers.js';
import { pdfBytes, tusClient } from './upload-helpers.js';

// This file measures hashing, not throttling: the per-address failure count is raised so that every
// sign-in of the flood below does hash a password.
const sandbox = await startTestSandbox({ throttle: { signInFailuresPerAddressPerDay: 1_000_000 } });

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

test('document downloads keep their speed while 20 people keep signing in', async (t) => {
  const agent = await applicant(sandbox);
  const application = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const uploads = tusClient(sandbox, agent.session.token);
  const file = pdfBytes(1_000_000);
  const created = await uploads.create(
    { applicationId: application.id, kind: 'sector_sheet', filename: 'Fiche.pdf', filetype: 'application/pdf' },
    file.length,
  );
  const documentId = (await uploads.patch(created.url!, 0, file)).headers.get('qmi-document-id');
  assert.ok(documentId);

  // A download streams the file in 64 KB reads, each on libuv's thread pool, which scrypt shares.
  const download = async () => {
    const started = performance.now();
    const response = await fetch(`${sandbox.url}/v1/applications/${application.id}/documents/${documentId}`, {
      headers: { authorization: `Bearer ${agent.session.token}` },
    });
    assert.equal((await response.arrayBuffer()).byteLength, file.length);
    return performance.now() - started;
  };
  await download(); // warm-up: the first read opens the file and fills caches
  const quiet: number[] = [];
  for (let i = 0; i < 9; i++) quiet.push(await download());

  // 20 people signing in over and over, each sign-in a scrypt derivation (an unknown account is
  // checked against a dummy hash too), for as long as the downloads below are measured.
  let flooding = true;
  const statuses = new Set<number>();
  const flooder = async () => {
    while (flooding) {
      const response = await fetch(`${sandbox.url}/v1/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: uniqueEmail('flood'), password: 'pas le bon mot de passe' }),
      });
      statuses.add(response.status);
      await response.arrayBuffer();
    }
  };
  const flood = Promise.all(Array.from({ length: 20 }, flooder));
  await new Promise((resolve) => setTimeout(resolve, 200)); // the sign-ins reach the server first
  const busy: number[] = [];
  try {
    for (let i = 0; i < 9; i++) busy.push(await download());
  } finally {
    flooding = false;
    await flood;
  }
  // The sign-ins were answered all along: wrong password (or, when too many wait, "try again shortly").
  assert.ok(
    [...statuses].every((status) => [401, 429].includes(status)),
    `sign-ins answered ${[...statuses]}`,
  );

  const ratio = median(busy) / Math.max(median(quiet), 1);
  t.diagnostic(`download median ${median(quiet).toFixed(1)} ms, ${median(busy).toFixed(1)} ms during the flood`);
  assert.ok(
    ratio < 5,
    `median download ${median(busy).toFixed(1)} ms during the flood, ${median(quiet).toFixed(1)} ms without (x${ratio.toFixed(1)})`,
  );
});
