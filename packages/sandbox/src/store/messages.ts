import type { Message, Role } from '@qmi/core';
import type { Db } from '../db/database.js';
import { newId } from '../ids.js';

interface MessageRow {
  id: string;
  application_id: string;
  author_id: string;
  author_role: Role;
  body: string;
  created_at: string;
}

const toMessage = (row: MessageRow): Message => ({
  id: row.id,
  applicationId: row.application_id,
  authorId: row.author_id,
  authorRole: row.author_role,
  body: row.body,
  createdAt: row.created_at,
});

export function messageStore(db: Db) {
  const list = db.prepare<[string], MessageRow>('SELECT * FROM messages WHERE application_id = ? ORDER BY seq');
  const byId = db.prepare<[string], MessageRow>('SELECT * FROM messages WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO messages (id, application_id, author_id, author_role, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    list: (applicationId: string) => list.all(applicationId).map(toMessage),
    create(applicationId: string, authorId: string, role: Role, body: string, now: string): Message {
      const id = newId('msg');
      insert.run(id, applicationId, authorId, role, body, now);
      return toMessage(byId.get(id)!);
    },
  };
}
