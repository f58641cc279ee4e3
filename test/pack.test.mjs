// The packages as npm users get them: `npm pack` of each package (its `dist` must be built:
// scripts/test.mjs builds before the tests), checks of each packed manifest against its tarball,
// then an install of the four tarballs into a scratch project outside the repo, where a TypeScript
// file importing every public entry type-checks (nodenext, then bundler resolution) and a plain
// Node script runs core and validators for real. Everything happens in os.tmpdir(), removed at the end.
//
//   node --test --test-reporter=tap test/pack.test.mjs      (QMI_PACK_KEEP=1 keeps the temporary folder)
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import semver from 'semver';
import { nodeBinary, OTHER_NODE_LINES } from '../scripts/lib/node-lines.mjs';
import { PACKAGES, ROOT } from '../scripts/lib/setup.mjs';

const run = promisify(execFile);
const requireFromRoot = createRequire(path.join(ROOT, 'package.json'));

const timings = [];
const warnings = [];
let tmp;
let scratch;
/** name → { dir, tarball, files: Map(path → Buffer), manifest } */
const packed = new Map();

async function timed(label, fn) {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    timings.push([label, (performance.now() - start) / 1000]);
  }
}

// A child npm must act on its own folder: drop what an enclosing `npm test` exports about the repo
// (its prefix, its workspace, its package), keep the rest (cache, registry, user config).
const npmEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) =>
      !/^npm_(package_|lifecycle_|command$|config_(prefix|local_prefix|global|workspaces?|include_workspace_root)$)/i.test(
        key,
      ),
  ),
);

