// `npm start`: installs and builds what is missing, then starts the sandbox platform server
// (API, demo page, API reference) on its embedded SQLite database in ./.data.
import { ensureBuilt, ensureInstalled, nodeVersionOk, ROOT } from './lib/setup.mjs';

if (!nodeVersionOk()) {
  console.error(`qmi-kit needs Node 20 or later (this is ${process.version}).`);
  process.exit(1);
}
ensureInstalled();
ensureBuilt();

// A demo organiser account, so the organisers' side can be tried at once; set QMI_ORGANISERS to choose your own.
if (!process.env.QMI_ORGANISERS) {
  process.env.QMI_ORGANISERS = 'organisateur@qmi.example:organisateur-demo';
  process.stderr.write('Demo organiser account: organisateur@qmi.example / organisateur-demo (set QMI_ORGANISERS to change it)\n');
}
process.chdir(ROOT);
await import('../packages/sandbox/dist/cli.js');
