import fs from 'node:fs';

/**
 * What SQLite wrote to disk, read from the write-ahead log itself: the number of commits (and so of
 * fsyncs under synchronous=FULL) in the log's current generation. Each commit ends with a frame whose
 * "database size after commit" field is not zero; frames left from an earlier generation carry other
 * salts and end the count (https://www.sqlite.org/fileformat.html#the_write_ahead_log).
 */
export function walCommits(walFile: string): { commits: number; salt: string } {
  const wal = fs.existsSync(walFile) ? fs.readFileSync(walFile) : Buffer.alloc(0);
  if (wal.length < 32) return { commits: 0, salt: '' };
  const pageSize = wal.readUInt32BE(8);
  const salt = wal.subarray(16, 24);
  let commits = 0;
  for (let offset = 32; offset + 24 + pageSize <= wal.length; offset += 24 + pageSize) {
    if (!wal.subarray(offset + 8, offset + 16).equals(salt)) break;
    if (wal.readUInt32BE(offset + 4) !== 0) commits++;
  }
  return { commits, salt: salt.toString('hex') };
}
