// `npm run docs`: the references of docs/reference/ (see its README.md).
// - The API reference: TypeDoc over the entry points of every package.json `exports` (read from the
//   sources, as scripts/api-report.mjs reads them), as HTML in docs/reference/api/ (not committed).
// - The components' reference: docs/reference/components.md from @qmi/elements' Custom Elements Manifest
//   (packages/elements/custom-elements.json, which `npm run build` regenerates), committed.
// `--check` (a step of `npm test`): TypeDoc's validation without writing the HTML — a public export
// without a doc comment, a broken {@link} or a type that a public signature names but no entry point
// exports fails — and components.md must be what the manifest gives (else: run `npm run docs`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Application, Converter, LogLevel, OptionDefaults, ReflectionKind, TSConfigReader } from 'typedoc';
import { entryPoints } from './lib/api-surface.mjs';
import { PACKAGES, ROOT } from './lib/setup.mjs';

const check = process.argv.includes('--check');
const REFERENCE = path.join(ROOT, 'docs/reference');
const API_OUT = path.join(REFERENCE, 'api');
const COMPONENTS = path.join(REFERENCE, 'components.md');
const MANIFEST = path.join(ROOT, 'packages/elements/custom-elements.json');

const started = process.hrtime.bigint();
const failures = [];

// 1. The components' reference.
const components = componentsReference(JSON.parse(fs.readFileSync(MANIFEST, 'utf8')));
const committed = fs.existsSync(COMPONENTS) ? fs.readFileSync(COMPONENTS, 'utf8') : '';
if (check) {
  if (components === committed) console.log('docs/reference/components.md: up to date');
  else
    failures.push(
      'docs/reference/components.md differs from packages/elements/custom-elements.json: run `npm run docs` and commit it' +
        " (after `npm run build`, which regenerates the manifest from the elements' JSDoc).",
    );
} else {
  fs.mkdirSync(REFERENCE, { recursive: true });
  fs.writeFileSync(COMPONENTS, components);
  console.log(`docs/reference/components.md: ${components === committed ? 'up to date' : 'written'}`);
}

// 2. The API reference.
const apiOk = await apiReference();
if (!apiOk)
  failures.push(
    'TypeDoc: see the warnings above (an export without a doc comment, a broken {@link}, a type not exported).',
  );

const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage();
console.log(`(${seconds.toFixed(1)} s, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU)`);
if (failures.length) {
  for (const failure of failures) console.error(failure);
  process.exit(1);
}

/**
 * TypeDoc over every public entry point, each module named by its import path (`@qmi/elements/form`).
 * Returns whether it passed: no error and no warning.
 */
