import { QMI_2, type CallDefinition } from '@qmi/core';
import { storedClock } from '../clock.js';
import type { SandboxConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { createStore } from '../store/index.js';
import { uploadStorage } from '../uploads/storage.js';

/**
 * `qmi-sandbox erase-personal-data [--dry-run]`: applies each call's `personalDataRetentionMonths` to the
 * data folder of QMI_DATA_DIR at the platform's time (the sandbox clock, as the server keeps it), and
 * prints what it erased (or, with --dry-run, would erase) as one JSON document on stdout. Organisers run
 * it, e.g. monthly from cron; it may run while the server does (SQLite serialises the writes).
 */
export async function erasePersonalDataCommand(
  args: readonly string[],
  config: SandboxConfig,
  calls: readonly CallDefinition[] = [QMI_2],
): Promise<void> {
  const unknown = args.filter((arg) => arg !== '--dry-run');
  if (unknown.length) throw new Error(`erase-personal-data: unknown option ${unknown.join(' ')} (only --dry-run)`);
  const dryRun = args.includes('--dry-run');
  const db = openDatabase(config.dataDir);
  try {
    const store = createStore(db);
    const now = storedClock(db, config.now).now().toISOString();
    const retention = store.personalData.retention;
    const result = dryRun ? { dossiers: retention.due(calls, now), documentKeys: [] } : retention.run(calls, now);
    // Files after the commit: a crash in between leaves files no row points to, never a row without its file.
    const uploads = uploadStorage(config.dataDir, { inProgress: store.documents });
    for (const key of result.documentKeys) await uploads.discardDocument(key);
    process.stdout.write(`${JSON.stringify({ dryRun, now, erased: result.dossiers }, null, 2)}\n`);
    process.stderr.write(
      `${dryRun ? 'Would erase' : 'Erased'} the personal data of ${result.dossiers.length} dossier(s) (platform time ${now}).\n`,
    );
  } finally {
    db.close();
  }
}
