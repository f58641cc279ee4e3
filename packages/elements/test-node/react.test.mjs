// The React wrappers (`@qmi/elements/react`): generated from the manifest and up to date, and safe to
// import and render on a server, where there is no `window`, `document`, `localStorage` or `indexedDB`.
//
//   node --test test-node/   (from packages/elements; the server-rendering tests need `npm run build`)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from '../scripts/generate-react.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file) => fs.readFileSync(path.join(ROOT, file), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));

describe('src/react/index.ts', () => {
  it('is what scripts/generate-react.mjs makes of custom-elements.json (not stale)', () => {
    assert.equal(read('src/react/index.ts'), generate(manifest), 'run `npm run generate:react -w @qmi/elements`');
  });

  it('wraps every element of the manifest, its events as typed on… props', () => {
    const source = read('src/react/index.ts');
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    assert.equal(elements.length, 12);
    for (const element of elements) {
      const name = element.tagName.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
      assert.match(
        source,
        new RegExp(`export const ${name} = /\\* @__PURE__ \\*/ wrap\\(\\{\\n  tagName: '${element.tagName}',`),
      );
      for (const event of element.events ?? []) {
        const prop = `on${event.name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())}`;
        assert.match(source, new RegExp(`${prop}: '${event.name}' as EventName<${event.type.text}>`));
      }
    }
  });

  it('is the package entry @qmi/elements/react, with its types, react an optional peer', () => {
    const pkg = JSON.parse(read('package.json'));
    assert.equal(pkg.exports['./react'].types, './dist/react/index.d.ts');
    assert.equal(pkg.exports['./react'].default, './dist/react/index.js');
    assert.equal(pkg.peerDependenciesMeta.react.optional, true);
    assert.ok(pkg.peerDependencies.react);
    assert.ok(pkg.dependencies['@lit/react']);
  });
});

describe('@qmi/elements/react on a server (plain Node)', () => {
  const dist = path.join(ROOT, 'dist/react/index.js');

  it('imports without a DOM', async () => {
    for (const name of ['window', 'document', 'localStorage', 'indexedDB', 'sessionStorage'])
      assert.equal(typeof globalThis[name], 'undefined', name);
    const react = await import(pathToFileURL(dist).href);
    for (const name of [
      'QmiSession',
      'QmiAccount',
      'QmiApplicationForm',
      'QmiCommunePicker',
      'QmiDocumentUploader',
      'QmiTimeline',
      'QmiCriteriaChecklist',
      'QmiMessages',
    ]) {
      assert.equal(typeof react[name], 'object', name); // a forwardRef component
    }
    assert.equal(typeof globalThis.window, 'undefined', 'the import made no window');
    assert.equal(typeof globalThis.document, 'undefined', 'the import made no document');
  });

  it('renders a timeline and a form to HTML with their attributes; properties and listeners wait for the browser', async () => {
    const { createElement: h } = await import('react');
    const { renderToString } = await import('react-dom/server');
    const { QmiSession, QmiApplicationForm, QmiTimeline } = await import(pathToFileURL(dist).href);
    const html = renderToString(
      h(
        'main',
        { lang: 'fr' },
        h(QmiTimeline, {
          call: 'qmi-2',
          now: '2023-12-15T09:30:00Z',
          layout: 'horizontal',
          apiBase: 'https://plateforme.example',
          definition: { id: 'qmi-2' },
        }),
        h(
          QmiSession,
          { apiBase: 'https://plateforme.example', onQmiSignIn: () => {} },
          h(QmiApplicationForm, {
            call: 'qmi-2',
            debounce: 500,
            className: 'dossier',
            id: 'form',
            onQmiSave: () => {},
            onQmiSubmit: () => {},
            journal: { get: () => {} },
          }),
        ),
      ),
    );
    assert.match(
      html,
      /<qmi-timeline call="qmi-2" now="2023-12-15T09:30:00Z" layout="horizontal" api-base="https:\/\/plateforme.example"><\/qmi-timeline>/,
    );
    assert.match(
      html,
      /<qmi-session api-base="https:\/\/plateforme.example"><qmi-application-form call="qmi-2" debounce="500" class="dossier" id="form"><\/qmi-application-form><\/qmi-session>/,
    );
    assert.doesNotMatch(html, /object Object|definition|journal|onqmi|=>/i);
  });

  it('writes boolean attributes as HTML does, and leaves out false ones', async () => {
    const { createElement: h } = await import('react');
    const { renderToString } = await import('react-dom/server');
    const { QmiDocumentUploader } = await import(pathToFileURL(dist).href);
    assert.equal(
      renderToString(h(QmiDocumentUploader, { application: 'app-1', disabled: true })),
      '<qmi-document-uploader application="app-1" disabled=""></qmi-document-uploader>',
    );
    assert.equal(
      renderToString(h(QmiDocumentUploader, { application: 'app-1', disabled: false })),
      '<qmi-document-uploader application="app-1"></qmi-document-uploader>',
    );
  });
});

