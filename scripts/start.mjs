// `npm start`: installs and builds what is missing, then starts the sandbox platform server
// (API, demo page, API reference) on its embedded SQLite database in ./.data.
//
// The server runs in this process, and package.json's script line is `exec node scripts/start.mjs`:
// npm runs a script through `sh -c` and forwards SIGTERM and SIGINT only to the shell it spawned,
// and sh (dash here) dies without passing them on, leaving this process serving on its port. With
// `exec` the shell becomes this process, so a signal sent to npm's PID (a process manager's stop,
// `kill`) reaches the server, which stops gracefully. (test/start.test.mjs)
import { ensureBuilt, ensureInstalled, checkNode, ROOT } from './lib/setup.mjs';

checkNode();
ensureInstalled();
ensureBuilt();

// The demo: an organiser account, a commune's account holding the draft of Saint-Denis, and the
// web components' bundle on the demo page. Each can be changed (or the demo account turned off with
// QMI_DEMO_ACCOUNT=) through its variable.
const defaults = {
  QMI_ORGANISERS: 'organisateur@qmi.example:organisateur-demo',
  QMI_DEMO_ACCOUNT: 'mairie.demo@qmi.example:commune-demo-2023',
  QMI_DEMO_COMMUNE: '93066',
  // On a new database, communes' dossiers in every state and two reviewers, so the organisers' board is not empty.
  QMI_DEMO_DOSSIERS: '1',
  QMI_ELEMENTS_BUNDLE: 'packages/elements/dist/qmi-elements.bundle.js',
};
for (const [name, value] of Object.entries(defaults)) process.env[name] ??= value;
// The organisers' demo page (/organisateurs) signs in as the first organiser (organisateur@qmi.example
// by default) and shows its password; QMI_DEMO_ORGANISER= (empty) turns that page off.
process.env.QMI_DEMO_ORGANISER ??= process.env.QMI_ORGANISERS.split(',')[0]?.split(':')[0]?.trim();
// The demo's e-mails (address verification, password reset, invitations) go to a catcher inside the
// sandbox and are shown at /dev/mail, so none reaches a real person; QMI_SMTP_URL sends them for real.
if (!process.env.QMI_SMTP_URL?.trim()) process.env.QMI_DEV_MAIL ??= '1';
// "S'identifier avec ProConnect" signs in through a local OpenID provider with demo agents (the sandbox
// prints them), unless a real ProConnect registration is configured (QMI_PROCONNECT_ISSUER).
if (!process.env.QMI_PROCONNECT_ISSUER?.trim()) process.env.QMI_DEV_PROCONNECT ??= '1';
process.stderr.write(
  `Demo organiser: ${process.env.QMI_ORGANISERS.split(',')[0]?.replace(':', ' / ')}\n` +
    (process.env.QMI_DEMO_ACCOUNT
      ? `Demo commune account: ${process.env.QMI_DEMO_ACCOUNT.replace(':', ' / ')}\n`
      : '') +
    (process.env.QMI_DEMO_DOSSIERS === '1'
      ? 'Demo reviewers (on a new database): expert.ademe@qmi.example, expert.ratp@qmi.example / examinateur-demo-2023\n'
      : '') +
    (process.env.QMI_DEV_MAIL === '1'
      ? 'E-mails: caught locally and shown at /dev/mail on the sandbox (set QMI_SMTP_URL to send them)\n'
      : ''),
);
process.chdir(ROOT);
await import('../packages/sandbox/dist/cli.js');
