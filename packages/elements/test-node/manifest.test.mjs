// The shipped Custom Elements Manifest says what the sources say: every element's tag, attributes,
// public properties, events, slots and ::parts. Read from the sources here by plain text, apart from
// the analyzer, so that a manifest gone stale (a source changed, the manifest not regenerated) or
// incomplete (a part or an event without its JSDoc line) fails.
//
//   node --test test-node/   (from packages/elements; no build needed)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const pkg = JSON.parse(read('package.json'));

const TAGS = [
  'qmi-session',
  'qmi-account',
  'qmi-application-form',
  'qmi-commune-picker',
  'qmi-document-uploader',
  'qmi-timeline',
  'qmi-criteria-checklist',
  'qmi-messages',
  'qmi-dossier-view',
  'qmi-notifications',
  'qmi-review-board',
  'qmi-assessment',
];

const sourceFiles = (dir = 'src') =>
  fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    return entry.isDirectory() ? sourceFiles(file) : file.endsWith('.ts') ? [file] : [];
  });
const SOURCES = sourceFiles().filter((file) => !file.startsWith('src/react/'));

/** Event class -> the event name it fires (`super('qmi-save', …)` or `static type = '…'`). */
const EVENT_NAMES = new Map();
for (const file of SOURCES) {
  const text = read(file);
  for (const match of text.matchAll(/export class (\w+) extends Event \{([\s\S]*?)\n\}/g)) {
    const name = /super\(\s*'([^']+)'/.exec(match[2])?.[1] ?? /static readonly type = '([^']+)'/.exec(match[2])?.[1];
    assert.ok(name, `the event name of ${match[1]} (${file})`);
    EVENT_NAMES.set(match[1], name);
  }
}

/** `customElements.define('qmi-x', Class)` in the registering modules: tag -> { className, file }. */
function definitions() {
  const found = new Map();
  for (const file of SOURCES) {
    const text = read(file);
    for (const match of text.matchAll(/customElements\.define\('([a-z-]+)', (\w+)\)/g)) {
      const [, tag, className] = match;
      const from = new RegExp(`import \\{[^}]*\\b${className}\\b[^}]*\\} from '(\\./[\\w.-]+\\.component)\\.js'`).exec(
        text,
      );
      assert.ok(from, `${file}: the module of ${className}`);
      found.set(tag, { className, file: path.posix.join(path.posix.dirname(file), `${from[1]}.ts`) });
    }
  }
  return found;
}
const DEFINED = definitions();

/** The `@property()` fields of a class body: name, attribute (or none), and whether JSDoc precedes. */
function properties(text) {
  const attributeOf = (options, name) =>
    /attribute:\s*false|state:\s*true/.test(options)
      ? undefined
      : (/attribute:\s*'([^']+)'/.exec(options)?.[1] ?? name.toLowerCase());
  const decorated = [...text.matchAll(/(\/\*\*(?:(?!\*\/)[^])*\*\/\s*)?@property\(([^)]*)\)\s+(\w+)/g)].map(
    ([, doc, options, name]) => ({ name, attribute: attributeOf(options, name), documented: Boolean(doc) }),
  );
  // Declared in `static properties = { name: { … } }` (where a first load must not carry lit's decorators):
  // the public ones, documented on their field.
  const block = /static (?:override )?properties[^=]*=\s*\{([^]*?)\n\s*\};/.exec(text)?.[1] ?? '';
  const declared = [...block.matchAll(/^\s*(\w+):\s*\{([^}]*)\}/gm)]
    .filter(([, , options]) => !/state:\s*true/.test(options))
    .map(([, name, options]) => ({
      name,
      attribute: attributeOf(options, name),
      documented: new RegExp(`\\*\\/\\s*${name}\\s*[=:]`).test(text),
    }));
  return [...decorated, ...declared];
}

/** Members the class keeps to itself (`private`, `protected`, `@state()`). */
const internalNames = (text) =>
  new Set(
    [
      ...text.matchAll(
        /^\s+(?:@state\(\)\s+)?(?:private|protected)\s+(?:static\s+)?(?:readonly\s+)?(?:async\s+)?(?:get\s+)?(\w+)/gm,
      ),
    ].map((m) => m[1]),
  );

