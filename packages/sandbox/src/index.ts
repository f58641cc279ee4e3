export { startSandbox, type Sandbox, type SandboxOptions } from './server.js';
export { createApp } from './app.js';
export { configFromEnv, DEMO_NOW, DEFAULT_PORT, type AccountSeed, type SandboxConfig } from './config.js';
export { createClock, type SandboxClock } from './clock.js';
export { buildOpenApi } from './openapi/document.js';
export { jsonLogger, silentLogger, type Logger } from './logger.js';
export { DEFAULT_THROTTLE_LIMITS, type ThrottleLimits } from './http/throttle.js';
export { eicarTestScanner, EICAR, type Scanner, type ScannedFile, type ScanResult } from './uploads/index.js';
export { startMailCatcher, type CaughtMail, type MailCatcher, type MailCatcherOptions } from './dev/mail-catcher.js';
export { type MailRetry } from './mail/worker.js';
export {
  startDevProConnect,
  DEV_PROCONNECT_AGENTS,
  type DevProConnect,
  type DevProConnectAgent,
  type DevProConnectClient,
} from './dev/oidc-provider.js';
export type { ProConnectOptions } from './proconnect/relying-party.js';
