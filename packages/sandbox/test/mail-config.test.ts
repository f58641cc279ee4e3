// E-mail configuration from the environment, as an operator sets it: a clear error for a wrong value,
// the SMTP password never repeated in an error or a log.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configFromEnv } from '../src/index.js';
import { smtpUrlForLogs } from '../src/config.js';

test('QMI_SMTP_URL, QMI_MAIL_FROM and QMI_DEV_MAIL are read from the environment', () => {
  const config = configFromEnv(
    { QMI_SMTP_URL: ' smtps://qmi:s3cret@smtp.example.fr:465 ', QMI_MAIL_FROM: 'QMI <ne-pas-repondre@qmi.example.fr>' },
    '/tmp',
  );
  assert.equal(config.smtpUrl, 'smtps://qmi:s3cret@smtp.example.fr:465');
  assert.equal(config.mailFrom, 'QMI <ne-pas-repondre@qmi.example.fr>');
  assert.equal(config.devMail, false);
  assert.equal(configFromEnv({ QMI_DEV_MAIL: '1' }, '/tmp').devMail, true);
  assert.equal(configFromEnv({ QMI_MAIL_FROM: 'qmi@example.fr' }, '/tmp').mailFrom, 'qmi@example.fr');
  const none = configFromEnv({}, '/tmp');
  assert.equal(none.smtpUrl, undefined);
  assert.equal(none.mailFrom, undefined);
  assert.equal(none.devMail, false);
});

test('a QMI_SMTP_URL that is not smtp:// or smtps:// is refused, without repeating its password', () => {
  for (const wrong of ['smtp.example.fr:587', 'https://user:s3cret@smtp.example.fr', 'smtp://']) {
    assert.throws(
      () => configFromEnv({ QMI_SMTP_URL: wrong }, '/tmp'),
      (error: Error) => /QMI_SMTP_URL must be smtp:\/\//.test(error.message) && !error.message.includes('s3cret'),
      wrong,
    );
  }
});

test('a QMI_MAIL_FROM that is not an address is refused', () => {
  for (const wrong of ['QMI', 'QMI <pas-une-adresse>', 'a@b.fr\nBcc: x@y.fr']) {
    assert.throws(() => configFromEnv({ QMI_MAIL_FROM: wrong }, '/tmp'), /QMI_MAIL_FROM/, wrong);
  }
});

test('QMI_SMTP_URL and QMI_DEV_MAIL=1 together are refused: e-mails go to one place', () => {
  assert.throws(
    () => configFromEnv({ QMI_SMTP_URL: 'smtp://smtp.example.fr', QMI_DEV_MAIL: '1' }, '/tmp'),
    /QMI_SMTP_URL and QMI_DEV_MAIL/,
  );
});

test('where e-mails go is logged without the SMTP credentials', () => {
  assert.equal(smtpUrlForLogs('smtps://qmi:s3cret@smtp.example.fr:465'), 'smtps://smtp.example.fr:465');
});
