import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/**
 * The real `qmi-sandbox` command on a data folder, as `npm start` runs it, resolved once it logged
 * "sandbox started". `preload` is a module loaded before it (`--import`), e.g. to kill the process
 * at a chosen instant; the tests `kill -9` it and start it again on the same folder. `env` adds variables
 * (e.g. QMI_SMTP_URL of a test's mail catcher, to read the verification e-mail of a sign-up).
 */
export function startCli(
  dataDir: string,
  preload?: string,
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; url: string }> {
  const args = preload ? [`--import=data:text/javascript,${encodeURIComponent(preload)}`, CLI] : [CLI];
  const child = spawn(process.execPath, args, {
    env: { ...process.env, PORT: '0', QMI_DATA_DIR: dataDir, QMI_NOW: '', QMI_ORGANISERS: '', ...env },
    stdio: ['ignore', 'pipe', process.env.QMI_TEST_LOG ? 'inherit' : 'ignore'],
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      for (const line of buffer.split('\n').slice(0, -1)) {
        const entry = JSON.parse(line);
        if (entry.msg === 'sandbox started') resolve({ child, url: entry.url });
      }
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
    });
    child.once('exit', (code, signal) => reject(new Error(`the sandbox exited early (${code ?? signal})`)));
  });
}

/** The signal the process ended with, once it has ended. */
export const exitOf = (child: ChildProcess) =>
  new Promise<NodeJS.Signals | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.signalCode);
    else child.once('exit', (_, signal) => resolve(signal));
  });