async function apiReference() {
  /** Source file -> the import paths it is published as. */
  const modules = new Map();
  for (const name of PACKAGES)
    for (const entry of entryPoints(name).filter((e) => e.source)) {
      const specifier = entry.subpath === '.' ? entry.package : `${entry.package}/${entry.subpath.slice(2)}`;
      modules.set(entry.source, [...(modules.get(entry.source) ?? []), specifier]);
    }
  // Source links: TypeDoc makes them from the clone's `origin` remote. A clone without one (a copy
  // of the repository, `git init` over a tarball) gets links to the files on this disk instead of
  // TypeDoc's warning, which would fail the check.
  const hasOrigin = spawnSync('git', ['-C', ROOT, 'remote', 'get-url', 'origin'], { stdio: 'ignore' }).status === 0;
  const sourceLinks = hasOrigin
    ? {}
    : { disableGit: true, displayBasePath: ROOT, sourceLinkTemplate: `${pathToFileURL(ROOT).href}/{path}#L{line}` };
  const app = await Application.bootstrapWithPlugins(
    {
      ...sourceLinks,
      name: 'qmi-kit',
      entryPoints: [...modules.keys()],
      entryPointStrategy: 'resolve',
      tsconfig: path.join(ROOT, 'tsconfig.docs.json'),
      out: API_OUT,
      readme: 'none',
      // `npm run typecheck` checks the types; TypeDoc only reads them (this halves its time).
      skipErrorChecking: true,
      excludePrivate: true,
      excludeProtected: true,
      excludeInternal: true,
      // The Custom Elements Manifest's tags (components.md shows what they say).
      blockTags: [
        ...OptionDefaults.blockTags,
        '@attr',
        '@attribute',
        '@csspart',
        '@cssprop',
        '@cssproperty',
        '@cssstate',
        '@event',
        '@fires',
        '@slot',
        '@tag',
        '@tagname',
      ],
      validation: { notExported: true, invalidLink: true, invalidPath: true, notDocumented: true, rewrittenLink: true },
      // What a public export must say: every exported declaration. Members (properties of an options
      // interface, methods of a class) are documented where they need it; a zod schema's inferred object
      // type has hundreds of nested properties that repeat the schema's own words.
      requiredToBeDocumented: ['Enum', 'Variable', 'Function', 'Class', 'Interface', 'TypeAlias'],
      packagesRequiringDocumentation: PACKAGES.map((name) => `@qmi/${name}`),
      treatWarningsAsErrors: true,
      emit: check ? 'none' : 'docs',
      logLevel: LogLevel.Warn,
      githubPages: false,
      hideGenerator: true,
      cleanOutputDir: true,
    },
    [new TSConfigReader()],
  );
  // Each module under its import path(s), not under its file's path.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
      const file = module.sources?.[0]?.fullFileName ?? context.project.getSymbolFromReflection?.(module);
      const names = file && modules.get(path.resolve(file));
      if (names) module.name = names.join(', ');
    }
  });
  // Members that a class inherits from a dependency (Lit's LitElement, the DOM's HTMLElement and Event)
  // are documented by that dependency: left out here, as they would be hundreds per element.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    // Also Lit's `static styles` of each element, whose doc comment is Lit's (with a link into Lit's own
    // docs): a page styles an element through its parts and custom properties (components.md).
    const external = (reflection) =>
      (reflection.inheritedFrom &&
        reflection.sources?.every((source) => source.fullFileName.includes('/node_modules/'))) ||
      (reflection.name === 'styles' && reflection.flags.isStatic && reflection.parent?.kindOf(ReflectionKind.Class));
    for (const reflection of Object.values(context.project.reflections))
      if (reflection.kindOf(ReflectionKind.ClassOrInterface))
        for (const child of reflection.children?.filter(external) ?? []) context.project.removeReflection(child);
  });
  const project = await app.convert();
  if (!project) return false;
  // Validated even after a conversion warning, so that one run lists every problem.
  app.validate(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) return false;
  if (check) {
    console.log(`TypeDoc: ${modules.size} entry points, every export documented, every link resolved`);
    return true;
  }
  await app.generateOutputs(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) return false;
  console.log(`TypeDoc: ${path.relative(ROOT, API_OUT)}/index.html (${modules.size} entry points)`);
  return true;
}

