// The examples (../../examples/) import this package by its name, as an app does:
// `@qmi/elements/react`. The dev server resolves the name through node_modules' symlink back into
// its own root, but from a file outside the root it gets the URL wrong (`/__wds-outside-root__/4/dist/…`,
// a file that does not exist). This plugin serves the package's exports by their path in the root.
import fs from 'node:fs';

const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

export function selfImports() {
  return {
    name: 'qmi-self-imports',
    resolveImport({ source }) {
      if (source !== pkg.name && !source.startsWith(`${pkg.name}/`)) return undefined;
      const target = pkg.exports[`.${source.slice(pkg.name.length)}`];
      const file = typeof target === 'string' ? target : target?.default;
      return file?.startsWith('./') ? file.slice(1) : undefined;
    },
  };
}
