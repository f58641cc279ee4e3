import type { SendMessageRequest } from '../../schemas/message.js';
import type { CreateOptions, Http, RequestOptions } from '../http.js';
import { schemasOf } from '../lazy-schema.js';
import { path } from '../paths.js';
import { getList, post } from '../requests.js';

const schema = schemasOf(() => import('../lazy/messages.schemas.js'));

/** A dossier's thread with the organisers. */
export const messagesResource = (http: Http) => ({
  /** The messages of a dossier's conversation between the commune and the organisers. */
  list: async (applicationId: string, opts: RequestOptions = {}) =>
    getList(http, path`/v1/applications/${applicationId}/messages`, schema('Messages'), opts),
  /** Sends a message to the organisers (or, for an organiser, to the commune). Safe to retry. */
  send: async (applicationId: string, body: SendMessageRequest, opts: CreateOptions = {}) =>
    post(http, path`/v1/applications/${applicationId}/messages`, body, schema('Message'), opts),
});
