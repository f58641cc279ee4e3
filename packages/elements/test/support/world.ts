import { executeServerCommand } from '@web/test-runner-commands';

/** The real sandbox the tests run against (started by test/support/sandbox-plugin.mjs). */
export const sandboxUrl = () => executeServerCommand<string, undefined>('sandbox-url');
/** Stops the sandbox and starts it again on the same port and data, after `downMs`. */
export const restartSandbox = (downMs = 0) => executeServerCommand('sandbox-restart', { downMs });
export const setSandboxClock = (now: string) => executeServerCommand<string, { now: string }>('sandbox-clock', { now });
/** Makes the sandbox unreachable from the page (requests fail like a dropped connection), or reachable again. */
export const setOffline = (offline: boolean) => executeServerCommand('network', { offline });

export const ORGANISER = { email: 'instruction@qmi.test', password: 'organiser-password' };
export const PASSWORD = 'un mot de passe assez long';
let counter = 0;
export const uniqueEmail = (label = 'agent') => `${label}.${Date.now()}.${++counter}@mairie.example`;

export const waitFor = async (
  condition: () => boolean | Promise<boolean>,
  { timeout = 10_000, interval = 25, message = 'condition' } = {},
) => {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`Timed out after ${timeout} ms waiting for ${message}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
};
