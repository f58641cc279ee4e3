import type { Http, RequestOptions } from '../http.js';
import { once } from '../requests.js';
import { applicationSchema } from './application-schema.js';

/** Invitations to edit a dossier, seen from the invited side. */
export const invitationsResource = (http: Http) => ({
  /** Accepts an invitation with the token of its e-mail's link: the account becomes an editor of the dossier. */
  accept: async (token: string, opts: RequestOptions = {}) =>
    once(http, '/v1/invitations/acceptance', { token }, applicationSchema('Application'), opts),
});
