// A process that saves large rows as the sandbox does (group commit, checkpoints in their worker) and
// prints `<row> <revision>` once each save is acknowledged, until it is killed. Used by
// wal-checkpoint.test.ts: what it printed must be on disk after a kill -9.
//
// Usage: node --import tsx test/wal-saver.ts <dataDir>
import { startCheckpointer } from '../src/db/checkpointer.js';
import { openDatabase } from '../src/db/database.js';
import { createGroupCommit } from '../src/store/group-commit.js';
import { bigRow, ROWS, SMALL_LIMITS, saveRow, setUpRows } from './wal-rows.js';

const db = openDatabase(process.argv[2]!);
setUpRows(db);
await startCheckpointer(db, SMALL_LIMITS);
const groupCommit = createGroupCommit(db);
const revisions = new Array<number>(ROWS).fill(0);
// Every row saved in a loop, all at once, as autosaves from several communes.
await Promise.all(
  revisions.map(async (_, row) => {
    for (;;) {
      const revision = revisions[row]! + 1;
      await groupCommit.run(() => saveRow(db, row, revision, bigRow(revision)));
      revisions[row] = revision;
      process.stdout.write(`${row} ${revision}\n`);
    }
  }),
);
