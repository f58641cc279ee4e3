// `npm run bench`: every benchmark in bench/*.bench.mjs, one process each, after the set-up.
// Each prints its figures and its ratio against a baseline measured in the same run.
// `npm run bench -- evaluate` runs only the benchmarks whose file name contains "evaluate"
// (`npm run bench -- startup`: the start-up in Chromium and the form's first render).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureBuilt, ensureInstalled, ROOT } from './lib/setup.mjs';

ensureInstalled();
ensureBuilt();

const filter = process.argv[2] ?? '';
// bench/browser/ holds the benchmarks that run in Chromium (the start-up one) beside their pages.
const files = ['bench', 'bench/browser']
  .flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).map((file) => path.join(dir, file)))
  .filter((file) => file.endsWith('.bench.mjs') && path.basename(file).includes(filter))
  .sort();
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n═══ ${file}\n`);
  const result = spawnSync(process.execPath, [path.join(ROOT, file)], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
