// Size budgets of what partner pages and apps load (esbuild, minified, gzip -9), checked by `npm test`:
// one budget for every JavaScript entry point of the browser packages (@qmi/core, @qmi/validators,
// @qmi/elements), read from their `exports` maps, so a new entry cannot ship without one.
// A budget is raised on purpose, in this file, with the reason; never silently.
// (@qmi/sandbox is a Node server: its size is not something a page pays for.)
import { buildSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './lib/setup.mjs';

const KB = 1024;
/** Package entry -> budget in KB, with why it is what it is. */
const BUDGETS = {
  // All of core at once: zod with its JSON Schema generator (jsonSchemas()), the preset, the client,
  // autosave (idb) and uploads (tus-js-client). Apps take parts of it: see the client-only budget below.
  // Raised from 112 to 115 KB by issue 16: the organisers' schemas (reviewers, assessments, the board,
  // receipts, notifications) and their client resources.
  '@qmi/core': 115,
  '@qmi/core/testing': 4,
  '@qmi/validators': 10,
  // The communes by SIREN, for the server's ProConnect sign-in (with the commune directory it names them by).
  '@qmi/validators/siren': 4,
  // Every element: lit, zod, ky, idb, tus-js-client, the rules and the communes. Raised from 115 to
  // 118 KB by issues 11 and 12 (the platform's clock, live language, connection notices, the contrast
  // guard, focus and announcement helpers, keyed lists), then to 123 KB by issue 13 (@lit/task, the
  // messages' outbox engine, the server's own document check in the uploader, the form's controllers):
  // issue 17 brings all of these far down. Then to 126 KB by issue 14 (the session's "sign out
  // everywhere", its warning about unsent work and the forgetting of an account's browser data, with
  // idb; the messages' visible-text rule; when a throttled sign-in or message may go again). Then to
  // 146 KB by issue 15 (who speaks for a commune): the account page (address, password, communes and
  // their requests, export, deletion), the form's people panel (editors, invitations, transfer), the
  // session's e-mail steps (check your e-mail, links, password reset) and ProConnect button, and their
  // fr/en texts (most of the 18 KB), with the identity schemas the client validates answers with.
  // Then to 163 KB by issue 16: <qmi-dossier-view> and <qmi-notifications> (the commune reads its
  // submitted dossier and the organisers' notifications), the form's review feedback (fields to change,
  // section comments, advice, the decision), the organisers' schemas in the client. Issue 17 brings it down.
  '@qmi/elements': 163,
  // The form embeds the uploader and the commune picker: raised from 85 to 95 KB with the uploader,
  // then to 99 KB by issues 11 and 12 (as above; the form has most of the focus and announcement work),
  // then to 103 KB by issue 13 (as above), then to 110 KB by issue 15 (the people panel: editors,
  // invitations, transfer, and the notice of a dossier that does not hold the commune's place).
  // Then to 117 KB by issue 16 (the organisers' feedback: fields to change, comments, advice, decisions).
  '@qmi/elements/form': 117,
  // Raised from 60 to 63 KB by issue 14: signing out everywhere, saying what unsent work would be lost,
  // and forgetting the account's data in this browser (idb for the form's journal; tus's remembered
  // uploads are read without tus-js-client, which would have cost 17 KB here). Then to 72 KB by issue 15:
  // the steps after sign-up (check your e-mail, resend), the e-mail links it completes (address
  // confirmation, password reset, change of address, invitation) and the ProConnect button and popup.
  // Then to 75 KB by issue 16 (the reviewer's invitation link and the organisers' schemas in the client).
  '@qmi/elements/session': 75,
  // Issue 15: the account page (address, password, communes and their requests, export, deletion), with
  // the commune picker it reuses and the client; much like the session.
  // Raised to 69 KB by issue 16 (the organisers' schemas in the client).
  '@qmi/elements/account': 69,
  '@qmi/elements/commune-picker': 16,
  // The uploader carries tus-js-client and the client (for the document's record) with it; since issue
  // 13 also the server's own document check (checkDocumentFile, about 1 KB once the rules it does not
  // use are dropped). Then to 80 KB by issue 15 (the identity schemas and resources of the client).
  // Then to 82 KB by issue 16 (the organisers' schemas in the client).
  '@qmi/elements/uploader': 82,
  '@qmi/elements/timeline': 62,
  // Raised from 65 to 67 KB by issue 15 (as for the uploader).
  // Then to 69 KB by issue 16 (the organisers' schemas in the client).
  '@qmi/elements/checklist': 69,
  // Raised to 64 KB by issue 16 (the organisers' schemas in the client).
  '@qmi/elements/messages': 64,
  // Issue 16, the organisers' side. The board, the dossier view, the assessment and the notifications
  // each carry lit, the client and its schemas (about 55 KB of the same shared code), the assessment also
  // the rules' criteria signals and evaluate(). Back-office screens, not partner pages; issue 17 cuts the
  // shared part for every entry.
  '@qmi/elements/review-board': 65,
  '@qmi/elements/dossier-view': 68,
  '@qmi/elements/assessment': 80,
  '@qmi/elements/notifications': 60,
  // Every element plus the board and the assessment, in one file for an organisers' back-office.
  '@qmi/elements/organisers-bundle': 182,
  // Raised from 85 to 100 KB with the uploader (tus-js-client and its url-parse, about 20 KB), then to
  // 115 KB with the timeline, the checklist and the messages: eight elements in one file, where Uppy's
  // dashboard with tus alone is 92 KB. zod is the next thing to cut (zod/mini).
  // Then to 118 KB by issues 11 and 12, to 123 KB by issue 13 and to 127 KB by issue 14 (as for
  // '@qmi/elements'), and to 146 KB by issue 15 (as for '@qmi/elements').
  // Then to 163 KB by issue 16 (as for '@qmi/elements').
  '@qmi/elements/bundle': 163,
  // Every element and its React wrapper (react itself is the app's); a bundler drops unused wrappers.
  // Raised from 124 to 128 KB by issue 14, and to 147 KB by issue 15 (as for '@qmi/elements').
  // Then to 184 KB by issue 16: the wrappers of the board and the assessment too (a bundler drops them
  // from an app that does not use them), and as for '@qmi/elements'.
  '@qmi/elements/react': 184,
};
/** What most apps take of an entry, when that is much less than all of it. */
const PARTS = [
  { name: '@qmi/core client only (createClient)', contents: "export { createClient } from '@qmi/core';", budget: 45 },
];
/** Not code a page loads: data files and the package manifest. */
const NOT_CODE = /\.(css|json)$|\/package\.json$/;
/** What an app provides itself: not counted against our budget. */
const EXTERNAL = ['react', 'react-dom', 'react/jsx-runtime'];

const entries = ['core', 'validators', 'elements'].flatMap((name) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages', name, 'package.json'), 'utf8'));
  return Object.keys(manifest.exports)
    .filter((key) => !NOT_CODE.test(key) && !key.includes('*'))
    .map((key) => `${manifest.name}${key.slice(1)}`);
});

let failed = 0;
const checks = [
  ...entries.map((entry) => ({ name: entry, contents: `export * from '${entry}';`, budget: BUDGETS[entry] })),
  ...PARTS,
];
for (const { name, contents, budget } of checks) {
  if (budget === undefined) {
    failed++;
    console.log(`NONE ${name.padEnd(40)} has no size budget: give it one in scripts/budgets.mjs`);
    continue;
  }
  const { outputFiles } = buildSync({
    stdin: { contents, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: EXTERNAL,
    write: false,
    logLevel: 'error',
  });
  const gzip = gzipSync(outputFiles[0].contents, { level: 9 }).length;
  const ok = gzip <= budget * KB;
  if (!ok) failed++;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name.padEnd(40)} ${(gzip / KB).toFixed(1).padStart(6)} KB gzip  (budget ${budget} KB)`,
  );
}
for (const entry of Object.keys(BUDGETS).filter((name) => !entries.includes(name))) {
  failed++;
  console.log(`GONE ${entry.padEnd(40)} is no longer an entry point: remove its budget`);
}
process.exit(failed ? 1 : 0);
