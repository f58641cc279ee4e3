// Size budgets of what partner pages and apps load (esbuild, minified, gzip -9), checked by `npm test`:
// one budget for every JavaScript entry point of the browser packages (@qmi/core, @qmi/validators,
// @qmi/elements), read from their `exports` maps, so a new entry cannot ship without one.
// A budget is raised on purpose, in this file, with the reason; never silently.
// (@qmi/sandbox is a Node server: its size is not something a page pays for.)
//
// What is measured (issue 17): what a page downloads BEFORE it uses anything, as a browser fetches it.
// Each entry is built with code splitting, as an app's bundler would; it costs its own chunk plus every
// chunk those import with a static `import` (each file gzipped on its own, as served). Chunks behind an
// `import()` (tus-js-client until a file is chosen, the English texts until a page is in English) come
// later: printed, not counted. The single-file bundles are measured as shipped, file by file in dist/:
// the bundle, plus what a typical page of its elements loads (the element chunks and their static
// imports), since the bundle itself only loads the chunks of the tags a page has.
import { build, buildSync } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ROOT } from './lib/setup.mjs';

const KB = 1024;
/** Package entry -> budget in KB, with why it is what it is. */
const BUDGETS = {
  // Issue 17 lowered every budget to what the entry now loads before use, plus about 1 KB. How: zod/mini
  // instead of zod (its methods on prototypes shook nothing); the client built from one module per
  // resource, so an element loads only its own calls; the answers' schemas (and zod with them) fetched
  // with import() beside the first request, so no element's first load holds a schema library; the
  // lifecycle's plain values and the dossier's content helpers in modules without zod; tus-js-client
  // fetched when an upload starts; English strings fetched when an element first speaks English; the
  // session's rare flows (sign-up, e-mail links, ProConnect, re-authentication, sign-out questions) and
  // the form's parts (uploader, people panel, organisers' feedback, commune picker) fetched when shown.
  // Goals of issue 17 still ahead are named beside their entry: what remains is lit (~6 KB), ky (~5 KB)
  // and the elements' own code. The error titles (~3 KB) are in no element's first load: one chunk per
  // language, fetched when a shown error must change language (test-node/error-titles.test.mjs).
  // All of core (what a Node app or a bundler sees first): the client, autosave (idb), uploads, the
  // messages' outbox, the rules' helpers. Its schemas and zod come with the first request. The error
  // titles are two files here (one per language, so that browsers load one), 0.9 KB more than one.
  '@qmi/core': 55,
  '@qmi/core/testing': 4,
  '@qmi/validators': 10,
  // The communes by SIREN, for the server's ProConnect sign-in (with the commune directory it names them by).
  '@qmi/validators/siren': 4,
  // The application window's state and the call's dates, for what elements render at once (the rules come later).
  '@qmi/validators/application-window': 1,
  // The media types' extensions, for a file picker's `accept` (the rules that check a file come later).
  '@qmi/validators/media-types': 1,
  // Every element, for an app importing the whole library (a bundler drops what the app does not use).
  '@qmi/elements': 103,
  // Issue 17's goal, met: the rules (evaluate(), the communes, their messages) and the journal's IndexedDB
  // code (idb) are fetched while the dossier's requests are on their way, and the dossier shows with them;
  // its uploader, people panel, feedback (and the actions on it) and commune picker come when shown. Core's
  // upload engine is no longer in it: core's index files are `export *` only, so esbuild places in a first
  // load only the core modules whose names that page imports (packages/core/src/index.ts). Of the platform's
  // auth it takes `auth.me` alone (meResource); the session around it signs people in and out.
  '@qmi/elements/form': 47.5,
  // Goal 25 KB: start-up and the client's auth; the sign-in form and the account bar come beside the session's
  // check, the rest of its flows when entered. The journal's forgetting (idb) and the remembered uploads are
  // core's import() wrappers, fetched with the sign-out's chunk. Core's routes that only the links' chunk uses
  // (account, invitations, reviewers) come with it, since core's index files are `export *` only. The forms'
  // styles come with the sign-in form and the account bar's with the bar, and so do what its buttons do and
  // say (signing out, the account deleted, the confirmation e-mail again). The steps between the forms and
  // the e-mails' links' completion come with the flows (session.flows.controller.ts).
  // Issue 17's goal, met: its properties are declared statically (`static properties`), so lit's decorators and esbuild's helper for them are in none of
  // its first load (0.5 KB); a link waiting for a sign-in is kept and completed by the flows' chunk, the shell
  // only asks whether one waits. Still in: lit, @lit/task and @lit/context, ky, the client's auth (all of it:
  // core's authResource is one factory) with core's table of error codes, and the element's own code.
  '@qmi/elements/session': 25,
  // Issue 15's account page (address, password, communes and their requests, export, deletion).
  '@qmi/elements/account': 31,
  '@qmi/elements/commune-picker': 13,
  // Goal 25 KB until a file is chosen: tus-js-client (about 17 KB) and the platform's checks of a file
  // (@qmi/validators) come when a person reaches the picker (focus, hover, a file dragged over it), not
  // with the page. Core's DocumentUpload comes with them, and with it the code that makes, starts and follows
  // an upload (uploader.upload.ts: its progress, its events, its end, a platform's refusal and the focus given
  // back to the file input), since no upload exists before that chunk came (a file chosen before it came is
  // listed and waits for it as for the connection): core's index files are `export *` only, and the engine's preload is a module of its own
  // (core/src/uploads/preload.ts). The words of what happens once a file is chosen come with the picker's
  // chunk (uploader.messages.later.ts); a document's bytes are fetched with the code that
  // fetches them (core's download-later.ts), when asked. Its list keys rows with lit's `keyed`, not `repeat`
  // (0.7 KB). esbuild's CommonJS helpers are gone: core ships tus-js-client's browser build as ES modules.
  // Issue 17's goal, met (24.8 KB): lit, ky, core's table of error codes and the element's own code. It tells
  // a refusal by `ApiError`, so it loads the typed errors' shared chunk (+0.1 KB since they left the first
  // load of the pages that do not use them).
  '@qmi/elements/uploader': 25,
  // Issue 17's goal, met (19.6 KB): lit (~6.5 KB), ky (~5 KB), @lit/task, the calls resource with core's
  // client, the platform's clock and its own code. Its first load is its file and core's small chunk of the
  // errors without an answer (ConnectionError…), which the typed errors share: `ApiError` and its subclasses,
  // with the table of error codes they check, come in one chunk with the problem schema, beside its first
  // request (core's problem-reader.ts), and so does the diagnosis of a request left unanswered (connection.ts)
  // after a first failed attempt. Its properties and `QmiApiElement`'s are declared statically, so lit's
  // decorators and esbuild's helper for them are in none of it. The .ics writer is fetched on demand with the
  // Task it already has, the connection notice's English comes with the page's other English strings, and it
  // takes the design tokens without the buttons' forced-colour rules (it has no button). The licences of
  // lit's files (0.35 KB gzip) stay.
  '@qmi/elements/timeline': 20,
  // Issue 17's goal, met: the rules (evaluate()) come with the dossier they judge, what a call asks for with
  // the call (a page shows one or the other), and a dossier is read without the code that saves it.
  '@qmi/elements/checklist': 24,
  // Issue 17's goal, met: the outbox's engine (core's MessageOutbox) and the words of the failures only it
  // reports come with import() beside the thread's first fetch; what waits to be sent shows from localStorage.
  // The thread loads with @lit/task (conventions.md); what only the platform's answer needs (its messages'
  // dates and sides, the unread count, a thread still empty, "Message envoyé.") is in the engine's chunk,
  // which that first fetch waits for; the dates take the client's clock (the answer told it the time).
  '@qmi/elements/messages': 25,
  // Issue 16's back-office screens (not partner pages).
  '@qmi/elements/review-board': 27,
  '@qmi/elements/dossier-view': 31.5,
  '@qmi/elements/assessment': 41.5,
  '@qmi/elements/notifications': 21,
  // The organisers' bundle: the largest of its typical pages (a dossier with its assessment).
  '@qmi/elements/organisers-bundle': 76,
  // The partners' bundle: issue 17's goal, met. A 1.2 KB loader, then for a page showing the form or three
  // of the session, form, timeline, checklist and messages, those five in one file built by Rollup
  // (scripts/build-bundles.mjs): as separate chunks they were 58 files and 79 KB, each file gzipped
  // apart. A page with fewer keeps the elements' own chunks (a countdown alone: 29.0 KB). The rules
  // (@qmi/validators' root, 18 KB minified) are not in it: elements import the window helpers from
  // '@qmi/validators/application-window', since one static import of the root put all of it in the page.
  '@qmi/elements/bundle': 60,
  // Issue 18: what a page rendered on a server (@qmi/elements/ssr) imports before the elements so that they
  // hydrate: lit's hydration (@lit-labs/ssr-client) and the reading of the state the server put in each
  // shadow root. Only such pages load it, so no element's entry carries it; most of it is lit itself, which
  // the elements share with it.
  '@qmi/elements/ssr-client': 9,
  // Every element and its React wrapper (react itself is the app's); a bundler drops unused wrappers.
  '@qmi/elements/react': 121,
};
/** What most apps take of an entry, when that is much less than all of it. */
const PARTS = [
  // The client alone (createClient): its schemas come with the first request.
  { name: '@qmi/core client only (createClient)', contents: "export { createClient } from '@qmi/core';", budget: 11 },
];
/** Not code a page loads: data files and the package manifest. */
const NOT_CODE = /\.(css|json)$|\/package\.json$/;
/**
 * Node-only entries (an `exports` subpath with a `node` condition and no `default`): no page loads them.
 * `@qmi/elements/ssr` renders elements on a server; what a server-rendered page loads in the browser to
 * hydrate them is a chunk behind an `import()` (ssr/hydrate.ts, lit's hydrate), fetched only by an element
 * whose shadow root came with the page.
 */
