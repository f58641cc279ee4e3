import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';

// The CLI is a second entry; only the library entry gets declarations. The password-strength worker is
// a third, at dist/'s top beside the bundle, where `new URL('./password-strength.worker.js', import.meta.url)` finds it.
export default defineConfig(
  packageBuild({
    entry: {
      index: 'src/index.ts',
      cli: 'src/cli.ts',
      'password-strength.worker': 'src/http/password-strength.worker.ts',
    },
    platform: 'node',
    // The local services of `npm start` and the tests (mail catcher, OpenID provider): optional peers,
    // loaded only when started, never bundled.
    external: ['smtp-server', 'mailparser', 'oidc-provider'],
    dts: { entry: 'src/index.ts' },
  }),
);
