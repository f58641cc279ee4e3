#!/usr/bin/env node
import { configFromEnv, smtpUrlForLogs } from './config.js';
import { jsonLogger } from './logger.js';
import { erasePersonalDataCommand } from './retention/cli.js';
import { startSandbox } from './server.js';

/**
 * `qmi-sandbox`: starts the platform API from environment variables and stops cleanly on SIGINT/SIGTERM.
 * `qmi-sandbox erase-personal-data [--dry-run]` applies the calls' retention period instead.
 */
async function main() {
  const config = configFromEnv();
  // A command instead of the server: the retention rule, run by organisers (retention/cli.ts).
  if (process.argv[2] === 'erase-personal-data') return erasePersonalDataCommand(process.argv.slice(3), config);
  const sandbox = await startSandbox({ ...config, log: jsonLogger });
  // Where e-mails go, never with the SMTP credentials.
  const mail = sandbox.mail
    ? { caughtAt: `${sandbox.publicUrl}/dev/mail` }
    : config.smtpUrl
      ? { smtp: smtpUrlForLogs(config.smtpUrl) }
      : { waitingInOutbox: true };
  jsonLogger('info', 'sandbox started', {
    url: sandbox.url,
    publicUrl: sandbox.publicUrl,
    dataDir: config.dataDir,
    clock: sandbox.clock.now().toISOString(),
    organisers: config.organisers.map((o) => o.email),
    demoAccount: config.demoAccount?.email,
    allowedOrigins: config.allowedOrigins,
    mail,
  });
  process.stderr.write(
    `\nQMI sandbox ready on ${sandbox.url}  (demo page: ${sandbox.url}/ , API reference: ${sandbox.url}/docs)\n` +
      (sandbox.publicUrl !== sandbox.url ? `Public URL (QMI_PUBLIC_URL): ${sandbox.publicUrl}\n` : '') +
      `E-mails: ${
        'caughtAt' in mail
          ? `caught locally, none reaches anyone; read them at ${mail.caughtAt}`
          : 'smtp' in mail
            ? `sent through ${mail.smtp}`
            : 'no SMTP server (QMI_SMTP_URL): they wait in the outbox'
      }\n` +
      (sandbox.devProConnect
        ? `ProConnect: a local provider for the demo at ${sandbox.devProConnect.issuer}, with these agents:\n${sandbox.devProConnect.agents
            .map((agent) => `  - ${agent.given_name} ${agent.usual_name}, ${agent.organisation}, SIRET ${agent.siret}`)
            .join('\n')}\n`
        : config.proConnect
          ? `ProConnect: ${config.proConnect.issuer}\n`
          : '') +
      `Data folder: ${config.dataDir}\nClock: ${sandbox.clock.now().toISOString()}${process.env.QMI_NOW ? '' : ' (demo default, inside the application window; set QMI_NOW to change)'}\n\n`,
  );
  if (!config.publicUrl && ['0.0.0.0', '::'].includes(config.host))
    jsonLogger('warn', 'no public URL', {
      hint: `listening on every address: set QMI_PUBLIC_URL to the address browsers use, or the demo page calls ${sandbox.url}`,
    });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    jsonLogger('info', 'shutting down', { signal });
    sandbox.close().then(
      () => {
        jsonLogger('info', 'stopped');
        process.exit(0);
      },
      (error) => {
        jsonLogger('error', 'shutdown failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error) => {
  process.stderr.write(`qmi-sandbox: ${(error as Error).message}\n`);
  process.exit(1);
});
