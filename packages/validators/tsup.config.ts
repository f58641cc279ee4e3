import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';

// `siren` is the server's: the communes by SIREN (ProConnect's siret), kept out of the browser entry.
export default defineConfig(packageBuild({ entry: ['src/index.ts', 'src/siren.ts'] }));
