#!/usr/bin/env node
import { configFromEnv } from './config.js';
import { jsonLogger } from './logger.js';
import { startSandbox } from './server.js';

/** `qmi-sandbox`: starts the platform API from environment variables and stops cleanly on SIGINT/SIGTERM. */
async function main() {
  const config = configFromEnv();
  const sandbox = await startSandbox({ ...config, log: jsonLogger });
  jsonLogger('info', 'sandbox started', {
    url: sandbox.url,
    publicUrl: sandbox.publicUrl,
    dataDir: config.dataDir,
    clock: sandbox.clock.now().toISOString(),
    organisers: config.organisers.map((o) => o.email),
    demoAccount: config.demoAccount?.email,
    allowedOrigins: config.allowedOrigins,
  });
  process.stderr.write(
    `\nQMI sandbox ready on ${sandbox.url}  (demo page: ${sandbox.url}/ , API reference: ${sandbox.url}/docs)\n` +
      (sandbox.publicUrl !== sandbox.url ? `Public URL (QMI_PUBLIC_URL): ${sandbox.publicUrl}\n` : '') +
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
