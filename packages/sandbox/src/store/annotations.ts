import type { Annotation } from '@qmi/core';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

interface AnnotationRow {
  id: string;
  application_id: string;
  author_id: string | null;
  author_email: string;
  text: string;
  created_at: string;
}

const toAnnotation = (row: AnnotationRow): Annotation => ({
  id: row.id,
  applicationId: row.application_id,
  // An author whose account was deleted since is known by the address kept with the note.
  authorId: row.author_id ?? '',
  authorEmail: row.author_email,
  text: row.text,
  createdAt: row.created_at,
});

/** The organisers' private notes on a dossier (issue 16): read and written by organisers only, never by the commune. */
export function annotationStore(db: Db) {
  const list = db.prepare<[string], AnnotationRow>('SELECT * FROM annotations WHERE application_id = ? ORDER BY seq');
  const one = db.prepare<[string, string], AnnotationRow>(
    'SELECT * FROM annotations WHERE id = ? AND application_id = ?',
  );
  const insert = db.prepare(
    'INSERT INTO annotations (id, application_id, author_id, author_email, text, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const remove = db.prepare('DELETE FROM annotations WHERE id = ?');
  return {
    list: (applicationId: string): Annotation[] => list.all(applicationId).map(toAnnotation),
    get(applicationId: string, id: string): Annotation | undefined {
      const row = one.get(id, applicationId);
      return row && toAnnotation(row);
    },
    create(applicationId: string, author: { id: string; email: string }, text: string, now: string): Annotation {
      const id = newId('ann');
      insert.run(id, applicationId, author.id, author.email, text, now);
      return toAnnotation(one.get(id, applicationId)!);
    },
    remove: (id: string): boolean => remove.run(id).changes > 0,
  };
}
export type AnnotationStore = ReturnType<typeof annotationStore>;
