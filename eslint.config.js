// ESLint over the whole tree (`npm run lint`; a step of `npm test` and `npm run test:quick`).
// Syntax-only rules: typescript-eslint's type-aware sets took 34 s over the sources alone on this
// 2-core machine (7 s for the whole tree without them) and mostly repeated what `tsc --strict`
// reports. Layout is Prettier's job, so no stylistic rule here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

// Node's own globals as this Node sees them (the `globals` package is not among our dependencies),
// and the browser names used by the scripts that run code in a page (Puppeteer's `evaluate`).
const node = Object.getOwnPropertyNames(globalThis);
const browser = [
  'window',
  'document',
  'navigator',
  'location',
  'customElements',
  'localStorage',
  'sessionStorage',
  'matchMedia',
  'getComputedStyle',
  'requestAnimationFrame',
  'HTMLElement',
  'Element',
  'Node',
  'File',
  'DataTransfer',
];
const globals = Object.fromEntries([...node, ...browser].map((name) => [name, 'readonly']));

export default defineConfig(
  globalIgnores([
    '**/dist/',
    '**/storybook-static/',
    '**/coverage/',
    '**/.data/',
    '**/.tmp/',
    // Written by tools, not by hand: msw's service worker and the commune table.
    'stories/public/mockServiceWorker.js',
    'packages/validators/src/communes/mgp-communes.data.ts',
    // The API reference's HTML and scripts, written by TypeDoc (`npm run docs`).
    'docs/reference/api/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter kept for a callback's signature or a binding left out on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    // Tests: chai's property assertions (`expect(x).to.exist`) are expressions by design, and the
    // JSON of a raw HTTP answer is whatever the server sent (`any` is the honest type there).
    files: ['**/test/**', '**/test-node/**'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // Lit templates (components, their tests, the stories) and the custom-element classes.
  {
    files: ['packages/elements/src/**/*.ts', 'packages/elements/test/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended']],
    rules: {
      'lit/lifecycle-super': 'error',
      'lit/no-classfield-shadowing': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-value-attribute': 'error',
    },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    extends: [wc.configs['flat/best-practice']],
    rules: {
      // An element's state carries its data (a phase with what it needs, a Task's value): asserting
      // that a member is set (`this.engine!`) is the hand-made state this replaced.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'TSNonNullExpression > MemberExpression.expression[object.type="ThisExpression"]',
          message: 'Do not assert element state with `!`: let the state carry its data (a union, a Task).',
        },
      ],
    },
  },
  // THE LEAK (issue 17): esbuild places a whole module in a page's first load when the page's static imports
  // reach it and any chunk uses it. @qmi/validators' root is one file with all the rules (18 KB minified):
  // one value imported from it at first render put all of them in the partner page. Elements import what
  // they render at once from '@qmi/validators/application-window' (or '/media-types'); the rules come with
  // `import()` (rules/load-rules.ts). Types are free. The organisers' elements judge dossiers at once.
  {
    files: ['packages/elements/src/**/*.ts'],
    ignores: [
      'packages/elements/src/rules/load-rules.ts',
      // Judge a dossier at once (evaluate, criteriaSignals): the organisers' assessment.
      'packages/elements/src/assessment/**',
      // The communes' directory (MGP) is what they show: the commune picker, the account's communes.
      'packages/elements/src/commune-picker/commune-picker.component.ts',
      'packages/elements/src/account/account.render.ts',
      // A chunk fetched when a person reaches the picker (the file's checks), not a first load.
      'packages/elements/src/uploader/uploader.pick.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@qmi/validators',
              allowTypeImports: true,
              message:
                "Values of the rules' root land whole in the first load: import from '@qmi/validators/application-window' or '/media-types', or load the rules with import() (rules/load-rules.ts).",
            },
          ],
        },
      ],
    },
  },
  // @qmi/core's index files stay `export *` (and `export type`) with no code of their own: a named re-export
  // or an import there puts every module some lazy chunk uses into every first load (see src/index.ts).
  {
    files: ['packages/core/src/**/index.ts'],
    ignores: ['packages/core/src/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ExportNamedDeclaration[exportKind="value"][source]',
          message:
            'An index of @qmi/core is `export * from` or `export type`: a named re-export puts lazy-only modules in first loads.',
        },
        {
          selector:
            ':matches(ImportDeclaration[importKind="value"], FunctionDeclaration, VariableDeclaration, ClassDeclaration, ExpressionStatement)',
          message: 'An index of @qmi/core has no code of its own: put it in a module and `export *` that.',
        },
      ],
    },
  },
);
