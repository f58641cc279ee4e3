import { downloadLater } from '../download-later.js';
import type { Http, RequestOptions } from '../http.js';
import { schemasOf } from '../lazy-schema.js';
import { path } from '../paths.js';
import { get, getList, remove } from '../requests.js';

const schema = schemasOf(() => import('../lazy/documents.schemas.js'));

/** A dossier's documents (uploads themselves go through `startUpload`, over tus). */
export const documentsResource = (http: Http) => ({
  /** The documents of a dossier (their metadata). */
  list: async (applicationId: string, opts: RequestOptions = {}) =>
    getList(http, path`/v1/applications/${applicationId}/documents`, schema('DocumentRefs'), opts),
  /** A document's metadata (uploads go through `startUpload`, over tus). */
  get: async (applicationId: string, documentId: string, opts: RequestOptions = {}) =>
    get(http, path`/v1/applications/${applicationId}/documents/${documentId}`, schema('DocumentRef'), opts),
  /**
   * A document's bytes, as uploaded (with the bearer token: a plain link cannot carry it). Its code comes
   * when it is called (see download-later.ts): the uploader, which lists documents, does not carry it.
   */
  content: async (applicationId: string, documentId: string, opts: RequestOptions = {}) =>
    downloadLater(http, path`/v1/applications/${applicationId}/documents/${documentId}`, {}, opts.signal),
  /** Removes a document from a draft dossier. */
  remove: async (applicationId: string, documentId: string, opts: RequestOptions = {}) =>
    remove(http, path`/v1/applications/${applicationId}/documents/${documentId}`, opts),
});
