// The autosave's PATCH as a client sees it on the wire: `Prefer: return=minimal` (RFC 7240) answers
// 204 with the new ETag; a JSON Patch (RFC 6902) edits one list item; whatever the path taken inside
// the server, the dossier read back is exactly the one the change describes, and a stored dossier is
// never invalid.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applicant, nextCommune, raw, readyDossier, startTestSandbox } from './helpers.js';

const PARTNER = 'https://www.ville-saint-denis.example';
const sandbox = await startTestSandbox({ allowedOrigins: [PARTNER] });

/** An applicant's dossier filled with the complete example (revision 2). */
async function filledDossier() {
  const agent = await applicant(sandbox);
  const created = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const dossier = readyDossier();
  const filled = await agent.applications.update(created.id, dossier, { ifMatch: created.revision });
  return { agent, id: created.id, dossier, revision: filled.revision };
}

const patch = (
  token: string,
  id: string,
  body: unknown,
  {
    type = 'application/merge-patch+json',
    ifMatch,
    prefer,
    on = sandbox,
  }: { type?: string; ifMatch?: number; prefer?: string; on?: typeof sandbox },
) =>
  raw(on, 'PATCH', `/v1/applications/${id}`, {
    token,
    headers: {
      'content-type': type,
      ...(ifMatch !== undefined ? { 'if-match': `"${ifMatch}"` } : {}),
      ...(prefer ? { prefer } : {}),
    },
    body: JSON.stringify(body),
  });

const contentOf = (application: Record<string, unknown>) => {
  const { challenge, partners, sectors, team, applicant: who, motivations } = application;
  return { challenge, partners, sectors, team, applicant: who, motivations };
};

test('Prefer: return=minimal answers 204 with the new ETag and no body; the change is stored', async () => {
  const { agent, id, dossier, revision } = await filledDossier();
  const answer = await patch(
    agent.session.token,
    id,
    { challenge: { title: 'Titre court' } },
    {
      ifMatch: revision,
      prefer: 'return=minimal',
    },
  );
  assert.equal(answer.status, 204);
  assert.equal(answer.text, '');
  assert.equal(answer.headers.get('etag'), `"${revision + 1}"`);
  assert.equal(answer.headers.get('preference-applied'), 'return=minimal');
  const stored = await agent.applications.get(id);
  assert.equal(stored.revision, revision + 1);
  assert.deepEqual(
    contentOf(stored),
    contentOf({ ...dossier, challenge: { ...dossier.challenge, title: 'Titre court' } }),
  );
});

test('without Prefer, or with return=representation, the answer is still the whole dossier', async () => {
  const { agent, id, revision } = await filledDossier();
  const plain = await patch(agent.session.token, id, { challenge: { title: 'Un' } }, { ifMatch: revision });
  assert.equal(plain.status, 200);
  assert.equal(plain.headers.get('preference-applied'), null);
  assert.equal(plain.json.challenge.title, 'Un');
  assert.equal(plain.json.revision, revision + 1);
  assert.equal(plain.json.partners.length, readyDossier().partners.length);
  const full = await patch(
    agent.session.token,
    id,
    { challenge: { title: 'Deux' } },
    {
      ifMatch: revision + 1,
      prefer: 'return=representation',
    },
  );
  assert.equal(full.status, 200);
  assert.equal(full.json.challenge.title, 'Deux');
});

test("a JSON Patch changes one partner's e-mail and nothing else, answered 204 when asked", async () => {
  const { agent, id, dossier, revision } = await filledDossier();
  const answer = await patch(
    agent.session.token,
    id,
    [{ op: 'replace', path: '/partners/1/contact/email', value: 'nouvelle@association.example' }],
    { type: 'application/json-patch+json', ifMatch: revision, prefer: 'return=minimal' },
  );
  assert.equal(answer.status, 204, answer.text);
  assert.equal(answer.headers.get('etag'), `"${revision + 1}"`);
  const stored = await agent.applications.get(id);
  const partners = structuredClone(dossier.partners);
  partners[1]!.contact!.email = 'nouvelle@association.example';
  assert.deepEqual(contentOf(stored), contentOf({ ...dossier, partners }));
});