const NODE_ONLY = ['@qmi/elements/ssr'];
/** What an app provides itself: not counted against our budget. */
const EXTERNAL = ['react', 'react-dom', 'react/jsx-runtime'];

/**
 * The pages a single-file bundle is budgeted for: what each loads before a file is chosen. The budget
 * holds the largest; every page is printed.
 */
const BUNDLE_PAGES = {
  '@qmi/elements/bundle': {
    'a partner page (session, form, timeline, checklist, messages)': [
      'qmi-session',
      'qmi-application-form',
      'qmi-timeline',
      'qmi-criteria-checklist',
      'qmi-messages',
    ],
    'a dossier to fill in (session, form)': ['qmi-session', 'qmi-application-form'],
    'the criteria (session, checklist)': ['qmi-session', 'qmi-criteria-checklist'],
    'a town hall’s page with the countdown (timeline)': ['qmi-timeline'],
  },
  '@qmi/elements/organisers-bundle': {
    'the board (session, notifications, board)': ['qmi-session', 'qmi-notifications', 'qmi-review-board'],
    'a dossier (session, dossier view, assessment)': ['qmi-session', 'qmi-dossier-view', 'qmi-assessment'],
  },
};
/** Tags whose module is not named after them. */
const ELEMENT_MODULES = { 'qmi-criteria-checklist': 'checklist' };
/**
 * Which pages the partners' bundle serves with the partner page's file (dist/chunks/partner-page-<hash>.js)
 * rather than the elements' own chunks: the bundle's own rule, from its module.
 */
