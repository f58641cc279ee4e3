import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';
import { problemResponse } from '../http/problem.js';
import { UPLOADS_PATH, type UploadEndpoint } from './endpoint.js';

/** Mounts the tus endpoint: POST/OPTIONS on the collection, HEAD/PATCH/DELETE on an upload. */
export function uploadRoutes(endpoint: UploadEndpoint): Hono<AppEnv> {
  const routes = new Hono<AppEnv>();
  routes.on(['POST', 'OPTIONS'], UPLOADS_PATH, (c) => endpoint.handle(c));
  routes.on(['PATCH', 'DELETE', 'OPTIONS'], `${UPLOADS_PATH}/:uploadId`, (c) => endpoint.handle(c));
  // Hono answers HEAD with the GET route. A real GET is refused: documents are downloaded through
  // their own route (access rules, Content-Disposition, nosniff), never from tus's store.
  routes.get(`${UPLOADS_PATH}/:uploadId`, (c) =>
    c.req.method === 'HEAD'
      ? endpoint.handle(c)
      : problemResponse(c, 'method_not_allowed', { headers: { allow: 'HEAD, PATCH, DELETE, OPTIONS' } }),
  );
  return routes;
}
