import type { Http, RequestOptions } from '../http.js';
import { schemasOf } from '../lazy-schema.js';
import { path } from '../paths.js';
import { get } from '../requests.js';

/** The dossiers' answers' schemas, in a chunk loaded beside the first request (see lazy-schema.ts). */
export const applicationSchema = schemasOf(() => import('../lazy/applications.schemas.js'));

/**
 * A dossier, read by its id: what a page that shows one needs (a checklist given an `application`),
 * without the code that creates, saves, submits and decides (`applicationsResource`, which includes it).
 */
export const applicationReaderResource = (http: Http) => ({
  get: async (id: string, opts: RequestOptions = {}) =>
    get(http, path`/v1/applications/${id}`, applicationSchema('Application'), opts),
});
