import { Hono } from 'hono';
import { loadApplication } from '../http/access.js';
import { requireAccount } from '../http/auth.js';
import type { AppEnv } from '../http/env.js';

/** The dossier's documents (uploads arrive over tus in a later version). */
export const documentRoutes = new Hono<AppEnv>();

documentRoutes.get('/v1/applications/:id/documents', (c) => {
  const application = loadApplication(c, requireAccount(c), c.req.param('id'));
  return c.json({ data: c.get('deps').store.applications.documents(application.id) });
});
