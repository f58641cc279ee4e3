// The public surface of the packages by name: for each entry point of each package.json `exports`,
// the names it exports, read from the entry's source with the TypeScript compiler (the same names
// tsup writes into the entry's `.d.ts`). Only names: a signature change is the type-check's business.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { PACKAGES, ROOT } from './setup.mjs';

/**
 * The entry points of a package: the subpath, the source file its declarations are built from
 * (`./dist/form/x.d.ts` from `src/form/x.ts`), or `null` for a file shipped as is (a CSS theme, a JSON file).
 */
export function entryPoints(name) {
  const dir = path.join(ROOT, 'packages', name);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return Object.entries(manifest.exports ?? {}).map(([subpath, target]) => {
    const types = typeof target === 'object' ? target.types : undefined;
    if (!types) return { package: manifest.name, subpath, target: String(target), source: null };
    const source = path.join(dir, types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts'));
    if (!fs.existsSync(source))
      throw new Error(`${manifest.name} "${subpath}": no source ${path.relative(ROOT, source)} for ${types}`);
    return { package: manifest.name, subpath, target: types, source };
  });
}

/** Whether an export reaches its declaration through an `export type` / `import type` somewhere on the way. */
function typeOnly(checker, symbol) {
  for (let current = symbol; current && current.flags & ts.SymbolFlags.Alias;) {
    if (current.declarations?.some((declaration) => ts.isTypeOnlyImportOrExportDeclaration(declaration))) return true;
    const next = checker.getImmediateAliasedSymbol(current);
    if (next === current) break;
    current = next;
  }
  return false;
}

/**
 * The names each source file exports, as `{ values, types }` (sorted). A class or an enum is a value
 * (its type comes with it); a name that is both a value and a separate type (a zod schema and its
 * inferred type) is in both lists; a class exported with `export type` is only a type.
 */
export function exportedNames(sources) {
  // No lib, no @types: resolving exports needs only our modules, and this keeps the check to a few seconds.
  const program = ts.createProgram(sources, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowJs: false,
    noLib: true,
    types: [],
    noEmit: true,
    skipLibCheck: true,
    resolveJsonModule: true,
  });
  const checker = program.getTypeChecker();
  const result = new Map();
  for (const source of sources) {
    const file = program.getSourceFile(source);
    const module = file && checker.getSymbolAtLocation(file);
    const values = [];
    const types = [];
    for (const symbol of module ? checker.getExportsOfModule(module) : []) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      const onlyType = typeOnly(checker, symbol);
      const isValue = !onlyType && (target.flags & ts.SymbolFlags.Value) !== 0;
      const isType =
        (target.flags & ts.SymbolFlags.Type) !== 0 &&
        (onlyType || !(target.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Enum)));
      // An export whose declaration cannot be resolved still counts: as a value, so it shows up.
      if (isValue || !isType) values.push(symbol.name);
      if (isType) types.push(symbol.name);
    }
    const sort = (names) => [...new Set(names)].sort((a, b) => a.localeCompare(b, 'en'));
    result.set(source, { values: sort(values), types: sort(types) });
  }
  return result;
}

/** The report of one package, as Markdown: one section per entry point (entries built from the same source share one). */
export function packageReport(name) {
  const entries = entryPoints(name);
  const names = exportedNames([...new Set(entries.filter((e) => e.source).map((e) => e.source))]);
  const lines = [
    `# ${entries[0]?.package ?? name}: public API`,
    '',
    '<!-- Written by `npm run api:update` from the entry points of package.json `exports`; `npm test` fails when it',
    'differs from the sources. An export added or removed on purpose: run `npm run api:update` and commit this file.',
    'Classes and enums are listed with the values; a name that is a value and a type of its own is in both lists. -->',
  ];
  const seen = new Set();
  for (const entry of entries.filter((e) => e.source)) {
    if (seen.has(entry.source)) continue;
    seen.add(entry.source);
    const subpaths = entries.filter((e) => e.source === entry.source).map((e) => `\`${e.subpath}\``);
    const { values, types } = names.get(entry.source);
    lines.push('', `## ${subpaths.join(', ')} (${path.relative(path.join(ROOT, 'packages', name), entry.source)})`);
    for (const [title, list] of [
      ['Values', values],
      ['Types', types],
    ]) {
      lines.push('', list.length ? `${title} (${list.length}):` : `${title}: none.`);
      if (list.length) lines.push('', ...list.map((n) => `- \`${n}\``));
    }
  }
  const files = entries.filter((e) => !e.source);
  if (files.length) lines.push('', '## Files', '', ...files.map((e) => `- \`${e.subpath}\`: ${e.target}`));
  return `${lines.join('\n')}\n`;
}

export const reportFile = (name) => path.join(ROOT, 'packages', name, 'api-report.md');

/**
 * The `export *` lines of the packages' sources (`file:line`): an index names what it exports, so
 * that a name added to a module does not become public unseen. Except @qmi/core's index files, which
 * are `export *` only (a named re-export there puts lazy-only modules in every page's first load: see
 * packages/core/src/index.ts); what they expose is pinned by the report above, which fails on a new name.
 */
export function wildcardExports() {
  const found = [];
  for (const name of PACKAGES) {
    const src = path.join(ROOT, 'packages', name, 'src');
    for (const file of fs.readdirSync(src, { recursive: true }).filter((f) => /\.[cm]?tsx?$/.test(f))) {
      if (name === 'core' && path.basename(file) === 'index.ts') continue;
      const lines = fs.readFileSync(path.join(src, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (/^\s*export\s+\*\s+from\b/.test(line)) found.push(`${path.relative(ROOT, path.join(src, file))}:${i + 1}`);
      });
    }
  }
  return found;
}
export { PACKAGES };