async function sh(command, args, cwd, { env = npmEnv, timeout = 300_000 } = {}) {
  try {
    return await run(command, args, { cwd, env, timeout, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    error.message = `${command} ${args.join(' ')} (in ${cwd}) failed: ${error.message}\n${error.stdout ?? ''}\n${error.stderr ?? ''}`;
    throw error;
  }
}

/** What npm put in the tarball (its `--json` file list), with the contents of those files. */
function packedFiles(dir, list) {
  return new Map(list.map(({ path: file }) => [file, fs.readFileSync(path.join(dir, file))]));
}

const rel = (target) => target.replace(/^\.\//, '');
const isModuleFile = (target) => /\.(m|c)?js$|\.d\.(m|c)?ts$/.test(target);
const escape = (text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
/** A sideEffects pattern as a RegExp over tarball paths (webpack's rules: no "/" means any folder). */
const globToRegExp = (pattern) => {
  const body = rel(pattern)
    .split('**')
    .map((part) => part.split('*').map(escape).join('[^/]*'))
    .join('.*');
  return new RegExp(pattern.includes('/') ? `^${body}$` : `(^|/)${body}$`);
};

/** Every subpath of an `exports` field with every string target under it, whatever the conditions. */
function exportEntries(exportsField) {
  if (exportsField === undefined) return [];
  const isSubpathMap =
    typeof exportsField === 'object' &&
    !Array.isArray(exportsField) &&
    exportsField !== null &&
    Object.keys(exportsField).every((key) => key.startsWith('.'));
  const map = isSubpathMap ? exportsField : { '.': exportsField };
  return Object.entries(map).map(([subpath, value]) => {
    const targets = [];
    const walk = (node, conditions) => {
      if (typeof node === 'string') targets.push({ conditions, target: node });
      else if (Array.isArray(node)) node.forEach((item) => walk(item, conditions));
      else if (node && typeof node === 'object')
        for (const [condition, inner] of Object.entries(node)) walk(inner, [...conditions, condition]);
    };
    walk(value, []);
    return { subpath, targets };
  });
}

/**
 * The specifiers a user can import as modules: every subpath of `exports` except ./package.json and
 * assets (CSS, JSON…); wildcard subpaths are expanded against the files in the tarball.
 */
function moduleSpecifiers(name) {
  const { manifest, files } = packed.get(name);
  const specifiers = [];
  for (const { subpath, targets } of exportEntries(manifest.exports)) {
    if (subpath === './package.json' || !targets.some(({ target }) => isModuleFile(target))) continue;
    if (/\.(css|json|svg|png|woff2?)$/.test(subpath)) continue;
    if (!subpath.includes('*')) {
      specifiers.push(subpath === '.' ? name : `${name}/${rel(subpath)}`);
      continue;
    }
    const runtime =
      targets.find(
        ({ target, conditions }) => target.includes('*') && !conditions.includes('types') && isModuleFile(target),
      ) ?? targets[0];
    const [before, after] = rel(runtime.target).split('*');
    for (const file of files.keys()) {
      if (file.startsWith(before) && file.endsWith(after) && file.length >= before.length + after.length) {
        specifiers.push(`${name}/${rel(subpath).replace('*', file.slice(before.length, file.length - after.length))}`);
      }
    }
  }
  return specifiers;
}

const versionFromRepo = (dependency) => {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const fromLock = lock.packages?.[`node_modules/${dependency}`]?.version;
  if (fromLock) return fromLock;
  try {
    return requireFromRoot(`${dependency}/package.json`).version;
  } catch {
    throw new Error(
      `the repo has no version of ${dependency} (root package-lock.json and node_modules): add it to the root devDependencies`,
    );
  }
};

before(async () => {
  for (const name of PACKAGES) {
    const dist = path.join(ROOT, 'packages', name, 'dist');
    if (!fs.existsSync(dist))
      throw new Error(`@qmi/${name} is not built (no ${dist}): run \`npm run build\` at the repo root first`);
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qmi-pack-'));
  scratch = path.join(tmp, 'scratch');
  const tarballs = path.join(tmp, 'tarballs');
  fs.mkdirSync(tarballs);
  await timed('npm pack (4 packages)', async () => {
    for (const name of PACKAGES) {
      const dir = path.join(ROOT, 'packages', name);
      const { stdout } = await sh('npm', ['pack', '--json', '--pack-destination', tarballs], dir);
      // Lifecycle scripts (prepack) may print before the JSON: take the array at the end.
      const [result] = JSON.parse(stdout.slice(stdout.indexOf('[\n')));
      const tarball = path.join(tarballs, result.filename);
      const files = packedFiles(dir, result.files);
      const manifest = JSON.parse(files.get('package.json').toString('utf8'));
      packed.set(manifest.name, { short: name, dir, tarball, files, manifest });
    }
  });
});

after(() => {
  // QMI_PACK_KEEP=1 keeps the tarballs and the scratch project to look into.
  if (tmp && process.env.QMI_PACK_KEEP) console.log(`kept: ${tmp}`);
  else if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  const lines = timings.map(([label, seconds]) => `  ${label.padEnd(44)} ${seconds.toFixed(1).padStart(6)} s`);
  const total = timings.reduce((sum, [, seconds]) => sum + seconds, 0);
  console.log(`timings:\n${lines.join('\n')}\n  ${'total'.padEnd(44)} ${total.toFixed(1).padStart(6)} s`);
  if (warnings.length) console.log(`warnings (not failures):\n${warnings.map((w) => `  - ${w}`).join('\n')}`);
});

// ─── 1–2. The packed manifests against their tarballs ────────────────────────────────────────

for (const short of PACKAGES) {
  const name = `@qmi/${short}`;
  test(`${name}: the packed package.json and file list are ready to publish`, () => {
    const entry = packed.get(name);
    assert.ok(
      entry,
      `${name} was not packed (its package.json names it ${[...packed.values()].find((p) => p.short === short)?.manifest.name})`,
    );
    const { manifest, files } = entry;
    const paths = [...files.keys()];
    const problems = [];
    const has = (target) => files.has(rel(target));
    const mustExist = (where, target) => {
      if (typeof target !== 'string') problems.push(`${where} is not a path: ${JSON.stringify(target)}`);
      else if (!target.startsWith('./') && where.startsWith('exports'))
        problems.push(`${where} → "${target}" must start with "./"`);
      else if (!has(target)) problems.push(`${where} → ${target} is not in the tarball`);
    };

    // What ships: dist, and none of the sources, tests or configs.
    if (manifest.private) problems.push('"private": true — npm publish would refuse it');
    if (manifest.type !== 'module') problems.push(`"type" is ${JSON.stringify(manifest.type)}, expected "module"`);
    if (!Array.isArray(manifest.files) || !manifest.files.some((f) => /^(\.\/)?dist(\/|$)/.test(f)))
      problems.push(`"files" does not ship dist: ${JSON.stringify(manifest.files)}`);
    if (!paths.some((file) => file.startsWith('dist/'))) problems.push('the tarball has no dist/ file (not built?)');
    const stray = paths.filter((file) =>
      /^(src|test|tests|__tests__|stories|scripts|bench|node_modules|\.data)\/|(^|\/)tsconfig[^/]*\.json$|(^|\/)(tsup|vite|vitest|web-test-runner)\.config\.|\.test\.(m|c)?[jt]sx?$|(^|\/)\.env/.test(
        file,
      ),
    );
    if (stray.length)
      problems.push(
        `the tarball ships files that are not for users: ${stray.slice(0, 8).join(', ')}${stray.length > 8 ? ` (+${stray.length - 8})` : ''}`,
      );
    if (!files.has('README.md')) warnings.push(`${name}: no README.md in the tarball (the npm page will be empty)`);
    if (manifest.license && !paths.some((file) => /^licen[cs]e(\.|$)/i.test(file)))
      warnings.push(`${name}: "license": "${manifest.license}" but no LICENSE file in the tarball`);

    // Every path the manifest names.
    if (manifest.exports === undefined) problems.push('no "exports" field');
    for (const { subpath, targets } of exportEntries(manifest.exports)) {
      if (targets.length === 0) problems.push(`exports["${subpath}"] has no target`);
      const conditionsSeen = targets.map(({ conditions }) => conditions.join('.'));
      for (const { conditions, target } of targets) {
        const where = `exports["${subpath}"]${conditions.map((c) => `.${c}`).join('')}`;
        if (conditions.at(-1) === 'types' && !/\.d\.(m|c)?ts$/.test(target))
          problems.push(`${where} → ${target} is not a .d.ts file`);
        if (subpath.includes('*') !== target.includes('*'))
          problems.push(`${where} → ${target}: a pattern must map to a pattern`);
        if (!target.includes('*')) {
          mustExist(where, target);
          continue;
        }
        const [head, tail] = rel(target).split('*');
        const matches = paths.filter(
          (file) => file.startsWith(head) && file.endsWith(tail) && file.length > head.length + tail.length,
        );
        if (matches.length === 0) problems.push(`${where} → ${target} matches no file of the tarball`);
      }
      const jsTargets = targets.filter(
        ({ target, conditions }) => /\.(m|c)?js$/.test(target) && !conditions.includes('types'),
      );
      if (jsTargets.length && !conditionsSeen.some((c) => c.split('.').includes('types'))) {
        // Without a types condition TypeScript looks for a .d.ts next to the file.
        for (const { target } of jsTargets.filter(({ target }) => !target.includes('*'))) {
          if (!has(target.replace(/\.(m|c)?js$/, '.d.$1ts')))
            problems.push(`exports["${subpath}"] has no "types" condition and no .d.ts beside ${target}`);
        }
      }
    }
    for (const field of ['main', 'module', 'types', 'typings', 'customElements', 'browser']) {
      if (typeof manifest[field] === 'string') mustExist(`"${field}"`, manifest[field]);
    }
    if (manifest.types === undefined && manifest.typings === undefined)
      problems.push('no top-level "types" (TypeScript with moduleResolution node10 finds no types)');
    const bins =
      typeof manifest.bin === 'string' ? { [manifest.name.split('/').pop()]: manifest.bin } : (manifest.bin ?? {});
    for (const [command, target] of Object.entries(bins)) {
      mustExist(`bin["${command}"]`, target);
      if (has(target) && !files.get(rel(target)).toString('utf8', 0, 64).startsWith('#!'))
        problems.push(`bin["${command}"] → ${target} has no #! line`);
    }

    // Tree-shaking: declared; a list matches the files it names, and keeps the CSS the package exports.
    if (manifest.sideEffects === undefined) problems.push('"sideEffects" is not declared');
    else if (Array.isArray(manifest.sideEffects)) {
      for (const pattern of manifest.sideEffects) {
        const regexp = globToRegExp(pattern);
        if (paths.some((file) => regexp.test(file))) continue;
        if (pattern.includes('*'))
          warnings.push(`${name}: sideEffects pattern "${pattern}" matches no file of the tarball`);
        else problems.push(`sideEffects names ${pattern}, which is not in the tarball`);
      }
    }
    if (manifest.sideEffects !== true) {
      const css = paths.filter((file) => file.endsWith('.css'));
      const kept = Array.isArray(manifest.sideEffects) ? manifest.sideEffects.map(globToRegExp) : [];
      const dropped = css.filter((file) => !kept.some((regexp) => regexp.test(file)));
      if (dropped.length)
        problems.push(
          `"sideEffects" does not list the CSS it ships (a bundler would drop \`import '${name}/…css'\`): ${dropped.slice(0, 4).join(', ')}`,
        );
    }

    // Engines and publishing.
    const range = manifest.engines?.node;
    if (!range) problems.push('"engines.node" is not declared');
    else if (!semver.validRange(range)) problems.push(`"engines.node" is not a valid range: ${range}`);
    else if (!semver.satisfies(process.versions.node, range))
      problems.push(`"engines.node" (${range}) excludes the Node this repo runs on (${process.versions.node})`);
    if (manifest.name.startsWith('@') && manifest.publishConfig?.access !== 'public')
      problems.push('a scoped package needs "publishConfig": { "access": "public" } to publish for free');

    // Internal dependencies: the versions of the siblings packed with it, never workspace:/file: links.
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [dependency, spec] of Object.entries(manifest[field] ?? {})) {
        if (/^(workspace|file|link|git\+?[a-z]*):/.test(spec))
          problems.push(`${field}["${dependency}"] is "${spec}": not installable from the registry`);
        const sibling = packed.get(dependency);
        if (!sibling) continue;
        const version = sibling.manifest.version;
        const ok = semver.satisfies(version, spec);
        if (!ok) problems.push(`${field}["${dependency}"] is "${spec}" but ${dependency} is packed at ${version}`);
      }
    }

    // Code of other packages copied into ours (zod in core's schemas, tus-js-client's browser build, the
    // bundles' lit, ky…) ships with their licences: a LICENSES.md beside the copy names each package its
    // source maps name.
    for (const [file, body] of files) {
      if (!file.endsWith('.js.map')) continue;
      const copied = new Set(
        (JSON.parse(body.toString('utf8')).sources ?? []).flatMap(
          (source) => /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1] ?? [],
        ),
      );
      if (!copied.size) continue;
      const licences = files.get(path.posix.join(path.posix.dirname(file), 'LICENSES.md'))?.toString('utf8') ?? '';
      const missing = [...copied].filter((pkg) => !licences.includes(`## ${pkg} `));
      if (missing.length)
        problems.push(`${file} copies ${missing.join(', ')} without its licence in LICENSES.md beside it`);
    }

    // Every bare import of the shipped code is a declared dependency.
    const declared = new Set([
      manifest.name,
      ...['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((f) => Object.keys(manifest[f] ?? {})),
    ]);
    const undeclared = new Map();
    for (const [file, body] of files) {
      if (!/\.(m|c)?js$|\.d\.(m|c)?ts$/.test(file)) continue;
      // Leading whitespace or start of line only: skips code shown inside strings of the demo pages.
      for (const match of body
        .toString('utf8')
        // `import "x"`, `import x from "x"`, `import("x")`, `export … from "x"`: never `export "…` (text in a
        // template, e.g. a part named "button export" before an attribute).
        .matchAll(
          /(?:^|[\s;}])(?:import\s*(?:[\w*{}\s,$]+\s*from\s*)?\(?|export\s*[\w*{}\s,$]+\s*from)\s*['"]([^'"./][^'"]*)['"]/g,
        )) {
        const specifier = match[1];
        if (specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0])) continue;
        // A subpath import (`#tus-js-client`) is the package's own: its `imports` field must name it.
        if (specifier.startsWith('#')) {
          if (!manifest.imports?.[specifier]) undeclared.set(specifier, [...(undeclared.get(specifier) ?? []), file]);
          continue;
        }
        const pkg = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
        if (!declared.has(pkg)) undeclared.set(pkg, [...(undeclared.get(pkg) ?? []), file]);
      }
    }
    for (const [pkg, where] of undeclared)
      problems.push(
        `imports "${pkg}" (in ${where.slice(0, 3).join(', ')}) without declaring it in dependencies or peerDependencies`,
      );

    if (problems.length)
      assert.fail(`${name} (${entry.dir}/package.json and its tarball):\n  - ${problems.join('\n  - ')}`);
  });
}

// ─── 3. Install the tarballs into a scratch project outside the repo ─────────────────────────

test('the four tarballs install together into a scratch project outside the repo', async (t) => {
  assert.equal(packed.size, PACKAGES.length, 'not every package was packed');
  assert.ok(path.relative(ROOT, scratch).startsWith('..'), `the scratch project must be outside the repo (${scratch})`);
  fs.mkdirSync(scratch);
  fs.writeFileSync(
    path.join(scratch, 'package.json'),
    `${JSON.stringify({ name: 'qmi-pack-scratch', private: true, type: 'module' }, null, 2)}\n`,
  );
  // The versions the repo already uses (root package-lock.json), so the npm cache has them.
  // @types/node, as any Node user's project has: @qmi/sandbox's types name node:stream and NodeJS.ProcessEnv.
  // The browser packages must not need it (the browser-only check below leaves it out).
  const tools = ['typescript', 'react', 'react-dom', '@types/react', '@types/react-dom', '@types/node'].map(
    (dependency) => `${dependency}@${versionFromRepo(dependency)}`,
  );
  // TypeScript 7, the native compiler, beside 5.9: our .d.ts are checked by both (section 4). Under an
  // alias, as the repo's devDependencies hold it; its compiler is a binary in a platform package.
  for (const { name } of COMPILERS.filter((compiler) => compiler.alias))
    tools.push(`${name}@npm:typescript@${versionFromRepo(name)}`);
  // --ignore-scripts: @qmi/sandbox depends on better-sqlite3, whose install script compiles it
  // (about 70 s here, the prebuilt download fails offline); nothing below loads it at run time.
  const args = [
    'install',
    ...[...packed.values()].map((p) => p.tarball),
    ...tools,
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--ignore-scripts',
  ];
  const { stderr } = await timed('npm install (scratch project)', () => sh('npm', args, scratch));
  const seconds = timings.at(-1)[1];
  t.diagnostic(
    `npm ${args.map((a) => (a.endsWith('.tgz') ? path.basename(a) : a)).join(' ')}: ${seconds.toFixed(1)} s`,
  );
  if (seconds > 60) warnings.push(`npm install of the scratch project took ${seconds.toFixed(0)} s (cold npm cache?)`);
  // On a Node our "engines" accept, installing our packages must not warn that one of them (or one of their
  // dependencies) does not support it: a user reads EBADENGINE as "this does not work here".
  const unsupported = [
    ...stderr.matchAll(/EBADENGINE[^\n]*\n[^\n]*package: '([^']+)',\n[^\n]*required: \{ node: '([^']+)' \}/g),
  ].map((m) => `${m[1]} requires node ${m[2]}`);
  assert.deepEqual(
    unsupported,
    [],
    `npm install on Node ${process.versions.node} warns EBADENGINE:\n  - ${unsupported.join('\n  - ')}`,
  );
  assert.doesNotMatch(stderr, /EBADENGINE/, 'npm install printed an EBADENGINE warning');
  // Each @qmi package once, from its tarball: the internal versions resolved to the siblings, not the registry.
  const lock = JSON.parse(fs.readFileSync(path.join(scratch, 'node_modules/.package-lock.json'), 'utf8'));
  for (const [name, { manifest }] of packed) {
    const copies = Object.keys(lock.packages).filter(
      (key) => key === `node_modules/${name}` || key.endsWith(`/node_modules/${name}`),
    );
    assert.deepEqual(
      copies,
      [`node_modules/${name}`],
      `${name} is installed ${copies.length} times (${copies.join(', ')}): an internal dependency range does not match ${manifest.version}`,
    );
    const installed = lock.packages[`node_modules/${name}`];
    assert.equal(
      installed.version,
      manifest.version,
      `${name}: installed ${installed.version}, packed ${manifest.version}`,
    );
    assert.match(
      installed.resolved ?? '',
      /\.tgz$/,
      `${name} was not installed from its tarball (resolved: ${installed.resolved})`,
    );
  }
});