test('a merge patch that removes a member removes it, the rest kept', async () => {
  const { agent, id, dossier, revision } = await filledDossier();
  const answer = await patch(
    agent.session.token,
    id,
    { motivations: null, challenge: { description: null } },
    {
      ifMatch: revision,
      prefer: 'return=minimal',
    },
  );
  assert.equal(answer.status, 204, answer.text);
  const stored = await agent.applications.get(id);
  assert.equal('motivations' in stored, false);
  assert.deepEqual(stored.challenge, { title: dossier.challenge!.title });
  assert.deepEqual(stored.partners, dossier.partners);
});

test('a change that would make the stored dossier invalid is refused (422) and nothing is written', async () => {
  const { agent, id, revision } = await filledDossier();
  const tooLong = await patch(
    agent.session.token,
    id,
    [{ op: 'replace', path: '/partners/0/name', value: 'x'.repeat(201) }],
    { type: 'application/json-patch+json', ifMatch: revision, prefer: 'return=minimal' },
  );
  assert.equal(tooLong.status, 422);
  assert.equal(tooLong.json.code, 'validation_failed');
  assert.ok(
    tooLong.json.errors.some((e: { path: string }) => e.path === 'partners.0.name'),
    tooLong.text,
  );
  const unknown = await patch(agent.session.token, id, { favouriteColour: 'bleu' }, { ifMatch: revision });
  assert.equal(unknown.status, 422);
  const wrongType = await patch(agent.session.token, id, { partners: 'tous' }, { ifMatch: revision });
  assert.equal(wrongType.status, 422);
  assert.equal((await agent.applications.get(id)).revision, revision);
});

test('JSON Patch keeps the conflict rules: 428 without If-Match, 412 with the current dossier on a stale one', async () => {
  const { agent, id, revision } = await filledDossier();
  const operations = [{ op: 'replace', path: '/challenge/title', value: 'Sans précondition' }];
  const missing = await patch(agent.session.token, id, operations, { type: 'application/json-patch+json' });
  assert.equal(missing.status, 428);
  assert.equal(missing.headers.get('etag'), `"${revision}"`);
  const stale = await patch(agent.session.token, id, operations, {
    type: 'application/json-patch+json',
    ifMatch: revision - 1,
    prefer: 'return=minimal',
  });
  assert.equal(stale.status, 412);
  assert.equal(stale.json.code, 'revision_mismatch');
  assert.equal(stale.json.current.revision, revision);
  assert.equal(stale.headers.get('etag'), `"${revision}"`);
  const nowhere = await patch(agent.session.token, id, [{ op: 'replace', path: '/partners/99/name', value: 'X' }], {
    type: 'application/json-patch+json',
    ifMatch: revision,
  });
  assert.equal(nowhere.status, 422);
  assert.equal((await agent.applications.get(id)).revision, revision);
});

test('concurrent minimal saves of different dossiers are all stored, each with its own revision', async () => {
  const dossiers = await Promise.all(Array.from({ length: 6 }, () => filledDossier()));
  const answers = await Promise.all(
    dossiers.map(({ agent, id, revision }, i) =>
      patch(
        agent.session.token,
        id,
        { challenge: { title: `Titre ${i}` } },
        { ifMatch: revision, prefer: 'return=minimal' },
      ),
    ),
  );
  assert.deepEqual(
    answers.map((a) => a.status),
    dossiers.map(() => 204),
  );
  for (const [i, { agent, id, revision }] of dossiers.entries()) {
    const stored = await agent.applications.get(id);
    assert.equal(stored.revision, revision + 1);
    assert.equal(stored.challenge?.title, `Titre ${i}`);
  }
});

