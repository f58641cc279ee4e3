// The e-mails as people read them, received over real SMTP: French by default, English when the
// person chose it, text and HTML saying the same thing, a name someone typed never turned into markup,
// and the headers mail clients rely on (Date, Message-ID, List-Unsubscribe when there is one).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { composeMail } from '../src/mail/compose.js';
import { startTestSandbox, uniqueEmail } from './helpers.js';
import { FAST_RETRY, outboxOf, sampleMail } from './mail-helpers.js';

const sandbox = await startTestSandbox({ devMail: true, mailRetry: FAST_RETRY });
const outbox = outboxOf(sandbox.dataDir);
const mailbox = sandbox.mail!;

test('a mail reads in French by default, in its text and its HTML, with its link in both', async () => {
  const to = uniqueEmail();
  outbox.enqueue({ to });
  const mail = await mailbox.waitFor(to, /Confirmez votre adresse/);
  assert.match(
    mail.text,
    /^Bonjour,\n\nVoici un lien\.\n\nConfirmer mon adresse :\nhttp:\/\/localhost:8787\/#qmi-action=verify-email&qmi-token=abc/,
  );
  assert.match(mail.text, /Quartiers Métropolitains d’Innovation/);
  assert.match(mail.html, /<html lang="fr">/);
  assert.match(mail.html, /<p>Voici un lien\.<\/p>/);
  assert.match(
    mail.html,
    /<a href="http:\/\/localhost:8787\/#qmi-action=verify-email&amp;qmi-token=abc"[^>]*>Confirmer mon adresse<\/a>/,
  );
});

test('a person who chose English gets the mail in English', async () => {
  const to = uniqueEmail();
  outbox.enqueue({ to, lang: 'en', subject: { fr: 'Confirmez votre adresse', en: 'Confirm your address' } });
  const mail = await mailbox.waitFor(to, /Confirm your address/);
  assert.equal(mail.subject, 'Confirm your address');
  assert.match(mail.text, /^Hello,\n\nHere is a link\.\n\nConfirm my address:\nhttp/);
  assert.match(mail.text, /The Quartiers Métropolitains d’Innovation application platform/);
  assert.match(mail.html, /<html lang="en">/);
  assert.match(mail.html, />Confirm my address<\/a>/);
  assert.doesNotMatch(mail.html + mail.text, /Bonjour|Confirmer/);
});

test('a name typed with markup is shown as text in the HTML, never run', async () => {
  const to = uniqueEmail();
  const name = 'Jean <script>alert("x")</script> & <img src=x onerror=alert(1)>';
  outbox.enqueue({
    to,
    subject: { fr: `Invitation de ${name}`, en: `Invitation from ${name}` },
    paragraphs: { fr: [`${name} vous invite.`], en: [`${name} invites you.`] },
  });
  const mail = await mailbox.waitFor(to, /Invitation de/);
  assert.doesNotMatch(mail.html, /<script|<img/i);
  assert.match(
    mail.html,
    /Jean &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &lt;img src=x onerror=alert\(1\)&gt; vous invite\./,
  );
  assert.match(
    mail.text,
    /Jean <script>alert\("x"\)<\/script> & <img src=x onerror=alert\(1\)> vous invite\./,
    'the text part is text',
  );
});

test('each mail carries Date (when the platform wrote it) and a Message-ID; List-Unsubscribe only where it applies', async () => {
  const to = uniqueEmail();
  outbox.enqueue({ to, unsubscribeUrl: 'https://qmi.example/desabonnement?t=1' }, '2023-12-01T10:30:00.000Z');
  const notice = await mailbox.waitFor(to, /Confirmez/);
  assert.equal(new Date(notice.headers.date!).toISOString(), '2023-12-01T10:30:00.000Z');
  assert.match(notice.headers['message-id']!, /^<[\w-]+@qmi\.localhost>$/);
  assert.equal(notice.headers['list-unsubscribe'], '<https://qmi.example/desabonnement?t=1>');
  assert.equal(notice.headers['list-unsubscribe-post'], 'List-Unsubscribe=One-Click');

  const other = uniqueEmail();
  outbox.enqueue({ to: other });
  const transactional = await mailbox.waitFor(other, /Confirmez/);
  assert.equal(transactional.headers['list-unsubscribe'], undefined, 'no unsubscribing from a password reset');
  assert.notEqual(transactional.headers['message-id'], notice.headers['message-id']);
});

test('a mailto: unsubscribe address offers no one-click POST (RFC 8058 needs https)', () => {
  const mail = composeMail({ ...sampleMail('a@b.example'), unsubscribeUrl: 'mailto:desabonnement@qmi.example' });
  assert.deepEqual(mail.headers, { 'List-Unsubscribe': '<mailto:desabonnement@qmi.example>' });
});
