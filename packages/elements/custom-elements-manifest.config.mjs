// The Custom Elements Manifest (custom-elements.json) of @qmi/elements, generated from the sources'
// JSDoc by @custom-elements-manifest/analyzer (`npm run build` runs it; `npm run analyze` alone).
// It is what Storybook's controls and docs, editors (VS Code, JetBrains) and our React wrappers
// (scripts/generate-react.mjs) read.

/** Members a page cannot use: TypeScript `private`/`protected` ones and Lit's internal state. */
const hidden = (member) =>
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  member.name.startsWith('#') ||
  member.name.startsWith('_');

/**
 * Shapes the analyzer's output into the package's public API:
 *
 * - **Events**: each event class (`class QmiSaveEvent extends Event`, `super('qmi-save', …)`) gives
 *   its event name; an element's events are its `@fires {Class} name - description` lines, typed by
 *   their class. The analyzer's own guesses from `this.dispatchEvent(new X(arg))` (which take the
 *   first argument for the event name) are replaced; an event fired but not documented is added
 *   from its class (with a warning), and a `@fires {Class} name` whose class fires another name fails.
 * - **Members**: private and protected members are left out (the analyzer keeps them, marked
 *   `privacy: "private"`; tools differ on whether they hide them).
 * - **Declarations**: only what a module exports (the analyzer keeps some local variables), and only
 *   the tags the package really registers.
 * - **Paths**: `src/x.ts` becomes `dist/x.js`, the module the published package holds.
 */
function qmiPublicApi() {
  /** Event class name -> { name, description } of the event it fires. */
  const eventClasses = new Map();
  /** Element class name -> the event names its JSDoc documents with `@fires`. */
  const documented = new Map();
  return {
    name: 'qmi-public-api',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const text = node.getText();
      const base = node.heritageClauses?.[0]?.types?.[0]?.expression.getText();
      if (base === 'Event' || base === 'CustomEvent') {
        const name =
          /super\(\s*['"]([^'"]+)['"]/.exec(text)?.[1] ??
          /static\s+(?:readonly\s+)?type\s*=\s*['"]([^'"]+)['"]/.exec(text)?.[1];
        const description = ts
          .getJSDocCommentsAndTags(node)
          .map((doc) => (typeof doc.comment === 'string' ? doc.comment : ''))
          .join('\n')
          .trim();
        if (name) eventClasses.set(node.name.text, { name, description });
      }
      const jsDoc = ts
        .getJSDocCommentsAndTags(node)
        .map((doc) => doc.getFullText())
        .join('\n');
      const fires = [...jsDoc.matchAll(/@(?:fires|event)\s+(?:\{[^}]*\}\s+)?([\w-]+)/g)].map((match) => match[1]);
      if (fires.length) documented.set(node.name.text, fires);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const exported = new Set((module.exports ?? []).flatMap((entry) => [entry.name, entry.declaration?.name]));
        module.declarations = (module.declarations ?? []).filter((declaration) => exported.has(declaration.name));
        // `customElements.define(tag, element)` in a loop (an element registering those it renders)
        // reads to the analyzer as the definition of a tag named "tag": a real tag has a hyphen.
        if (module.exports)
          module.exports = module.exports.filter(
            (entry) => entry.kind !== 'custom-element-definition' || entry.name.includes('-'),
          );
        for (const declaration of module.declarations) {
          if (declaration.kind !== 'class') continue;
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !hidden(member));
            // A property of `static properties` is marked `privacy: "public"` (a decorated one is not): every
            // member left is public, so the mark says nothing and is dropped, as for the others.
            for (const member of declaration.members) if (member.privacy === 'public') delete member.privacy;
            if (declaration.members.length === 0) delete declaration.members;
          }
          if (declaration.events) declaration.events = events(declaration);
          if (declaration.events?.length === 0) delete declaration.events;
        }
      }
      rewritePaths(customElementsManifest);
      // The analyzer lists modules in the order its globbing finds them, which varies between
      // checkouts and runs: sorted, the file is the same wherever it is built.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    },
  };

  function events(declaration) {
    const names = new Set(documented.get(declaration.name) ?? []);
    const fired = new Map();
    for (const event of declaration.events) {
      const eventClass = event.type && eventClasses.get(event.type.text);
      if (eventClass && !names.has(event.name)) fired.set(eventClass.name, event.type.text);
    }
    const result = [];
    for (const event of declaration.events) {
      if (!names.has(event.name)) continue;
      if (event.type) {
        const eventClass = eventClasses.get(event.type.text);
        if (!eventClass)
          throw new Error(
            `${declaration.name}: @fires {${event.type.text}} ${event.name}: no event class ${event.type.text} was found`,
          );
        if (eventClass.name !== event.name)
          throw new Error(
            `${declaration.name}: @fires {${event.type.text}} ${event.name}, but ${event.type.text} is "${eventClass.name}"`,
          );
      } else if (fired.has(event.name)) {
        event.type = { text: fired.get(event.name) };
      }
      result.push(event);
    }
    for (const [name, className] of fired) {
      if (names.has(name)) continue;
      console.warn(
        `custom-elements.json: ${declaration.name} fires "${name}" (${className}) without a @fires line in its JSDoc`,
      );
      result.push({ name, type: { text: className }, description: eventClasses.get(className).description });
    }
    return result;
  }
}

/** `src/form/events.ts` -> `dist/form/events.js`, in module paths and every reference to a module. */
function rewritePaths(node) {
  if (Array.isArray(node)) return node.forEach(rewritePaths);
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'path' || key === 'module') && typeof value === 'string')
      node[key] = value.replace(/^\/?src\/(.*)\.ts$/, 'dist/$1.js');
    else rewritePaths(value);
  }
}

export default {
  // The element classes, the base class they inherit their client properties from, the event
  // classes (so each event's type can be traced to its module), and the modules that register the
  // tags (`customElements.define`, which gives each class its tag name).
  globs: [
    'src/**/*.component.ts',
    'src/context/api-element.ts',
    'src/**/*.events.ts',
    'src/form/events.ts',
    'src/*/application-form.ts',
    'src/*/session.ts',
    'src/*/account.ts',
    'src/*/commune-picker.ts',
    'src/*/uploader.ts',
    'src/*/timeline.ts',
    'src/*/checklist.ts',
    'src/*/messages.ts',
    'src/*/review-board.ts',
    'src/*/dossier-view.ts',
    'src/*/assessment.ts',
    'src/*/notifications.ts',
  ],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/react/**'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [qmiPublicApi()],
};