// ─── 4. TypeScript: every public entry, and its types in use ────────────────────────────────

/**
 * The compilers our users have: TypeScript 5.9 (`tsc` in JavaScript) and TypeScript 7 (the native
 * compiler); every check of this section runs under both. `name`: the folder of node_modules holding it.
 */
const COMPILERS = [
  { name: 'typescript', label: 'TypeScript 5' },
  { name: 'typescript-7', label: 'TypeScript 7', alias: true },
];
/** The version installed in the scratch project (what ran, not what was asked for). */
const installedVersion = (compiler) =>
  JSON.parse(fs.readFileSync(path.join(scratch, 'node_modules', compiler.name, 'package.json'), 'utf8')).version;

/** One import per public module entry of `names`, each checked not to be `any` (a missing .d.ts makes it so). */
function entriesFile(names = [...packed.keys()]) {
  const lines = [
    '// Generated by test/pack.test.mjs from the exports of the packed package.json files.',
    'type IsAny<T> = 0 extends 1 & T ? true : false;',
    'type NotAny<T> = IsAny<T> extends true ? false : true;',
  ];
  let index = 0;
  for (const name of names) {
    for (const specifier of moduleSpecifiers(name)) {
      lines.push(
        `import * as entry${index} from '${specifier}';`,
        `export const typed${index}: NotAny<typeof entry${index}> = true; // ${specifier}`,
      );
      index += 1;
    }
  }
  return { text: `${lines.join('\n')}\n`, count: index };
}

