/**
 * The elements' styles are lit `css` templates, shipped as written: indentation, line breaks, comments.
 * esbuild minifies the code around them, not the CSS inside. This build step (an esbuild plugin, for both
 * the per-module build and the single-file bundles) writes each `css` template's text without what CSS
 * ignores: comments, runs of white space (kept as one space), spaces beside `{`, `}` and `;`. Quoted
 * strings (`content: ' • '`) and `${…}` interpolations are copied untouched. What is left is the same
 * stylesheet (test-node/css-templates.test.mjs checks it against the source, rule by rule, and that the
 * contrast guard derives the same from both).
 */
import { readFile } from 'node:fs/promises';

/** One template's text: `body` is what lies between the backticks, interpolations included. */
export function minifyCssText(body) {
  let out = '';
  let i = 0;
  // After an interpolation, a space stays (its `}` is not the CSS's).
  let afterValue = false;
  const space = () => {
    if (out && (afterValue || !/[\s{};]$/.test(out))) out += ' ';
    afterValue = false;
  };
  while (i < body.length) {
    const c = body[i];
    if (c === '$' && body[i + 1] === '{') {
      const end = body.indexOf('}', i);
      out += body.slice(i, end + 1);
      i = end + 1;
      afterValue = true;
      continue;
    } else if (c === "'" || c === '"') {
      let end = i + 1;
      while (end < body.length && body[end] !== c) end += body[end] === '\\' ? 2 : 1;
      out += body.slice(i, end + 1);
      i = end + 1;
    } else if (c === '/' && body[i + 1] === '*') {
      const end = body.indexOf('*/', i + 2);
      i = end < 0 ? body.length : end + 2;
      space();
    } else if (/\s/.test(c)) {
      while (i < body.length && /\s/.test(body[i])) i++;
      space();
    } else if (c === '{' || c === '}' || c === ';') {
      out = out.replace(/ $/, '') + c;
      i++;
    } else {
      out += c;
      i++;
    }
    afterValue = false;
  }
  return out.replace(/ $/, '');
}

/** Every `css` template of a module's source, rewritten. */
export const minifyCssTemplates = (source) =>
  source.replace(/\bcss`((?:[^`\\$]|\\.|\$(?!\{)|\$\{[^}`]*\})*)`/g, (_, body) => `css\`${minifyCssText(body)}\``);

/** The esbuild plugin: TypeScript sources that hold a `css` template. */
export const minifyCssPlugin = {
  name: 'minify-css-templates',
  setup(build) {
    build.onLoad({ filter: /\/src\/.*\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('css`')) return undefined;
      return { contents: minifyCssTemplates(source), loader: 'ts' };
    });
  },
};