describe('@qmi/elements/react on a server, through its `node` entry (server rendering)', () => {
  const server = path.join(ROOT, 'dist/react/server.js');
  const text = (html) =>
    html
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');

  it('is what `@qmi/elements/react` resolves to in Node', () => {
    const pkg = JSON.parse(read('package.json'));
    assert.deepEqual(pkg.exports['./react'], {
      types: './dist/react/index.d.ts',
      node: './dist/react/server.js',
      default: './dist/react/index.js',
    });
  });

  it('exports every wrapper of the browser entry', async () => {
    const browser = await import(pathToFileURL(path.join(ROOT, 'dist/react/index.js')).href);
    const onServer = await import(pathToFileURL(server).href);
    assert.deepEqual(Object.keys(onServer).sort(), Object.keys(browser).sort());
  });

  it('renders the timeline, the checklist and the form with their content as declarative shadow DOM', async () => {
    const { createElement: h } = await import('react');
    const { renderToString } = await import('react-dom/server');
    const { QMI_2 } = await import('@qmi/core');
    const { QmiSession, QmiApplicationForm, QmiTimeline, QmiCriteriaChecklist } = await import(
      pathToFileURL(server).href
    );
    const html = renderToString(
      h(
        'main',
        null,
        h(QmiTimeline, { call: 'qmi-2', now: '2023-12-15T09:30:00Z', definition: QMI_2, onClick: () => {} }),
        h(QmiCriteriaChecklist, { call: 'qmi-2', lang: 'en', now: '2023-12-15T09:30:00Z', definition: QMI_2 }),
        h(
          QmiSession,
          { apiBase: 'https://plateforme.example' },
          h(QmiApplicationForm, { call: 'qmi-2', definition: QMI_2 }),
        ),
      ),
    );
    const timeline =
      /<qmi-timeline call="qmi-2" now="2023-12-15T09:30:00Z"><template shadowrootmode="open"[^>]*>([\s\S]*?)<\/template><\/qmi-timeline>/.exec(
        html.replace(/ shadowroot="open"/g, ''),
      );
    assert.ok(timeline, html.slice(0, 200));
    assert.match(text(timeline[1]), /J-28 .* avant la date limite du 12 janvier 2024 à 23:59:59 \(heure de Paris\)/);
    for (const phase of QMI_2.phases) assert.ok(text(timeline[1]).includes(phase.title.fr), phase.title.fr);
    const checklist =
      /<qmi-criteria-checklist call="qmi-2" lang="en" now="[^"]*">([\s\S]*?)<\/qmi-criteria-checklist>/.exec(html);
    assert.ok(checklist);
    for (const criterion of QMI_2.criteria)
      assert.ok(text(checklist[1]).includes(criterion.title.en), criterion.title.en);
    assert.match(text(checklist[1]), /12 January 2024/);
    // The session is not rendered on a server (it has children); the form inside it is.
    assert.ok(
      /<qmi-session api-base="https:\/\/plateforme.example"><qmi-application-form call="qmi-2"><template shadowroot/.test(
        html,
      ),
      'the form, in the session',
    );
    // Before sign-in, the form holds the dossier's questions: its sections and their fields' labels.
    const form = /<qmi-application-form call="qmi-2">([\s\S]*?)<\/qmi-application-form>/.exec(html);
    for (const section of QMI_2.formSections) assert.ok(text(form[1]).includes(section.title.fr), section.title.fr);
    assert.ok(text(form[1]).includes(QMI_2.formSections[1].fields[0].label.fr));
    assert.ok(!/object Object|onclick|=>/i.test(html), 'no listener nor object in the HTML');
    assert.equal(typeof globalThis.window, 'undefined');
    assert.equal(typeof globalThis.document, 'undefined');
  });
});