const exported = (name, subpath) =>
  exportEntries(packed.get(name)?.manifest.exports).some((entry) => entry.subpath === subpath);

/** Uses of the main types that fail when they are `any`, missing or wrong (the @ts-expect-error lines). */
function usageFile() {
  const parts = [
    `import { QMI_2, ApiError, CallDefinition, createClient, applyMergePatch, createMergePatch, type ApplicationContent, type Autosave, type DocumentRef, type Lang, type QmiClient } from '@qmi/core';
import { evaluate, RULES, type EvaluableApplication, type Issue, type Report } from '@qmi/validators';

const call: CallDefinition = QMI_2;
export const reparsed = CallDefinition.parse(QMI_2) satisfies CallDefinition;
export const deadline: string = call.applicationWindow.deadline;
export const edition: number = call.edition;
// @ts-expect-error the edition is a number
export const editionAsText: string = call.edition;
export const lang = 'en' satisfies Lang;
// @ts-expect-error only French and English
export const german = 'de' satisfies Lang;

const doc = (kind: string, partnerId?: string): DocumentRef => ({
  id: \`doc-\${kind}-\${partnerId ?? 'x'}\`, kind, filename: \`\${kind}.pdf\`, mediaType: 'application/pdf',
  sizeBytes: 1024, sha256: 'a'.repeat(64), uploadedAt: '2023-12-01T09:00:00Z', ...(partnerId ? { partnerId } : {}),
});
export function judge(dossier: ApplicationContent): Report {
  const application: EvaluableApplication = { ...dossier, commune: '93066', documents: [doc('mayor_letter'), doc('sector_sheet')] };
  const report = evaluate(application, call, { now: new Date('2023-12-01T09:00:00Z'), lang: 'en' });
  const ready: boolean = report.readyToSubmit;
  const rules: string[] = report.issues.map((issue: Issue) => issue.rule);
  // @ts-expect-error the instant to judge at is required: no hidden clock
  evaluate(application, call, {});
  // @ts-expect-error messages are in French or English only
  evaluate(application, call, { now: new Date(), lang: 'de' });
  // @ts-expect-error a challenge title is text
  evaluate({ challenge: { title: 42 } }, call, { now: new Date() });
  // @ts-expect-error a report is not a string
  const wrong: string = report;
  return ready && rules.length >= 0 && RULES.length > 0 && !wrong ? report : report;
}

export const client: QmiClient = createClient({ baseUrl: 'http://127.0.0.1:8787' });
// @ts-expect-error the base URL is a string or a URL
createClient({ baseUrl: 8787 });
export const patch = createMergePatch({ a: 1, b: 2 }, { a: 1, b: 3 });
export const patched: unknown = applyMergePatch({ a: 1 }, { a: null });

// Saves, error codes and autosave edits are typed by the dossier: typos do not compile.
export async function typedWrites(id: string, revision: number, engine: Autosave, error: unknown) {
  await client.applications.update(id, { challenge: { title: 'Rues aux écoles' }, sectors: null }, { ifMatch: revision });
  // @ts-expect-error a misspelt field of the dossier
  await client.applications.update(id, { challeng: { titel: 'Rues aux écoles' } }, { ifMatch: revision });
  // @ts-expect-error an e-mail address is text
  await client.applications.update(id, { team: { agent: { email: 42 } } }, { ifMatch: revision });
  await engine.edit('team.agent.email', 'agent@mairie.example');
  // @ts-expect-error a misspelt path
  await engine.edit('challeng.titel', 'Rues aux écoles');
  // @ts-expect-error a misspelt error code
  if (error instanceof ApiError && error.code === 'not_fuond') return;
}
`,
  ];
  if (exported('@qmi/core', './testing')) {
    parts.push(`import { exampleDossier } from '@qmi/core/testing';
export const example: ApplicationContent = exampleDossier();
export const judged: Report = judge(exampleDossier());
// @ts-expect-error exampleDossier takes no argument
exampleDossier('qmi-2');
`);
  }
  if (exported('@qmi/elements', '.')) {
    parts.push(`import { QmiApplicationForm, QmiTimeline } from '@qmi/elements';
export function elements(): void {
  const timeline: QmiTimeline = document.createElement('qmi-timeline');
  timeline.call = 'qmi-2';
  timeline.layout = 'horizontal';
  timeline.definition = QMI_2;
  // @ts-expect-error the layout is vertical or horizontal
  timeline.layout = 'diagonal';
  const form: QmiApplicationForm = document.createElement('qmi-application-form');
  const element: HTMLElement = form;
  // @ts-expect-error the tag names are known to TypeScript (HTMLElementTagNameMap)
  const notATimeline: QmiTimeline = document.createElement('qmi-application-form');
  void [element, notATimeline];
}
`);
  }
  if (exported('@qmi/elements', './react')) {
    parts.push(`import * as Wrappers from '@qmi/elements/react';
import type { ComponentType } from 'react';
type Exports = typeof Wrappers;
type ComponentNames = { [K in Extract<keyof Exports, string>]: Exports[K] extends ComponentType<any> ? K : never }[Extract<keyof Exports, string>];
// At least one React component, typed as such.
export const reactComponents: [ComponentNames] extends [never] ? false : true = true;
`);
  }
  if (exported('@qmi/sandbox', '.')) {
    // Types only: its runtime needs better-sqlite3's native module.
    parts.push(`import type { Sandbox, SandboxOptions, startSandbox } from '@qmi/sandbox';
export const sandboxOptions = { dataDir: '/tmp/qmi-sandbox', port: 0, calls: [QMI_2] } satisfies SandboxOptions;
// @ts-expect-error the data folder is required
export const noDataDir: SandboxOptions = { port: 0 };
type Started = Awaited<ReturnType<typeof startSandbox>>;
export const urlOf = (sandbox: Started): string => sandbox.url;
export const close = (sandbox: Sandbox): Promise<void> => sandbox.close();
`);
  }
  return parts.join('\n');
}

