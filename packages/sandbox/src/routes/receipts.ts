import { Hono } from 'hono';
import { callOf, loadApplication } from '../http/access.js';
import { requireAccount } from '../http/auth.js';
import { contentDisposition } from '../http/content-disposition.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError } from '../http/problem.js';
import { receiptFilename } from '../receipts/receipt-facts.js';

/**
 * The « récépissés de dépôt » of a dossier, one per submission: for the commune's people, the
 * organisers and the reviewers assigned to it (the same readers as its documents).
 */
export const receiptRoutes = new Hono<AppEnv>();

receiptRoutes.get('/v1/applications/:id/receipts', (c) => {
  const application = loadApplication(c, requireAccount(c), c.req.param('id'), { reviewers: 'allow' });
  return c.json({ data: c.get('deps').store.receipts.list(application.id) });
});

// Hono cannot put a parameter before a suffix in one segment: the segment is read whole, ".pdf" required.
receiptRoutes.get('/v1/applications/:id/receipts/:file', (c) => {
  const application = loadApplication(c, requireAccount(c), c.req.param('id'), { reviewers: 'allow' });
  const match = /^(.+)\.pdf$/.exec(c.req.param('file'));
  const { receipts } = c.get('deps').store;
  const receipt = match ? receipts.get(application.id, match[1]!) : undefined;
  const pdf = receipt && receipts.pdf(application.id, receipt.id);
  if (!receipt || !pdf) throw new ProblemError('not_found');
  return c.body(new Uint8Array(pdf), 200, {
    'content-type': 'application/pdf',
    'content-length': String(pdf.length),
    'content-disposition': contentDisposition(receiptFilename(receipt, callOf(c, application.callId))),
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
    'content-security-policy': "default-src 'none'; sandbox",
  });
});