/** The part names a template sets: `part="a b"`, `part="a ${x ? 'b' : 'c'}"`, `part=${…}`, and `exportparts`. */
function partsIn(text) {
  const names = new Set();
  const addTokens = (value) =>
    value
      .split(/[\s,]+/)
      .filter(Boolean)
      .forEach((token) => names.add(token.split(':').pop()));
  for (const match of text.matchAll(/(export)?parts?=("|\$\{)/g)) {
    const start = match.index + match[0].length;
    let value;
    if (match[2] === '"') value = text.slice(start, text.indexOf('"', start));
    else {
      let depth = 1;
      let end = start;
      while (depth > 0) {
        if (text[end] === '{') depth++;
        if (text[end] === '}') depth--;
        end++;
      }
      value = `\${${text.slice(start, end)}`;
    }
    // Static text, and what `${…}` expressions give: the branches of `cond ? 'a' : 'b'`.
    addTokens(value.replace(/\$\{[^}]*\}/g, ' '));
    for (const literal of value.matchAll(/[?:]\s*'([^']*)'/g)) addTokens(literal[1]);
  }
  return names;
}

/**
 * A component's own templates: its file and the modules of its folder it imports (`./session.form.js`),
 * and the ones those import in turn (the form renders its fields through `view.ts` and `fields.ts`).
 */
function ownSources(file) {
  const files = [file];
  for (const current of files) {
    const helpers = [...read(current).matchAll(/from '\.\/([\w.-]+)\.js'/g)].map((m) =>
      path.posix.join(path.posix.dirname(current), `${m[1]}.ts`),
    );
    for (const helper of helpers)
      if (!files.includes(helper) && fs.existsSync(path.join(ROOT, helper))) files.push(helper);
  }
  return files.map(read).join('\n');
}

function declarationOf(tag) {
  for (const module of manifest.modules) {
    const declaration = module.declarations?.find((d) => d.tagName === tag);
    if (declaration) return { module, declaration };
  }
  return undefined;
}

describe('custom-elements.json', () => {
  it('is what the analyzer makes of the sources today (not stale)', async () => {
    const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
    const log = console.log;
    console.log = () => {};
    let fresh;
    try {
      fresh = await cli({ argv: ['analyze', '--quiet'], cwd: ROOT, noWrite: true });
    } finally {
      console.log = log;
    }
    assert.deepEqual(
      JSON.parse(JSON.stringify(fresh)),
      manifest,
      'run `npm run analyze -w @qmi/elements` and commit custom-elements.json',
    );
  });

  it('is shipped and named by package.json', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.ok(pkg.files.includes('custom-elements.json'));
    assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
  });

  it('lists the twelve elements, each with the class that registers it and its module in dist', () => {
    assert.deepEqual([...DEFINED.keys()].sort(), [...TAGS].sort());
    for (const tag of TAGS) {
      const found = declarationOf(tag);
      assert.ok(found, `${tag} in the manifest`);
      assert.equal(found.declaration.name, DEFINED.get(tag).className);
      assert.equal(found.module.path, DEFINED.get(tag).file.replace(/^src\/(.*)\.ts$/, 'dist/$1.js'));
      assert.ok(fs.existsSync(path.join(ROOT, DEFINED.get(tag).file)));
      assert.ok(found.declaration.description?.length > 40, `${tag}: a description`);
    }
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      const { className, file } = DEFINED.get(tag);
      const text = read(file);
      const own = ownSources(file);
      const { declaration } = declarationOf(tag) ?? { declaration: {} };
      const base = /extends (\w+)/.exec(text.slice(text.indexOf(`export class ${className}`)))[1];
      const inherited = base === 'QmiApiElement' ? properties(read('src/context/api-element.ts')) : [];
      const props = [...properties(text), ...inherited];

      it('documents every @property (type and description) and every attribute', () => {
        assert.ok(props.length > 0);
        for (const prop of props) {
          assert.ok(prop.documented, `${file}: the JSDoc of ${prop.name}`);
          const member = declaration.members?.find((m) => m.name === prop.name && m.kind === 'field');
          assert.ok(member, `${tag}: property ${prop.name}`);
          assert.ok(member.type?.text, `${tag}: the type of ${prop.name}`);
          assert.ok(member.description, `${tag}: the description of ${prop.name}`);
          if (prop.attribute) {
            const attribute = declaration.attributes?.find((a) => a.name === prop.attribute);
            assert.ok(attribute, `${tag}: attribute ${prop.attribute}`);
            assert.equal(attribute.fieldName, prop.name);
            assert.ok(attribute.description, `${tag}: the description of ${prop.attribute}`);
          }
        }
        const attributes = props
          .filter((p) => p.attribute)
          .map((p) => p.attribute)
          .sort();
        assert.deepEqual(
          (declaration.attributes ?? []).map((a) => a.name).sort(),
          attributes,
          `${tag}: no attribute the source does not declare`,
        );
      });

      it('shows no private, protected or internal member', () => {
        const internal = new Set([
          ...internalNames(text),
          ...(base === 'QmiApiElement' ? internalNames(read('src/context/api-element.ts')) : []),
        ]);
        for (const member of declaration.members ?? []) {
          assert.ok(!internal.has(member.name), `${tag}: ${member.name} is internal`);
          assert.equal(member.privacy, undefined, `${tag}: ${member.name}`);
        }
      });

      it('documents every event it fires, typed by its class, and none it does not', () => {
        const fired = new Set([...own.matchAll(/dispatchEvent\(new (\w+)\(/g)].map((m) => m[1]));
        const expected = [...fired]
          .map((eventClass) => ({ name: EVENT_NAMES.get(eventClass), type: eventClass }))
          .sort((a, b) => a.name.localeCompare(b.name));
        const actual = (declaration.events ?? [])
          .map((e) => ({ name: e.name, type: e.type?.text }))
          .sort((a, b) => a.name.localeCompare(b.name));
        assert.deepEqual(actual, expected);
        for (const event of declaration.events ?? [])
          assert.ok(event.description, `${tag}: the description of ${event.name}`);
      });

      it('documents every ::part its templates set, and none they do not', () => {
        const set = partsIn(own);
        const documented = new Set((declaration.cssParts ?? []).map((p) => p.name));
        for (const part of set) assert.ok(documented.has(part), `${tag}: @csspart ${part}`);
        for (const part of documented)
          assert.match(
            own,
            new RegExp(`["'\\s,]${part}["'\\s,]`),
            `${tag}: ::part(${part}) is documented but not in the templates`,
          );
        for (const part of declaration.cssParts ?? [])
          assert.ok(part.description, `${tag}: the description of ::part(${part.name})`);
      });

      it('documents its slots', () => {
        // A slot named from data (`help-${section}`) is documented with a placeholder (`help-<id>`).
        const slots = [
          ...new Set(
            [...own.matchAll(/<slot(?:\s+name="([^"]+)")?/g)].map((m) => (m[1] ?? '').replace(/\$\{[^}]*\}/g, '<id>')),
          ),
        ].sort();
        assert.deepEqual((declaration.slots ?? []).map((s) => s.name).sort(), slots);
      });
    });
  }
});