const { suitsPartnerPage } = await import(path.join(ROOT, 'packages/elements/dist/bundle/partner-elements.js'));

const entries = ['core', 'validators', 'elements'].flatMap((name) => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages', name, 'package.json'), 'utf8'));
  return Object.keys(manifest.exports)
    .filter((key) => !NOT_CODE.test(key) && !key.includes('*'))
    .map((key) => `${manifest.name}${key.slice(1)}`)
    .filter((entry) => !NODE_ONLY.includes(entry));
});

const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes) => (bytes / KB).toFixed(1).padStart(6);

/** Files reachable from `starts` through the import kinds `follow`, in a metafile's `inputs` or `outputs`. */
function reachable(graph, starts, follow) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { path: next, kind } of graph[file]?.imports ?? []) if (follow(kind) && graph[next]) visit(next);
  };
  starts.forEach(visit);
  return seen;
}
const staticOnly = (kind) => kind === 'import-statement';
const any = () => true;

/**
 * An `import()` that tree shaking dropped (in a module the entry takes only part of, e.g. a barrel) still
 * makes esbuild start a chunk for its target, and the code that target shares with the entry is moved
 * into shared chunks the entry then loads whole. Rollup (Vite) drops such imports; so does this, by
 * leaving out the targets that nothing in the entry's output reaches.
 */
const dropImports = (targets) => ({
  name: 'drop-unreached-imports',
  setup(build) {
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.pluginData === 'resolving' || !targets.size) return undefined;
      const { path: target } = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      return targets.has(target) ? { path: args.path, external: true } : undefined;
    });
  },
});

