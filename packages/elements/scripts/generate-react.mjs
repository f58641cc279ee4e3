#!/usr/bin/env node
// Writes src/react/index.ts, the React wrappers of every element, from custom-elements.json:
// one `@lit/react` component per tag (`qmi-application-form` -> `QmiApplicationForm`), its events
// as typed props (`qmi-save` -> `onQmiSave`, an `EventName<QmiSaveEvent>`).
//
//   node scripts/generate-react.mjs           writes the file (after `npm run analyze`)
//   node scripts/generate-react.mjs --check   exits 1 when the file is not what the manifest gives
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const MANIFEST = path.join(ROOT, 'custom-elements.json');
const OUTPUT = path.join(ROOT, 'src/react/index.ts');

const pascal = (kebab) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, letter) => letter.toUpperCase());

/** The manifest's `dist/x/y.js` as an import from src/react/index.ts (the same in dist/react/). */
const importPath = (modulePath) => {
  const match = /^dist\/(.+)\.js$/.exec(modulePath);
  if (!match) throw new Error(`custom-elements.json: unexpected module path ${modulePath}`);
  return `../${match[1]}.js`;
};

/** The first sentence of a description, on one line, safe inside a JSDoc comment. */
const summary = (text = '') => {
  const flat = text.replace(/\s+/g, ' ').trim().replace(/\*\//g, '*\\/');
  const end = flat.search(/\.(\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
};

export function generate(manifest) {
  /** Every class declared in the manifest -> the module that declares it. */
  const classes = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? [])
      if (declaration.kind === 'class') classes.set(declaration.name, module.path);
  }
  const elements = manifest.modules
    .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })))
    .filter(({ declaration }) => declaration.kind === 'class' && declaration.tagName)
    .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));
  if (elements.length === 0) throw new Error('custom-elements.json lists no element: run `npm run analyze` first');

  const imports = new Map(); // module -> Set of import specifiers
  const typeImports = new Map();
  const add = (map, module, specifier) => {
    if (!map.has(module)) map.set(module, new Set());
    map.get(module).add(specifier);
  };
  const blocks = [];
  const eventTypes = new Set();

  for (const { module, declaration } of elements) {
    const tag = declaration.tagName;
    const name = pascal(tag);
    const local = `${name}Element`;
    add(imports, importPath(module.path), declaration.name === local ? local : `${declaration.name} as ${local}`);
    const events = (declaration.events ?? []).map((event) => {
      if (!event.name || !event.type?.text)
        throw new Error(`${declaration.name}: an event without a name or a type (@fires {Class} name - description)`);
      const eventModule = classes.get(event.type.text);
      if (!eventModule)
        throw new Error(`${declaration.name}: event class ${event.type.text} is not in custom-elements.json`);
      add(typeImports, importPath(eventModule), event.type.text);
      eventTypes.add(event.type.text);
      return {
        prop: `on${pascal(event.name)}`,
        name: event.name,
        type: event.type.text,
        description: summary(event.description),
      };
    });
    const attributes = (declaration.attributes ?? [])
      .filter((attribute) => attribute.fieldName)
      .map((attribute) => [attribute.fieldName, attribute.name]);
    const lines = [];
    lines.push(`/**`);
    lines.push(` * \`<${tag}>\` in React. ${summary(declaration.summary || declaration.description)}`);
    lines.push(` */`);
    lines.push(`export const ${name} = /* @__PURE__ */ wrap({`);
    lines.push(`  tagName: '${tag}',`);
    lines.push(`  elementClass: ${local},`);
    lines.push(`  displayName: '${name}',`);
    if (events.length === 0) lines.push(`  events: {},`);
    else {
      lines.push(`  events: {`);
      for (const event of events) {
        if (event.description) lines.push(`    /** ${event.description} */`);
        lines.push(`    ${event.prop}: '${event.name}' as EventName<${event.type}>,`);
      }
      lines.push(`  },`);
    }
    lines.push(
      `  attributes: { ${attributes.map(([field, attribute]) => `${/^[A-Za-z_$][\w$]*$/.test(field) ? field : `'${field}'`}: '${attribute}'`).join(', ')} },`,
    );
    lines.push(`});`);
    blocks.push(lines.join('\n'));
  }

  const importLines = [`import type { EventName } from '@lit/react';`];
  for (const [module, specifiers] of [...imports].sort(([a], [b]) => a.localeCompare(b))) {
    importLines.push(`import { ${[...specifiers].sort().join(', ')} } from '${module}';`);
  }
  for (const [module, specifiers] of [...typeImports].sort(([a], [b]) => a.localeCompare(b))) {
    importLines.push(`import type { ${[...specifiers].sort().join(', ')} } from '${module}';`);
  }
  importLines.push(`import { wrap } from './create.js';`);

  return `// Generated by scripts/generate-react.mjs from custom-elements.json: do not edit by hand.
// After a change to an element: \`npm run analyze -w @qmi/elements && npm run generate:react -w @qmi/elements\`
// (a test fails while this file is not what the manifest gives).
//
// React wrappers of every element (\`@lit/react\`): element properties are set as properties, events
// are typed props (\`onQmiSave\`). Importing this module on a server (no DOM) is safe. In a browser,
// each wrapper registers its tag when it is not registered yet; a bundler leaves out the wrappers (and
// the elements) an app does not use (\`@__PURE__\`).
${importLines.join('\n')}

${blocks.join('\n\n')}

export type { ${[...eventTypes].sort().join(', ')} };
`;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const expected = generate(JSON.parse(fs.readFileSync(MANIFEST, 'utf8')));
  if (process.argv.includes('--check')) {
    const actual = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
    if (actual !== expected) {
      console.error(
        `${path.relative(process.cwd(), OUTPUT)} is not what custom-elements.json gives: run \`npm run analyze -w @qmi/elements && npm run generate:react -w @qmi/elements\`.`,
      );
      process.exit(1);
    }
    console.log(`${path.relative(process.cwd(), OUTPUT)} is up to date.`);
  } else if (fs.existsSync(OUTPUT) && fs.readFileSync(OUTPUT, 'utf8') === expected) {
    console.log(`${path.relative(process.cwd(), OUTPUT)} is up to date.`);
  } else {
    fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
    fs.writeFileSync(OUTPUT, expected);
    console.log(`Wrote ${path.relative(process.cwd(), OUTPUT)}.`);
  }
}