const typescriptFiles = () => {
  const entries = entriesFile();
  fs.writeFileSync(path.join(scratch, 'entries.ts'), entries.text);
  fs.writeFileSync(path.join(scratch, 'usage.ts'), usageFile());
  return entries.count;
};

/** tsc's errors grouped by where they are: our entries, one package's .d.ts, or a third-party one. */
function explainTscErrors(output) {
  const groups = new Map();
  const entries = fs.readFileSync(path.join(scratch, 'entries.ts'), 'utf8').split('\n');
  for (const line of output.split('\n').filter((l) => /error TS\d+/.test(l))) {
    const file = line.split('(')[0];
    let where = file;
    const own = /node_modules\/(@qmi\/[^/]+)\//.exec(file);
    const other = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
    if (own) where = `${own[1]}: its published .d.ts`;
    else if (other) where = `third-party types: ${other[1]}`;
    else if (file === 'entries.ts') {
      const lineNo = Number(/\((\d+),/.exec(line)?.[1]);
      where = `entries.ts: ${
        /from '([^']+)'|\/\/ (\S+)/
          .exec(entries[lineNo - 1] ?? '')
          ?.slice(1)
          .find(Boolean) ?? '?'
      }`;
    }
    groups.set(where, [...(groups.get(where) ?? []), line.trim()]);
  }
  return [...groups]
    .map(
      ([where, lines]) =>
        `${where}\n      ${lines.slice(0, 6).join('\n      ')}${lines.length > 6 ? `\n      (+${lines.length - 6} more)` : ''}`,
    )
    .join('\n  - ');
}

/**
 * Type-checks `files` (by default every public entry and the usage file) in the scratch project under
 * `compilerOptions`, strict, skipLibCheck false; fails with tsc's errors grouped by package. Returns tsc's
 * output (with `--listFiles` when `listFiles`: the files the program took in).
 */
async function typeCheck(t, compiler, label, compilerOptions, { files, count, listFiles = false } = {}) {
  const entries = typescriptFiles();
  const config = `tsconfig.${label}.json`;
  const base = {
    target: 'es2022',
    lib: ['es2022', 'dom'],
    strict: true,
    skipLibCheck: false,
    noEmit: true,
    forceConsistentCasingInFileNames: true,
  };
  fs.writeFileSync(
    path.join(scratch, config),
    JSON.stringify(
      { compilerOptions: { ...base, ...compilerOptions }, files: files ?? ['entries.ts', 'usage.ts'] },
      null,
      2,
    ),
  );
  const tsc = path.join(scratch, 'node_modules', compiler.name, 'bin/tsc');
  const args = [tsc, '-p', config, '--pretty', 'false', ...(listFiles ? ['--listFiles'] : [])];
  const version = installedVersion(compiler);
  const result = await timed(`tsc ${version} --noEmit (${label})`, () =>
    sh(process.execPath, args, scratch).catch((error) => error),
  );
  t.diagnostic(
    `${count ?? entries} public entries type-checked with TypeScript ${version}, ${label}, strict, skipLibCheck false`,
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  assert.ok(!(result instanceof Error) || output.includes('error TS'), `tsc did not run: ${result.message}`);
  if (result instanceof Error)
    assert.fail(
      `TypeScript ${version} (${label}) found errors in the scratch project (${scratch}):\n  - ${explainTscErrors(output)}`,
    );
  return output;
}

for (const compiler of COMPILERS) {
  test(`${compiler.label}, nodenext: a file importing every public entry type-checks, with real types`, (t) =>
    typeCheck(t, compiler, 'nodenext', { module: 'nodenext', moduleResolution: 'nodenext', types: ['node'] }));

  test(`${compiler.label}, bundler: the same file type-checks as a bundler user compiles it`, (t) =>
    typeCheck(t, compiler, 'bundler', { module: 'esnext', moduleResolution: 'bundler', types: ['node'] }));

  test(`${compiler.label}, a browser project without @types/node: core, validators and elements type-check`, async (t) => {
    // What a partner's front-end project has: the DOM's types, its bundler's resolution, no Node types.
    // Our .d.ts once imported tus-js-client's, which name Node's `Buffer`: such a project failed on them.
    const entries = entriesFile(['@qmi/core', '@qmi/validators', '@qmi/elements']);
    fs.writeFileSync(path.join(scratch, 'entries.browser.ts'), entries.text);
    const output = await typeCheck(
      t,
      compiler,
      'browser-without-node-types',
      { lib: ['es2022', 'dom', 'dom.iterable'], module: 'esnext', moduleResolution: 'bundler', types: [] },
      { files: ['entries.browser.ts'], count: entries.count, listFiles: true },
    );
    // A `/// <reference types="node" />` in one of our .d.ts would bring Node's types in through the back door.
    const nodeTypes = output.split('\n').filter((line) => line.includes('node_modules/@types/node/'));
    assert.deepEqual(nodeTypes.slice(0, 3), [], 'Node’s types were part of the browser-only program');
    // The program's file list is what proves it: an empty one would prove nothing.
    assert.ok(
      output.split('\n').some((line) => line.includes('node_modules/@qmi/elements/')),
      `TypeScript ${installedVersion(compiler)} listed none of @qmi/elements' files`,
    );
  });
}

// ─── 5. Plain Node: core and validators at run time; the React entry renders on the server ───

function checkScript() {
  const runtime = ['@qmi/core', '@qmi/validators'].flatMap((name) => moduleSpecifiers(name));
  return `// Generated by test/pack.test.mjs. Plain Node, no TypeScript, the packages as installed from npm.
import assert from 'node:assert/strict';
import { CallDefinition, QMI_2, applyMergePatch, createMergePatch, jsonSchemas } from '@qmi/core';
import { evaluate } from '@qmi/validators';

const out = {};
// Every JS entry of core and validators loads in Node.
for (const specifier of ${JSON.stringify(runtime)}) {
  const module = await import(specifier);
  assert.ok(Object.keys(module).length > 0, specifier + ' exports nothing');
}
out.entries = ${runtime.length};

// The QMI 2 preset parses with its own schema, and a wrong one does not.
const call = CallDefinition.parse(QMI_2);
assert.equal(call.id, 'qmi-2');
assert.equal(call.edition, 2);
assert.deepEqual(call, QMI_2, 'parsing the preset changes it');
assert.equal(CallDefinition.safeParse({ ...QMI_2, edition: 'deux' }).success, false, 'the schema accepts edition "deux"');
assert.equal(jsonSchemas().CallDefinition?.type, 'object', 'no JSON Schema for CallDefinition');
out.deadline = call.applicationWindow.deadline;

// JSON Merge Patch round trip.
const before = { challenge: { title: 'A' }, sectors: [] };
const afterEdit = { challenge: { title: 'B' }, sectors: [] };
assert.deepEqual(applyMergePatch(before, createMergePatch(before, afterEdit)), afterEdit);

// The rules: an empty dossier lists what is missing; the example dossier is ready once its documents are there.
const now = new Date('2023-12-01T09:00:00Z');
const empty = evaluate({ commune: '93066' }, call, { now });
assert.equal(empty.eligible, true, 'Saint-Denis (93066) should be eligible');
assert.equal(empty.readyToSubmit, false, 'an empty dossier is ready to submit');
const missing = empty.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.rule + ' ' + issue.path);
for (const expected of ['field.required challenge.title', 'documents.count documents.mayor_letter']) assert.ok(missing.includes(expected), 'missing ' + expected + ' in ' + missing.join(', '));
const english = evaluate({ commune: '93066' }, call, { now, lang: 'en' });
assert.deepEqual(english.issues.map((i) => i.rule), empty.issues.map((i) => i.rule));
assert.notEqual(english.issues[0].message, empty.issues[0].message, 'the English message is the French one');
out.emptyDossier = { readyToSubmit: empty.readyToSubmit, errors: missing.length, rules: [...new Set(empty.issues.map((i) => i.rule))] };
${
  exported('@qmi/core', './testing')
    ? `
const { exampleDossier } = await import('@qmi/core/testing');
const dossier = { ...exampleDossier(), commune: '93066' };
const withoutDocuments = evaluate(dossier, call, { now });
assert.equal(withoutDocuments.readyToSubmit, false);
assert.ok(withoutDocuments.issues.filter((i) => i.severity === 'error').every((i) => i.rule.startsWith('documents.') || i.rule === 'partners.support-letter'), 'the example dossier misses more than its documents: ' + JSON.stringify(withoutDocuments.issues));
const doc = (kind, partnerId) => ({ id: 'doc-' + kind + '-' + (partnerId ?? 'x'), kind, filename: kind + '.pdf', mediaType: 'application/pdf', sizeBytes: 2 * 1024 * 1024, sha256: 'a'.repeat(64), uploadedAt: '2023-12-01T09:00:00Z', ...(partnerId ? { partnerId } : {}) });
const documents = [doc('mayor_letter'), doc('sector_sheet'), ...dossier.partners.map((p) => doc('partner_support', p.id))];
const complete = evaluate({ ...dossier, documents }, call, { now });
assert.deepEqual(complete.issues, [], 'the example dossier with its documents has issues');
assert.equal(complete.readyToSubmit, true);
const late = evaluate({ ...dossier, documents }, call, { now: new Date('2024-01-13T10:00:00Z') });
assert.equal(late.readyToSubmit, false, 'ready to submit after the deadline');
out.exampleDossier = { readyToSubmit: complete.readyToSubmit, issues: complete.issues.length, sections: complete.sections.map((s) => s.id + ':' + s.status).join(' '), afterDeadline: late.issues.map((i) => i.rule) };
`
    : ''
}${
    exported('@qmi/elements', './react')
      ? `
// The React wrappers load and render on the server: no window here.
assert.equal(typeof window, 'undefined');
const wrappers = await import('@qmi/elements/react');
const { createElement } = await import('react');
const { renderToString } = await import('react-dom/server');
const rendered = {};
for (const [name, value] of Object.entries(wrappers)) {
  const isComponent = (typeof value === 'object' && value !== null && typeof value.$$typeof === 'symbol') || (typeof value === 'function' && /^[A-Z]/.test(name) && !/Event$/.test(name));
  if (!isComponent) continue;
  rendered[name] = renderToString(createElement(value));
  assert.match(rendered[name], /<qmi-[a-z-]+/, name + ' does not render a qmi- element: ' + rendered[name]);
}
assert.ok(Object.keys(rendered).length > 0, '@qmi/elements/react exports no React component: ' + Object.keys(wrappers).join(', '));
out.react = Object.fromEntries(Object.entries(rendered).map(([name, html]) => [name, html.slice(0, 60)]));
`
      : ''
  }
console.log(JSON.stringify(out));
`;
}

test('plain Node: core and validators run from the installed packages', async (t) => {
  fs.writeFileSync(path.join(scratch, 'check.mjs'), checkScript());
  const result = await timed('node check.mjs', () =>
    sh(process.execPath, ['check.mjs'], scratch).catch((error) => error),
  );
  assert.ok(
    !(result instanceof Error),
    `node check.mjs failed in the scratch project (${scratch}):\n${result.stderr ?? result.message}`,
  );
  const out = JSON.parse(result.stdout.trim().split('\n').at(-1));
  t.diagnostic(
    `empty dossier: readyToSubmit ${out.emptyDossier.readyToSubmit}, ${out.emptyDossier.errors} errors, rules ${out.emptyDossier.rules.join(', ')}`,
  );
  if (out.exampleDossier)
    t.diagnostic(
      `example dossier with documents: readyToSubmit ${out.exampleDossier.readyToSubmit}, ${out.exampleDossier.issues} issues; after the deadline: ${out.exampleDossier.afterDeadline.join(', ')}`,
    );
  if (out.react) t.diagnostic(`@qmi/elements/react rendered on the server: ${Object.keys(out.react).join(', ')}`);
  else t.diagnostic('@qmi/elements has no ./react entry yet: server rendering not checked');
  assert.equal(out.emptyDossier.readyToSubmit, false);
  if (out.exampleDossier) assert.equal(out.exampleDossier.readyToSubmit, true);
});

// ─── 6. The other Node lines: what npm would say there, and core and validators running there ───

/** The installed packages (the scratch project's) whose `engines.node` does not accept Node `version`: what npm warns EBADENGINE for. */
function enginesRefusing(version) {
  const lock = JSON.parse(fs.readFileSync(path.join(scratch, 'node_modules/.package-lock.json'), 'utf8'));
  const refusing = [];
  for (const key of Object.keys(lock.packages).filter((k) => k.startsWith('node_modules/'))) {
    const file = path.join(scratch, key, 'package.json');
    if (!fs.existsSync(file)) continue;
    const { name, version: own, engines } = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (engines?.node && !semver.satisfies(version, engines.node))
      refusing.push(`${name}@${own} requires node ${engines.node}`);
  }
  return refusing;
}

test('every package states in "engines" exactly the Node lines it is tested on', () => {
  const tested = [Number(process.versions.node.split('.')[0]), ...OTHER_NODE_LINES.map((line) => line.major)];
  for (const [name, { manifest }] of packed) {
    const range = manifest.engines?.node;
    assert.ok(range, `${name} states no engines.node`);
    for (const version of [process.versions.node, ...OTHER_NODE_LINES.map((line) => line.version)])
      assert.ok(
        semver.satisfies(version, range),
        `${name}: engines.node "${range}" refuses Node ${version}, which is tested`,
      );
    for (let major = 16; major <= 28; major++) {
      if (tested.includes(major)) continue;
      assert.ok(
        !semver.satisfies(`${major}.99.0`, range),
        `${name}: engines.node "${range}" accepts Node ${major}, which no test runs on`,
      );
    }
  }
});

for (const line of OTHER_NODE_LINES) {
  test(`Node ${line.major}: the packages install there without an engine warning, and core and validators run`, async (t) => {
    const node = await timed(`Node ${line.version}: unpacked from the registry`, async () => nodeBinary(line.version));
    const { stdout } = await sh(node, ['--version'], scratch);
    assert.equal(stdout.trim(), `v${line.version}`);
    const refusing = enginesRefusing(line.version);
    assert.deepEqual(
      refusing,
      [],
      `on Node ${line.version} npm would warn EBADENGINE:\n  - ${refusing.join('\n  - ')}`,
    );
    fs.writeFileSync(path.join(scratch, 'check.mjs'), checkScript());
    const result = await timed(`Node ${line.version}: node check.mjs`, () =>
      sh(node, ['check.mjs'], scratch).catch((error) => error),
    );
    assert.ok(
      !(result instanceof Error),
      `check.mjs failed on Node ${line.version} in the scratch project (${scratch}):\n${result.stderr ?? result.message}`,
    );
    const out = JSON.parse(result.stdout.trim().split('\n').at(-1));
    assert.equal(out.emptyDossier.readyToSubmit, false);
    if (out.exampleDossier) assert.equal(out.exampleDossier.readyToSubmit, true);
    assert.ok(out.react, '@qmi/elements/react rendered nothing on the server');
    t.diagnostic(
      `Node ${line.version}: no engine warning; empty dossier ${out.emptyDossier.errors} errors; @qmi/elements/react rendered ${Object.keys(out.react).length} components on the server`,
    );
  });
}
