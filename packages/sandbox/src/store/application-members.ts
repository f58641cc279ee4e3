import type { Db } from '../db/database.js';

/**
 * A dossier's content is stored one row per top-level member (`application_members`, migration 9):
 * an autosave writes the member it changed, so the pages it rewrites and fsyncs are that section's, not
 * the whole dossier's. Values are JSON text; members keep the order they were first written in (rowid),
 * as the keys of the JSON text did.
 */

/**
 * SQL for the content of the dossier aliased `alias`, as one JSON object text ('{}' when it has none).
 * Joined as text: every value was written as JSON text (JSON.stringify, or `->` when migrated), so
 * nothing needs parsing again to read a whole dossier.
 */
export const contentSql = (alias: string) =>
  `(SELECT '{' || coalesce(group_concat(json_quote(m.key) || ':' || m.value, ',' ORDER BY m.rowid), '') || '}'
      FROM application_members m WHERE m.application_id = ${alias}.id)`;

type Row = { key: string; value: string };

export function memberStore(db: Db) {
  const all = db.prepare<[string], Row>(
    'SELECT key, value FROM application_members WHERE application_id = ? ORDER BY rowid',
  );
  const allBytes = db.prepare<[string], { key: string; value: Buffer }>(
    'SELECT key, CAST(value AS BLOB) AS value FROM application_members WHERE application_id = ? ORDER BY rowid',
  );
  // Keeps the row (and so the member's place) when it exists, as json_set kept a key's place.
  const upsert = db.prepare(
    `INSERT INTO application_members (application_id, key, value) VALUES (?, ?, ?)
     ON CONFLICT (application_id, key) DO UPDATE SET value = excluded.value`,
  );
  const remove = db.prepare('DELETE FROM application_members WHERE application_id = ? AND key = ?');
  const removeAll = db.prepare('DELETE FROM application_members WHERE application_id = ?');
  const some = new Map<number, ReturnType<typeof db.prepare<unknown[], Row>>>();
  const someOf = (count: number) => {
    let statement = some.get(count);
    if (!statement)
      some.set(
        count,
        (statement = db.prepare<unknown[], Row>(
          `SELECT key, value FROM application_members WHERE application_id = ? AND key IN (${Array(count).fill('?').join(', ')})`,
        )),
      );
    return statement;
  };

  return {
    /**
     * The whole content as JSON text: each member's stored text joined, nothing parsed. Assembled here
     * rather than by SQLite (`contentSql`): its quoting and concatenation cost 0.8 ms on the full 90 KB
     * dossier, the rows and this join 0.3 ms (issue 17).
     */
    text(id: string): string {
      return `{${all
        .all(id)
        .map((row) => `${JSON.stringify(row.key)}:${row.value}`)
        .join(',')}}`;
    },
    /**
     * The same as UTF-8 bytes, each member's as SQLite holds them: a read that only sends the dossier never
     * decodes its 90 KB into a string nor encodes them back (0.8 ms of the 1.7 its read took, issue 17).
     * Ends before the closing brace, and is empty for a dossier without content.
     */
    bytes(id: string): Buffer[] {
      return allBytes
        .all(id)
        .flatMap((row, index) => [Buffer.from(`${index ? ',' : ''}${JSON.stringify(row.key)}:`), row.value]);
    },
    /** The whole content, parsed. */
    content(id: string): Record<string, unknown> {
      const content: Record<string, unknown> = {};
      for (const row of all.all(id)) content[row.key] = JSON.parse(row.value);
      return content;
    },
    /** Only these members, parsed (absent ones stay absent). */
    some(id: string, keys: readonly string[]): Record<string, unknown> {
      const content: Record<string, unknown> = {};
      if (keys.length === 0) return content;
      for (const row of someOf(keys.length).all(id, ...keys)) content[row.key] = JSON.parse(row.value);
      return content;
    },
    /** Writes these members (`undefined` removes one); the others are not touched. Answers the JSON characters written. */
    write(id: string, changes: Record<string, unknown>): number {
      let written = 0;
      for (const [key, value] of Object.entries(changes)) {
        if (value === undefined) remove.run(id, key);
        else {
          const text = JSON.stringify(value);
          upsert.run(id, key, text);
          written += text.length;
        }
      }
      return written;
    },
    /** Replaces the whole content, in the order of its keys. */
    replace(id: string, content: Record<string, unknown>): void {
      removeAll.run(id);
      for (const [key, value] of Object.entries(content))
        if (value !== undefined) upsert.run(id, key, JSON.stringify(value));
    },
  };
}
export type MemberStore = ReturnType<typeof memberStore>;
