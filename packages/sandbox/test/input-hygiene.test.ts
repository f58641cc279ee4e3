import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applicant, nextCommune, PASSWORD, raw, startTestSandbox, uniqueEmail } from './helpers.js';

const sandbox = await startTestSandbox();
const json = { 'content-type': 'application/json' };

const signUp = (email: string, password: string, lang = 'fr') =>
  raw(sandbox, 'POST', '/v1/accounts', {
    body: JSON.stringify({ email, password }),
    headers: { ...json, 'accept-language': lang },
  });

/** The field error on `password` of a refused sign-up. */
const passwordRefusal = (answer: Awaited<ReturnType<typeof signUp>>) => {
  assert.equal(answer.status, 422, answer.text);
  assert.equal(answer.json.code, 'validation_failed');
  const error = answer.json.errors.find((e: { path: string }) => e.path === 'password');
  assert.ok(error, answer.text);
  return error as { code: string; message: string };
};

test('sign-up refuses ten spaces, 1234567890, the e-mail itself, a password with NUL, with a field error in French and English', async () => {
  const email = uniqueEmail('faible');
  const refused = [' '.repeat(10), '1234567890', email, 'un mot de passe\u0000 assez long'];
  for (const password of refused) {
    const fr = passwordRefusal(await signUp(email, password, 'fr'));
    const en = passwordRefusal(await signUp(email, password, 'en'));
    assert.equal(fr.code, en.code);
    assert.match(fr.message, /mot de passe/i, fr.message);
    assert.match(en.message, /password/i, en.message);
  }
  // Helpful: the weak one says why, not only that it is weak.
  const common = passwordRefusal(await signUp(email, '1234567890', 'fr'));
  assert.equal(common.code, 'password_too_weak');
  assert.ok(common.message.split('. ').length >= 2, common.message);
  assert.equal(passwordRefusal(await signUp(email, email.toUpperCase(), 'fr')).code, 'password_is_email');
  assert.equal(passwordRefusal(await signUp(email, refused[3]!, 'en')).code, 'password_control_characters');
  // Nothing was created: the address is still free for a good password.
  assert.equal((await signUp(email, PASSWORD)).status, 202);
});

test('a strong password is accepted', async () => {
  for (const password of [PASSWORD, 'correct horse battery staple', 'Trois pommes, deux vélos et 1 pont']) {
    const answer = await signUp(uniqueEmail('fort'), password);
    assert.equal(answer.status, 202, answer.text);
  }
});

test('a message body with U+202E, NUL, ESC, BEL is stored without them', async () => {
  const agent = await applicant(sandbox);
  const app = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const sent = await raw(sandbox, 'POST', `/v1/applications/${app.id}/messages`, {
    token: agent.session.token,
    headers: json,
    body: JSON.stringify({ body: 'Facture \u202Efdp.exe\u0000 jointe\u001b[31m\u0007\r\nMerci' }),
  });
  assert.equal(sent.status, 201, sent.text);
  assert.equal(sent.json.body, 'Facture fdp.exe jointe[31m\nMerci');
  const [stored] = await agent.messages.list(app.id);
  assert.equal(stored?.body, 'Facture fdp.exe jointe[31m\nMerci');
});

test('a dossier text field keeps its line breaks but loses control characters', async () => {
  const agent = await applicant(sandbox);
  const app = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const saved = await agent.applications.update(
    app.id,
    {
      challenge: { title: 'Le\u202E défi\u0007', description: 'Premier paragraphe.\r\n\r\n\tSecond\u0000 paragraphe.' },
    },
    { ifMatch: app.revision },
  );
  assert.equal(saved.challenge?.description, 'Premier paragraphe.\n\n\tSecond paragraphe.');
  assert.equal(saved.challenge?.title, 'Le défi');
  assert.deepEqual((await agent.applications.get(app.id)).challenge, saved.challenge);
});

test('a message of only a zero-width space is refused with a field error', async () => {
  const agent = await applicant(sandbox);
  const app = await agent.applications.create('qmi-2', { commune: nextCommune() });
  for (const [lang, words] of [
    ['fr', /caractère visible/],
    ['en', /visible character/],
  ] as const) {
    const answer = await raw(sandbox, 'POST', `/v1/applications/${app.id}/messages`, {
      token: agent.session.token,
      headers: { ...json, 'accept-language': lang },
      body: JSON.stringify({ body: ' \u200B ' }),
    });
    assert.equal(answer.status, 422, answer.text);
    assert.deepEqual(
      answer.json.errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      [['body', 'no_visible_text']],
    );
    assert.match(answer.json.errors[0].message, words);
  }
  assert.deepEqual(await agent.messages.list(app.id), []);
});

test('text is NFC-normalised (e + combining acute -> é)', async () => {
  const agent = await applicant(sandbox);
  const app = await agent.applications.create('qmi-2', { commune: nextCommune() });
  const message = await agent.messages.send(app.id, { body: 'Cre\u0301teil, re\u0301sume\u0301' });
  assert.equal(message.body, 'Créteil, résumé');
  const saved = await agent.applications.update(
    app.id,
    { challenge: { title: 'De\u0301fi' } },
    { ifMatch: app.revision },
  );
  assert.equal(saved.challenge?.title, 'Défi');
});