/** docs/reference/components.md from the manifest: one section per custom element. */
function componentsReference(manifest) {
  /** Tag -> { declaration, module (dist path), import paths }. */
  const elements = [];
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/elements/package.json'), 'utf8'));
  const importPaths = (distPath) =>
    Object.entries(pkg.exports)
      .filter(([, target]) => typeof target === 'object' && target.default === `./${distPath}`)
      .map(([subpath]) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`));
  const declarations = new Map();
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      declarations.set(`${module.path}#${declaration.name}`, declaration);
  for (const module of manifest.modules)
    for (const entry of module.exports ?? []) {
      if (entry.kind !== 'custom-element-definition') continue;
      const reference = entry.declaration;
      // The analyzer names the class's module by its source (`/src/x.component.js`); the modules are `dist/…`.
      const where = (reference.module ?? module.path).replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
      const declaration = declarations.get(`${where}#${reference.name}`);
      if (!declaration) throw new Error(`custom-elements.json: ${entry.name}: no declaration ${reference.name}`);
      elements.push({ tag: entry.name, declaration, module: module.path, imports: importPaths(module.path) });
    }
  elements.sort((a, b) => a.tag.localeCompare(b.tag));

  const cell = (text) =>
    String(text ?? '')
      .replace(/\s*\n\s*/g, ' ')
      .replaceAll('|', '\\|')
      .trim();
  const code = (text) => (text ? `\`${cell(text).replaceAll('`', '')}\`` : '');
  const table = (head, rows) =>
    rows.length
      ? [
          `| ${head.join(' | ')} |`,
          `| ${head.map(() => '---').join(' | ')} |`,
          ...rows.map((r) => `| ${r.join(' | ')} |`),
          '',
        ]
      : [];

  const lines = [
    '# Components reference',
    '',
    '<!-- Written by `npm run docs` from packages/elements/custom-elements.json (the Custom Elements Manifest,',
    "generated from the elements' JSDoc by `npm run build`); `npm test` fails when it differs. Do not edit by hand:",
    'change the JSDoc of the element (@attr, @fires, @slot, @csspart, @cssprop), build, then run `npm run docs`. -->',
    '',
    `The ${elements.length} custom elements of \`@qmi/elements\`. Each is registered by importing the module named`,
    'under its tag (or by the single-file bundles, `@qmi/elements/bundle` and `@qmi/elements/organisers-bundle`).',
    'The classes, event classes and types are in the [API reference](api/index.html) (`npm run docs` generates it).',
    '',
    ...elements.map(({ tag }) => `- [\`<${tag}>\`](#${tag})`),
  ];
  for (const { tag, declaration, module, imports } of elements) {
    const members = declaration.members ?? [];
    const attributes = declaration.attributes ?? [];
    const fieldOf = (attribute) => members.find((m) => m.name === attribute.fieldName);
    const properties = members.filter((m) => m.kind === 'field' && !m.static);
    const methods = members.filter((m) => m.kind === 'method' && !m.static);
    lines.push('', `## ${tag}`, '');
    lines.push(
      `\`<${tag}>\`, class \`${declaration.name}\`${declaration.superclass ? ` (extends \`${declaration.superclass.name}\`)` : ''}.`,
      `Defined by: ${imports.length ? imports.map((i) => `\`import '${i}'\``).join(', ') : `\`${module}\``}.`,
      '',
    );
    const description = [declaration.summary, declaration.description].filter(Boolean).join('\n\n').trim();
    if (description) lines.push(description, '');
    if (attributes.length) {
      lines.push('### Attributes', '');
      lines.push(
        ...table(
          ['Attribute', 'Property', 'Type', 'Default', 'Description'],
          attributes.map((a) => {
            const field = fieldOf(a);
            return [
              code(a.name),
              code(a.fieldName),
              code(a.type?.text ?? field?.type?.text),
              code(a.default ?? field?.default),
              cell(a.description ?? field?.description),
            ];
          }),
        ),
      );
    }
    const plain = properties.filter((p) => !attributes.some((a) => a.fieldName === p.name));
    if (plain.length) {
      lines.push('### Properties', '', 'Set from JavaScript only (no attribute).', '');
      lines.push(
        ...table(
          ['Property', 'Type', 'Default', 'Description'],
          plain.map((p) => [
            code(p.name) + (p.readonly ? ' (read-only)' : ''),
            code(p.type?.text),
            code(p.default),
            cell(p.description),
          ]),
        ),
      );
    }
    if (methods.length) {
      lines.push('### Methods', '');
      lines.push(
        ...table(
          ['Method', 'Description'],
          methods.map((m) => [
            code(
              `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type?.text ?? 'unknown'}`).join(', ')})`,
            ),
            cell(m.description),
          ]),
        ),
      );
    }
    for (const [title, list, head, row] of [
      [
        'Events',
        declaration.events ?? [],
        ['Event', 'Type', 'Description'],
        (e) => [code(e.name), code(e.type?.text), cell(e.description)],
      ],
      [
        'Slots',
        declaration.slots ?? [],
        ['Slot', 'Description'],
        (s) => [s.name ? code(s.name) : '(default)', cell(s.description)],
      ],
      ['CSS parts', declaration.cssParts ?? [], ['Part', 'Description'], (p) => [code(p.name), cell(p.description)]],
      [
        'CSS custom properties',
        declaration.cssProperties ?? [],
        ['Property', 'Default', 'Description'],
        (p) => [code(p.name), code(p.default), cell(p.description)],
      ],
      [
        'Custom states',
        declaration.cssStates ?? [],
        ['State', 'Description'],
        (s) => [code(`:state(${s.name})`), cell(s.description)],
      ],
    ])
      if (list.length) lines.push(`### ${title}`, '', ...table(head, list.map(row)));
    while (lines.at(-1) === '') lines.pop();
  }
  return `${lines.join('\n')}\n`;
}