/** An entry as an app's bundler splits it: { first: bytes before use, later: bytes behind import() }. */
async function measureSplit(contents) {
  const unreached = new Set();
  for (;;) {
    const { outputFiles, metafile } = await build({
      stdin: { contents, resolveDir: ROOT, loader: 'js', sourcefile: 'budget-entry.js' },
      absWorkingDir: ROOT,
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      outdir: path.join(ROOT, '.budgets-out'),
      external: EXTERNAL,
      write: false,
      metafile: true,
      logLevel: 'error',
      plugins: [dropImports(unreached)],
    });
    const gzipped = new Map(
      outputFiles.map((file) => [path.relative(ROOT, file.path).split(path.sep).join('/'), gzipSize(file.contents)]),
    );
    const size = (files) => [...files].reduce((sum, file) => sum + (gzipped.get(file) ?? 0), 0);
    const entry = Object.keys(metafile.outputs).find((file) => metafile.outputs[file].entryPoint === 'budget-entry.js');
    const first = reachable(metafile.outputs, [entry], staticOnly);
    const all = reachable(metafile.outputs, [entry], any);
    const orphans = Object.entries(metafile.outputs)
      .filter(([file, { entryPoint }]) => entryPoint && !all.has(file))
      .map(([, { entryPoint }]) => path.resolve(ROOT, entryPoint));
    if (!orphans.length || orphans.every((file) => unreached.has(file)))
      return { first: size(first), later: size(all) - size(first) };
    orphans.forEach((file) => unreached.add(file));
  }
}

/**
 * A shipped single-file bundle, file by file as a browser fetches them from dist/: the bundle, and for
 * each typical page the element chunks it loads with what they import statically.
 */
function measureBundle(entry, pages) {
  const file = fileURLToPath(import.meta.resolve(entry));
  // esbuild only reads the graph here (which file imports which, and how); sizes are the files' own.
  const { metafile } = buildSync({
    entryPoints: [file],
    absWorkingDir: ROOT,
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: path.join(ROOT, '.budgets-out'),
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const rel = (abs) => path.relative(ROOT, abs).split(path.sep).join('/');
  const size = (files) => [...files].reduce((sum, f) => sum + gzipSize(fs.readFileSync(path.join(ROOT, f))), 0);
  const start = rel(file);
  const own = reachable(metafile.inputs, [start], staticOnly);
  // The element chunks the bundle loads on demand: its (and its static imports') `import()`s.
  const chunks = [...own].flatMap((f) =>
    metafile.inputs[f].imports.filter(({ kind }) => kind === 'dynamic-import').map(({ path: p }) => p),
  );
  const chunkOf = (name) => {
    const found = chunks.find((chunk) => new RegExp(`/${name}-[\\w-]{8}\\.js$`).test(chunk));
    if (!found) throw new Error(`${entry}: no chunk ${name} (chunks: ${chunks.join(', ')})`);
    return found;
  };
  const all = size(reachable(metafile.inputs, [start], any));
  // As the bundle loads a page (src/bundle/autoload.ts): the partner page's file where it suits the page,
  // else the context root, then each element's chunk (named after its module: qmi-timeline -> timeline).
  const pageFiles = (tags) =>
    entry === '@qmi/elements/bundle' && suitsPartnerPage(new Set(tags))
      ? ['partner-page']
      : ['context-root', ...tags.map((tag) => ELEMENT_MODULES[tag] ?? tag.replace(/^qmi-/, ''))];
  const measured = Object.entries(pages).map(([page, tags]) => ({
    page,
    first: size(reachable(metafile.inputs, [start, ...pageFiles(tags).map(chunkOf)], staticOnly)),
  }));
  return { own: size(own), all, pages: measured, first: Math.max(...measured.map((p) => p.first)) };
}

let failed = 0;
const checks = [
  ...entries.map((entry) => ({ name: entry, contents: `export * from '${entry}';`, budget: BUDGETS[entry] })),
  ...PARTS,
];
console.log(`${''.padEnd(45)} ${'first'.padStart(9)}   (later, behind import())`);
for (const { name, contents, budget } of checks) {
  if (budget === undefined) {
    failed++;
    console.log(`NONE ${name.padEnd(40)} has no size budget: give it one in scripts/budgets.mjs`);
    continue;
  }
  const pages = BUNDLE_PAGES[name];
  const measured = pages ? measureBundle(name, pages) : await measureSplit(contents);
  const ok = measured.first <= budget * KB;
  if (!ok) failed++;
  const later = pages ? measured.all - measured.own : measured.later;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${name.padEnd(40)} ${kb(measured.first)} KB gzip  (budget ${budget} KB)` +
      (later ? `  +${kb(later).trim()} KB later` : ''),
  );
  if (pages) {
    console.log(
      `       the bundle file itself${''.padEnd(14)} ${kb(measured.own)} KB (every chunk it may load: ${kb(measured.all).trim()} KB)`,
    );
    for (const { page, first } of measured.pages)
      console.log(`       ${page}: ${kb(first).trim()} KB before a file is chosen`);
  }
}
for (const entry of Object.keys(BUDGETS).filter((name) => !entries.includes(name))) {
  failed++;
  console.log(`GONE ${entry.padEnd(40)} is no longer an entry point: remove its budget`);
}
process.exit(failed ? 1 : 0);
