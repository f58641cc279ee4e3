// `npm start`: installs and builds what is missing, then starts the sandbox platform server
// (API, demo page, API reference) on its embedded SQLite database in ./.data.
import { ensureBuilt, ensureInstalled, nodeVersionOk, ROOT } from './lib/setup.mjs';

if (!nodeVersionOk()) {
  console.error(`qmi-kit needs Node 20 or later (this is ${process.version}).`);
  process.exit(1);
}
ensureInstalled();
ensureBuilt();

// The demo: an organiser account, a commune's account holding the draft of Saint-Denis, and the
// web components' bundle on the demo page. Each can be changed (or the demo account turned off with
// QMI_DEMO_ACCOUNT=) through its variable.
const defaults = {
  QMI_ORGANISERS: 'organisateur@qmi.example:organisateur-demo',
  QMI_DEMO_ACCOUNT: 'mairie.demo@qmi.example:commune-demo-2023',
  QMI_DEMO_COMMUNE: '93066',
  QMI_ELEMENTS_BUNDLE: 'packages/elements/dist/qmi-elements.bundle.js',
};
for (const [name, value] of Object.entries(defaults)) process.env[name] ??= value;
process.stderr.write(
  `Demo organiser: ${process.env.QMI_ORGANISERS.split(',')[0]?.replace(':', ' / ')}\n` +
    (process.env.QMI_DEMO_ACCOUNT ? `Demo commune account: ${process.env.QMI_DEMO_ACCOUNT.replace(':', ' / ')}\n` : ''),
);
process.chdir(ROOT);
await import('../packages/sandbox/dist/cli.js');