test("a partner page's browser may send Prefer cross-origin, and reads the new ETag of the 204", async () => {
  const { agent, id, revision } = await filledDossier();
  const preflight = await raw(sandbox, 'OPTIONS', `/v1/applications/${id}`, {
    headers: {
      origin: PARTNER,
      'access-control-request-method': 'PATCH',
      'access-control-request-headers': 'authorization,content-type,if-match,prefer',
    },
  });
  assert.equal(preflight.status, 204);
  assert.match(preflight.headers.get('access-control-allow-headers')!, /(^|,)\s*prefer\s*(,|$)/i);
  const saved = await raw(sandbox, 'PATCH', `/v1/applications/${id}`, {
    token: agent.session.token,
    headers: {
      origin: PARTNER,
      'content-type': 'application/merge-patch+json',
      'if-match': `"${revision}"`,
      prefer: 'return=minimal',
    },
    body: JSON.stringify({ challenge: { title: 'Depuis le site de la ville' } }),
  });
  assert.equal(saved.status, 204);
  assert.equal(saved.headers.get('access-control-allow-origin'), PARTNER);
  assert.match(saved.headers.get('access-control-expose-headers')!, /ETag/i);
  assert.equal(saved.headers.get('etag'), `"${revision + 1}"`);
});

test('edits in turn from two tabs of the same section, and a late one refused, read back as saved', async () => {
  const { agent, id, dossier, revision } = await filledDossier();
  const token = agent.session.token;
  // Tab A types the title: the section each save wrote is then kept in memory for the next save.
  let current = revision;
  for (const title of ['Rues', 'Rues fraîches', 'Rues fraîches et calmes']) {
    const saved = await patch(token, id, { challenge: { title } }, { ifMatch: current, prefer: 'return=minimal' });
    assert.equal(saved.status, 204);
    current += 1;
  }
  // Tab B edits the other field of the same section by JSON Patch, on the revision tab A left.
  const description = 'Une description reprise dans un autre onglet.';
  const fromB = await patch(token, id, [{ op: 'replace', path: '/challenge/description', value: description }], {
    type: 'application/json-patch+json',
    ifMatch: current,
    prefer: 'return=minimal',
  });
  assert.equal(fromB.status, 204);
  // A save that arrives late (on a revision already passed) is refused and changes nothing.
  const late = await patch(token, id, { challenge: { title: 'Périmé' } }, { ifMatch: current });
  assert.equal(late.status, 412);
  const last = await patch(token, id, { challenge: { title: 'Rues calmes' } }, { ifMatch: current + 1 });
  assert.equal(last.status, 200);
  assert.deepEqual(last.json.challenge, { title: 'Rues calmes', description });
  const stored = await agent.applications.get(id);
  assert.equal(stored.revision, current + 2);
  assert.deepEqual(stored.challenge, { title: 'Rues calmes', description });
  assert.deepEqual(contentOf(stored).partners, dossier.partners);
});

test('a save made through another server on the same database is never undone by what this one kept in memory', async () => {
  const { agent, id, dossier, revision } = await filledDossier();
  const token = agent.session.token;
  // Two processes of one platform: each its own connection and its own memory of the last saves.
  const other = await startTestSandbox({ dataDir: sandbox.dataDir });
  const first = await patch(token, id, { challenge: { title: 'Rues fraîches' } }, { ifMatch: revision });
  assert.equal(first.status, 200);
  const description = 'Écrite par l’autre serveur.';
  const elsewhere = await patch(token, id, { challenge: { description } }, { ifMatch: revision + 1, on: other });
  assert.equal(elsewhere.status, 200);
  // This server last wrote revision + 1; the dossier is at revision + 2: it must read the section again.
  const again = await patch(token, id, { challenge: { title: 'Rues calmes' } }, { ifMatch: revision + 2 });
  assert.equal(again.status, 200);
  assert.deepEqual(again.json.challenge, { title: 'Rues calmes', description });
  const stored = await agent.applications.get(id);
  assert.deepEqual(stored.challenge, { title: 'Rues calmes', description });
  assert.deepEqual(contentOf(stored).team, dossier.team);
});
