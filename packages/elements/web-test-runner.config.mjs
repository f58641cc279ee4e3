import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import net from 'node:net';
import { commonjsPackages } from './test/support/cjs-plugin.mjs';
import { forcedColorsPlugin } from './test/support/media-plugin.mjs';
import { sandboxPlugin } from './test/support/sandbox-plugin.mjs';
import { selfImports } from './test/support/self-import-plugin.mjs';

// Debian's Chromium (installed by `npm test` when missing); the test tools' own downloads fail here.
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

// The test pages and the sandbox are two origins, as a partner site and the platform are:
// the test server's port is chosen first so that the sandbox's CORS allow-list can name it.
const port = await new Promise((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});

export default {
  files: ['test/**/*.test.ts'],
  // As a bundler does for a page: the "browser" builds of packages (tus-js-client has a Node one too).
  nodeResolve: { browser: true },
  hostname: '127.0.0.1',
  port,
  concurrency: 1,
  // es2022 so that Lit's decorators are transformed before they reach the browser; .tsx for the
  // React example, with the automatic JSX runtime ("jsx": "react-jsx" in tsconfig.json).
  plugins: [
    commonjsPackages(),
    selfImports(),
    esbuildPlugin({
      ts: true,
      tsx: true,
      target: 'es2022',
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
    }),
    sandboxPlugin({ allowedOrigins: [`http://127.0.0.1:${port}`] }),
    forcedColorsPlugin(),
    // a11ySnapshot(): the page's accessibility tree as Chromium exposes it (roles, names, heading levels).
    a11ySnapshotPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 300000,
};
