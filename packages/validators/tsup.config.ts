import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.shared.js';

// `siren` is the server's: the communes by SIREN (ProConnect's siret), kept out of the browser entry.
// `application-window` is what elements render at once (the window's state, dates in the call's zone),
// a file of its own so that importing it does not bring the rules, which elements load with import().
// `media-types` likewise: the extensions a file picker's `accept` names before any file is checked.
export default defineConfig(
  packageBuild({ entry: ['src/index.ts', 'src/siren.ts', 'src/application-window.ts', 'src/media-types.ts'] }),
);
