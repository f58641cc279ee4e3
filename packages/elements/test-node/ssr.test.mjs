// Server rendering (`@qmi/elements/ssr`, issue 18): the timeline, the checklist of what the call asks for
// and the form rendered in plain Node as declarative shadow DOM, with the call's data in the HTML (for a
// page read without JavaScript) and the state the browser hydrates from.
//
//   node --test test-node/   (from packages/elements, after `npm run build`)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ssr = await import(pathToFileURL(path.join(ROOT, 'dist/ssr/index.js')).href);
const { QMI_2 } = await import('@qmi/core');

const DSD = '<template shadowroot="open" shadowrootmode="open">';
/** The text a person reads: no styles, no state, no markup (lit's markers are comments). */
const text = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
/** The state the browser hydrates from. */
const stateOf = (html) => JSON.parse(/<script type="application\/json" data-qmi-state>(.*?)<\/script>/.exec(html)[1]);
const at = { platformTime: '2023-12-15T09:30:00Z' };

describe('@qmi/elements/ssr', () => {
  it('is a Node-only export with its types; @lit-labs/ssr an optional peer', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.exports['./ssr'], { types: './dist/ssr/index.d.ts', node: './dist/ssr/index.js' });
    assert.equal(pkg.exports['./react'].node, './dist/react/server.js');
    assert.equal(pkg.peerDependenciesMeta['@lit-labs/ssr'].optional, true);
    assert.ok(pkg.dependencies['@lit-labs/ssr-client'], 'the hydration (@qmi/elements/ssr-client)');
    assert.deepEqual(pkg.exports['./ssr-client'], { types: './dist/ssr/client.d.ts', default: './dist/ssr/client.js' });
    for (const file of ['dist/ssr/index.js', 'dist/ssr/client.js', 'dist/react/server.js'])
      assert.ok(pkg.sideEffects.includes(`./${file}`), file);
  });

  it('renders the timeline: the deadline, the countdown and every phase (French by default)', async () => {
    const html = await ssr.renderElement('qmi-timeline', {
      ...at,
      attributes: { call: 'qmi-2' },
      properties: { definition: QMI_2 },
    });
    assert.ok(html.startsWith(`<qmi-timeline`), html.slice(0, 80));
    assert.ok(html.includes(DSD));
    assert.ok(html.endsWith('</template></qmi-timeline>'));
    const words = text(html);
    assert.match(words, /J-28/);
    assert.match(words, /avant la date limite du 12 janvier 2024 à 23:59:59 \(heure de Paris\)/);
    for (const phase of QMI_2.phases) assert.ok(words.includes(phase.title.fr), phase.title.fr);
    assert.deepEqual(stateOf(html), { properties: { definition: QMI_2 }, ...at });
    assert.equal(typeof globalThis.window, 'undefined', 'no window was made');
    assert.equal(typeof globalThis.document, 'undefined', 'no document was made');
  });

  it('renders the timeline in English with lang="en"', async () => {
    const html = await ssr.renderElement('qmi-timeline', { ...at, lang: 'en', properties: { definition: QMI_2 } });
    assert.match(html, /^<qmi-timeline[^>]* lang="en"/);
    const words = text(html);
    assert.match(words, /before the deadline of 12 January 2024 at 23:59:59 \(Paris time\)/);
    for (const phase of QMI_2.phases) assert.ok(words.includes(phase.title.en), phase.title.en);
  });

  it('counts from the platform’s time it is given, not the server’s clock', async () => {
    const closed = await ssr.renderElement('qmi-timeline', {
      platformTime: '2024-03-01T00:00:00Z',
      properties: { definition: QMI_2 },
    });
    assert.doesNotMatch(text(closed), /J-\d/);
    const open = await ssr.renderElement('qmi-timeline', {
      // 13 h 59 min 30 s before the deadline's last second ends (23:59:59 in Paris is 22:59:59Z): half a minute
      // from a boundary, so the milliseconds between stating the time and rendering cannot change the minute
      // shown (from 09:00:00Z exactly, a render within the same millisecond showed 14 h 0 min).
      platformTime: new Date('2024-01-12T09:00:30Z'),
      properties: { definition: QMI_2 },
    });
    assert.match(text(open), /Jour J 13 heures, 59 minutes avant la date limite/);
  });

  it('renders what the call asks for: the deadline, the parts and the five criteria', async () => {
    const html = await ssr.renderElement('qmi-criteria-checklist', {
      ...at,
      attributes: { call: 'qmi-2', 'heading-level': 3 },
      properties: { definition: QMI_2 },
    });
    assert.ok(html.includes(DSD));
    const words = text(html);
    assert.match(words, /12 janvier 2024/);
    assert.equal(QMI_2.criteria.length, 5);
    for (const criterion of QMI_2.criteria) {
      assert.ok(words.includes(criterion.title.fr), criterion.title.fr);
      assert.ok(words.includes(criterion.description.fr.replace(/\s+/g, ' ')), criterion.description.fr);
    }
    assert.equal(html.match(/part="criterion"/g)?.length, 5);
    assert.match(html, /<h3[^>]*class="title"/, 'its heading level');
    const english = text(
      await ssr.renderElement('qmi-criteria-checklist', { ...at, lang: 'en', properties: { definition: QMI_2 } }),
    );
    for (const criterion of QMI_2.criteria) assert.ok(english.includes(criterion.title.en), criterion.title.en);
  });

  it('renders the form’s first state, the one the browser starts from', async () => {
    const html = await ssr.renderElement('qmi-application-form', {
      ...at,
      attributes: { call: 'qmi-2', 'api-base': 'https://plateforme.example' },
    });
    assert.ok(html.includes(DSD));
    assert.match(html, /aria-live="polite"/);
    assert.match(text(html), /Connectez-vous pour ouvrir le dossier de votre commune/);
    assert.doesNotMatch(html, /<h2/, 'without the call’s definition, no question to show');
  });

  it('renders the form’s static parts from the call’s definition: its title, sections, labels, documents', async () => {
    const html = await ssr.renderElement('qmi-application-form', {
      ...at,
      attributes: { call: 'qmi-2', 'api-base': 'https://plateforme.example', 'heading-level': 3 },
      properties: { definition: QMI_2 },
    });
    const words = text(html);
    assert.match(words, /Connectez-vous pour ouvrir le dossier de votre commune/);
    assert.match(html, new RegExp(`<h3[^>]*id="form-title"[^>]*>(<!--[^>]*-->)*${QMI_2.title.fr}`));
    for (const section of QMI_2.formSections) {
      assert.match(html, new RegExp(`<h4[^>]*id="title-${section.id}"`), section.id);
      assert.ok(words.includes(section.title.fr), section.title.fr);
      for (const field of section.fields.filter((f) => f.type !== 'commune'))
        assert.ok(words.includes(field.label.fr), field.label.fr);
    }
    for (const kind of QMI_2.documentKinds) assert.ok(words.includes(kind.title.fr), kind.title.fr);
    assert.match(words, /8\s000 caractères au plus\./);
    assert.doesNotMatch(html, /<(input|textarea|select|button)\b/, 'nothing to fill in before sign-in');
    assert.equal(stateOf(html).properties.definition.id, 'qmi-2', 'the definition travels for the hydration');

    const english = text(
      await ssr.renderElement('qmi-application-form', {
        lang: 'en',
        attributes: { call: 'qmi-2' },
        properties: { definition: QMI_2 },
      }),
    );
    for (const section of QMI_2.formSections) assert.ok(english.includes(section.title.en), section.title.en);
    assert.match(english, /The application’s questions, to prepare your answers\./);
  });

  it('escapes attributes and the state (a definition cannot end its script)', async () => {
    const definition = { ...QMI_2, title: { fr: 'Un </script><b>titre</b>', en: 'A title' } };
    const html = await ssr.renderElement('qmi-timeline', { attributes: { call: '"><x' }, properties: { definition } });
    assert.match(html, /call="&quot;&gt;&lt;x"/);
    assert.equal(html.match(/<\/script>/g).length, 1);
    assert.equal(stateOf(html).properties.definition.title.fr, 'Un </script><b>titre</b>');
    assert.throws(() => ssr.renderElementSync('qmi-session'), /does not render <qmi-session>/);
  });

  it('renderShadowSync gives the shadow root alone, for a framework that writes the tag', () => {
    const shadow = ssr.renderShadowSync('qmi-timeline', { properties: { definition: QMI_2 } });
    assert.ok(shadow.startsWith(DSD));
    assert.ok(shadow.endsWith('</template>'));
  });

  it('renders in a few milliseconds once prepared', async () => {
    await ssr.prepareServerRendering();
    const start = performance.now();
    for (let i = 0; i < 20; i++) ssr.renderElementSync('qmi-criteria-checklist', { properties: { definition: QMI_2 } });
    const each = (performance.now() - start) / 20;
    assert.ok(each < 250, `${each.toFixed(1)} ms each`);
  });
});
