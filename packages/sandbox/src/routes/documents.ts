import { isEditable } from '@qmi/core';
import { Hono } from 'hono';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { callOf, loadApplication, requireOwnerOf, requireWindowOpen } from '../http/access.js';
import { requireAccount } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { contentDisposition } from '../http/content-disposition.js';

/** The dossier's documents. They arrive over tus (src/uploads); here they are listed, read and deleted. */
export const documentRoutes = new Hono<AppEnv>();

documentRoutes.get('/v1/applications/:id/documents', (c) => {
  const application = loadApplication(c, requireAccount(c), c.req.param('id'), { reviewers: 'allow' });
  return c.json({ data: c.get('deps').store.applications.documents(application.id) });
});

const wantsJson = (accept: string | undefined) => /\bapplication\/json\b/i.test(accept ?? '');

documentRoutes.get('/v1/applications/:id/documents/:documentId', async (c) => {
  const application = loadApplication(c, requireAccount(c), c.req.param('id'), { reviewers: 'allow' });
  const document = c
    .get('deps')
    .store.applications.documents(application.id)
    .find((doc) => doc.id === c.req.param('documentId'));
  if (!document) throw new ProblemError('not_found');
  if (wantsJson(c.req.header('accept'))) return c.json(document);

  const { store, uploads } = c.get('deps');
  const path = uploads.documentPath(store.documents.storageKey(application.id, document.id)!);
  // The row exists but the bytes do not: a 404 with the usual body rather than a broken stream.
  const size = await stat(path)
    .then((s) => s.size)
    .catch(() => undefined);
  if (size === undefined) throw new ProblemError('not_found');
  return new Response(Readable.toWeb(createReadStream(path)) as ReadableStream, {
    headers: {
      // The type found in the bytes at upload, never the one the client declared.
      'content-type': document.mediaType,
      'content-length': String(size),
      'content-disposition': contentDisposition(document.filename),
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
      // Served as an attachment from the API origin: nothing in it may run or be framed.
      'content-security-policy': "default-src 'none'; sandbox",
    },
  });
});

documentRoutes.delete('/v1/applications/:id/documents/:documentId', async (c) => {
  const account = requireAccount(c);
  const application = loadApplication(c, account, c.req.param('id'));
  const { store, uploads, clock } = c.get('deps');
  const key = store.documents.storageKey(application.id, c.req.param('documentId'));
  if (!key) throw new ProblemError('not_found');
  // The same rules as editing the dossier: the commune's own agents, while it may still change.
  if (account.role !== 'applicant') throw new ProblemError('forbidden');
  // An editor deletes the documents they uploaded; the owner any of the dossier's.
  if (store.documents.uploaderOf(application.id, c.req.param('documentId')) !== account.id)
    requireOwnerOf(c, account, application, 'delete-document');
  if (!isEditable(application.status))
    throw new ProblemError('not_editable', { extra: { applicationStatus: application.status } });
  requireWindowOpen(c, callOf(c, application.callId), application.status);
  // The row first: once it is gone nobody can read the document, even if removing the bytes fails.
  store.documents.remove(application.id, c.req.param('documentId'), clock.now().toISOString());
  await uploads.discardDocument(key);
  return c.body(null, 204);
});
