// A @web/test-runner plugin that runs the real sandbox beside the browser tests, and the commands
// tests use to act on the world outside the page: the sandbox's URL, a restart, the network, the clock,
// the e-mails it sent (a real SMTP catcher, `devMail`) and the local ProConnect provider's login page.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ORGANISER = { email: 'instruction@qmi.test', password: 'organiser-password' };

export function sandboxPlugin({ allowedOrigins }) {
  let sandbox;
  let dataDir;
  let port = 0;
  const cdpSessions = {};
  const start = async () => {
    // Imported here so that the config loads even before the sandbox is built.
    const { startSandbox, silentLogger } = await import('../../../sandbox/dist/index.js');
    const { QMI_2 } = await import('../../../core/dist/index.js');
    sandbox = await startSandbox({
      dataDir,
      port,
      now: '2023-12-01T09:00:00Z',
      organisers: [ORGANISER],
      allowedOrigins,
      calls: [
        QMI_2,
        { ...QMI_2, id: 'qmi-2-test', documentKinds: QMI_2.documentKinds.map((kind) => ({ ...kind, minCount: 0 })) },
        // QMI 2 with a total of 100 KiB for all of a dossier's documents: a file over the total, without sending 200 MB first.
        { ...QMI_2, id: 'qmi-2-small-total', maxTotalDocumentBytes: 100 * 1024 },
        // QMI 2 selecting one commune at most, no document required: the cap reached after a single selection.
        {
          ...QMI_2,
          id: 'qmi-2-cap-one',
          maxSelected: 1,
          documentKinds: QMI_2.documentKinds.map((kind) => ({ ...kind, minCount: 0 })),
        },
      ],
      log: silentLogger,
      // E-mails go over SMTP to a catcher in this process: tests read them with the `mail` command.
      devMail: true,
      // A real OpenID provider issuing ProConnect's claims for demo agents (the `proconnect-choose` command).
      devProConnect: true,
      // Every test signs up from the same loopback address: only that limit is raised, every other
      // throttle keeps its default.
      throttle: { signUpsPerAddressPerHour: 100_000 },
    });
    port = sandbox.port;
  };
  return {
    name: 'qmi-sandbox',
    async serverStart() {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-elements-test-'));
      await start();
    },
    async serverStop() {
      await sandbox?.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'sandbox-url':
          return sandbox.url;
        case 'sandbox-restart': {
          // Same port and data folder: what a deployment does when the server process is replaced.
          await sandbox.close();
          if (payload?.downMs) await new Promise((resolve) => setTimeout(resolve, payload.downMs));
          await start();
          return true;
        }
        case 'mail': {
          // The first e-mail to `to` matching `match` (received now or later, after the mail `after`):
          // its subject, text and the link it carries to a page (`#qmi-action=…`), as a person would follow it.
          const mail = await sandbox.mail.waitFor(
            payload.to,
            payload.match ? new RegExp(payload.match, 'i') : undefined,
            {
              timeoutMs: payload.timeoutMs ?? 10_000,
              after: payload.after ?? 0,
            },
          );
          const link = /https?:\/\/[^\s"<>]+#qmi-action=[^\s"<>]+/.exec(mail.text)?.[0];
          // Attached files by name, type and SHA-256 (the submission receipt's PDF).
          const attachments = mail.attachments.map((file) => ({
            filename: file.filename,
            contentType: file.contentType,
            sha256: createHash('sha256').update(file.content).digest('hex'),
          }));
          return { id: mail.id, subject: mail.subject, text: mail.text, link, attachments };
        }
        case 'mails':
          // Every e-mail sent to `to` so far (subjects and ids), to prove that none was sent.
          return sandbox.mail.messages(payload.to).map((mail) => ({ id: mail.id, subject: mail.subject }));
        case 'proconnect-choose': {
          // The local provider's login page opens in the popup (or the page itself, in redirect mode):
          // an agent is chosen there as a person would, by pressing its button.
          const page = session.browser.getPage(session.id);
          const target = await page
            .browser()
            .waitForTarget((candidate) => /\/interaction\/[\w-]+$/.test(candidate.url()), { timeout: 10_000 });
          const login = await target.page();
          const button = `button[name="agent"][value="${payload.agent}"]`;
          await login.waitForSelector(button);
          await login.click(button);
          return true;
        }
        case 'sandbox-clock':
          sandbox.clock.set(payload.now);
          return sandbox.clock.now().toISOString();
        case 'network': {
          // Only the sandbox becomes unreachable: Chromium's offline mode would also cut the page
          // from the test runner itself. Blocked requests fail as a dropped connection does.
          // One CDP session per page, with the network domain enabled once: a cut must land fast,
          // before the request after the one in flight starts (a test cuts the network mid-upload).
          const cdp = (cdpSessions[session.id] ??= await session.browser
            .getPage(session.id)
            .createCDPSession()
            .then(async (created) => {
              await created.send('Network.enable');
              return created;
            }));
          // `page: true` cuts the page's own origin too, as a real loss of the network does: what the page
          // has not loaded yet (an element's chunk loaded on demand, as the uploader's upload engine) fails too.
          const origin = new URL(session.browser.getPage(session.id).url()).origin;
          // `page: 'only'` cuts the page's origin alone: the site's own server (or CDN) down, the platform up.
          const cut = [
            ...(payload.page === 'only' ? [] : [`${sandbox.url}/*`]),
            ...(payload.page ? [`${origin}/*`] : []),
          ];
          const urls = payload.offline ? cut : [];
          await cdp.send('Network.setBlockedURLs', { urls });
          return true;
        }
        case 'scripts-loaded': {
          // Every script the page has loaded (classic and module, from its origin or another), as the
          // browser's debugger lists them: the network panel's buffer keeps only 250 entries.
          const cdp = await session.browser.getPage(session.id).createCDPSession();
          const urls = [];
          cdp.on('Debugger.scriptParsed', (event) => urls.push(event.url));
          await cdp.send('Debugger.enable');
          await cdp.send('Debugger.disable');
          await cdp.detach();
          return [...new Set(urls.filter(Boolean))];
        }
        default:
          return undefined;
      }
    },
  };
}
