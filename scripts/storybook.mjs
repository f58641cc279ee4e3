// `npm run storybook` (the workshop, with live reload) and `npm run storybook:build` (the static
// site in stories/storybook-static): each installs and builds the packages first, as `npm start` does.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureBuilt, ensureInstalled, ROOT } from './lib/setup.mjs';

ensureInstalled();
ensureBuilt();
const mode = process.argv[2] === 'build' ? 'build' : 'dev';
const args =
  mode === 'build'
    ? [
        'build',
        '--config-dir',
        'stories/.storybook',
        '--output-dir',
        'stories/storybook-static',
        '--quiet',
        '--disable-telemetry',
      ]
    : [
        'dev',
        '--config-dir',
        'stories/.storybook',
        '--port',
        process.env.PORT ?? '6006',
        '--ci',
        '--disable-telemetry',
        ...process.argv.slice(2),
      ];
const result = spawnSync(path.join(ROOT, 'node_modules/.bin/storybook'), args, {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
});
process.exit(result.status ?? 1);
