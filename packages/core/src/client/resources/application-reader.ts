import type { Http, RequestOptions } from '../http.js';
import { applicationSchema } from './application-schema.js';
import { path } from '../paths.js';
import { get } from '../requests.js';

/**
 * A dossier, read by its id: what a page that shows one needs (a checklist given an `application`),
 * without the code that creates, saves, submits and decides (`applicationsResource`, which includes it).
 */
export const applicationReaderResource = (http: Http) => ({
  /** The dossier with this id, as this account may see it (404 when it may not). */
  get: async (id: string, opts: RequestOptions = {}) =>
    get(http, path`/v1/applications/${id}`, applicationSchema('Application'), opts),
});
