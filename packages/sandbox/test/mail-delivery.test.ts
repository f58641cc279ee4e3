// E-mail delivery as the people waiting for a mail notice it: a mail written while the SMTP server is
// down arrives (once) when it returns, a restart sends what waited, a refused mailbox does not hold up
// the others, and stopping the sandbox does not lose nor duplicate the mail being sent.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { startMailCatcher } from '../src/index.js';
import { PASSWORD, raw, startTestSandbox, uniqueEmail } from './helpers.js';
import { capturedLog, FAST_RETRY, outboxOf, pause, until } from './mail-helpers.js';

/** A free port where no SMTP server listens (yet). */
async function downSmtpPort() {
  const catcher = await startMailCatcher();
  await catcher.close();
  return catcher.port;
}

test('e-mails written while the SMTP server is down arrive, once each and in order, when it is back', async () => {
  const port = await downSmtpPort();
  const { lines, log } = capturedLog();
  const sandbox = await startTestSandbox({
    devMail: false,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    mailRetry: FAST_RETRY,
    log,
  });
  const outbox = outboxOf(sandbox.dataDir);
  const to = uniqueEmail();
  outbox.enqueue({ to, subject: { fr: 'Premier', en: 'First' } });
  outbox.enqueue({ to, subject: { fr: 'Second', en: 'Second' } });
  await until(
    () => lines.filter((line) => line.message === 'e-mail not sent, will retry').length >= 2,
    'two failed attempts',
  );

  const back = await startMailCatcher({ port });
  after(() => back.close());
  await back.waitFor(to, /Second/, { timeoutMs: 5000 });
  await pause(300); // a duplicate would come by now
  assert.deepEqual(
    back.messages(to).map((mail) => mail.subject),
    ['Premier', 'Second'],
  );
});

test('signing up while the SMTP server is down: the sign-up is answered, its confirmation mail arrives when the server is back', async () => {
  const port = await downSmtpPort();
  const { lines, log } = capturedLog();
  const sandbox = await startTestSandbox({
    devMail: false,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    mailRetry: FAST_RETRY,
    log,
  });
  const email = uniqueEmail();
  const signUp = await raw(sandbox, 'POST', '/v1/accounts', {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  assert.equal(signUp.status, 202, signUp.text);
  await until(() => lines.some((line) => line.message === 'e-mail not sent, will retry'), 'a failed attempt');

  const back = await startMailCatcher({ port });
  after(() => back.close());
  const mail = await back.waitFor(email, /qmi-token=/, { timeoutMs: 5000 });
  assert.match(mail.text, /#qmi-action=verify-email&qmi-token=/);
});

test('a restarted sandbox sends at once what waited, whatever the backoff', async () => {
  const port = await downSmtpPort();
  const { lines, log } = capturedLog();
  // An hour before the next attempt: only the restart can get this mail out within the test.
  const slow = { firstDelayMs: 60 * 60 * 1000, maxDelayMs: 60 * 60 * 1000, pollMs: 50 };
  const first = await startTestSandbox({ devMail: false, smtpUrl: `smtp://127.0.0.1:${port}`, mailRetry: slow, log });
  const to = uniqueEmail();
  outboxOf(first.dataDir).enqueue({ to });
  await until(() => lines.some((line) => line.message === 'e-mail not sent, will retry'), 'a failed attempt');
  await first.close();

  const back = await startMailCatcher({ port });
  after(() => back.close());
  await startTestSandbox({ devMail: false, dataDir: first.dataDir, smtpUrl: back.url, mailRetry: slow });
  const mail = await back.waitFor(to, /Confirmez/, { timeoutMs: 3000 });
  assert.match(mail.text, /qmi-token=abc/);
});

test('a mailbox the SMTP server refuses (5xx) does not hold up the mails after it', async () => {
  const smtp = await startMailCatcher({ refuseRecipient: (address) => address.startsWith('inconnu') });
  after(() => smtp.close());
  const { lines, log } = capturedLog();
  const sandbox = await startTestSandbox({ devMail: false, smtpUrl: smtp.url, mailRetry: FAST_RETRY, log });
  const outbox = outboxOf(sandbox.dataDir);
  const refused = `inconnu.${uniqueEmail()}`;
  const to = uniqueEmail();
  outbox.enqueue({ to: refused });
  outbox.enqueue({ to, subject: { fr: 'Après le refus', en: 'After the refusal' } });
  await smtp.waitFor(to, /Après le refus/, { timeoutMs: 5000 });
  assert.equal(smtp.messages(refused).length, 0);
  const refusal = lines.find((line) => line.message === 'e-mail refused by the SMTP server');
  assert.ok(refusal, 'the refusal is logged for someone to look at');
  assert.equal(refusal.level, 'error');
  assert.equal(refusal.fields.responseCode, 550);
  // Later mails still go out while the refused one waits for its (long) next attempt.
  const later = uniqueEmail();
  outbox.enqueue({ to: later });
  await smtp.waitFor(later, /Confirmez/, { timeoutMs: 5000 });
});

test('stopping the sandbox while a mail is being sent delivers it once, not again at the next start', async () => {
  const smtp = await startMailCatcher({ acceptDelayMs: 800 });
  after(() => smtp.close());
  const sandbox = await startTestSandbox({ devMail: false, smtpUrl: smtp.url, mailRetry: FAST_RETRY });
  const to = uniqueEmail();
  outboxOf(sandbox.dataDir).enqueue({ to });
  await pause(300); // the worker has found it and the server is taking its time to accept it
  await sandbox.close();
  assert.equal(smtp.messages(to).length, 1, 'close() waited for the mail in flight');

  await startTestSandbox({ devMail: false, dataDir: sandbox.dataDir, smtpUrl: smtp.url, mailRetry: FAST_RETRY });
  await pause(400);
  assert.equal(smtp.messages(to).length, 1, 'it was recorded as sent, so not sent again');
});
