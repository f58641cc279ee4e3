import type {
  ChangeEmailRequest,
  ChangePasswordRequest,
  DeleteAccountRequest,
  UpdateAccountRequest,
} from '../../schemas/identity.js';
import type { Http, RequestOptions } from '../http.js';
import { accountSchema } from './account-schema.js';
import { get, once } from '../requests.js';

const Account = accountSchema('Account');
const EmailSent = accountSchema('EmailSent');
const Export = accountSchema('Export');

/** The signed-in person's own account: settings, address, password, data export, deletion (GDPR). */
export const accountResource = (http: Http) => ({
  /** Changes the account's language (of its e-mails) or names; answers the account. */
  update: async (body: UpdateAccountRequest, opts: RequestOptions = {}) =>
    http.send({ method: 'patch', path: '/v1/me', json: body, schema: Account, signal: opts.signal, retryable: true }),
  /** Changes the password; every other session of the account ends. */
  changePassword: async (body: ChangePasswordRequest, opts: RequestOptions = {}) =>
    http.send({
      method: 'put',
      path: '/v1/me/password',
      json: body,
      schema: undefined,
      signal: opts.signal,
      retryable: false,
    }),
  /** Asks to change the address: a link goes to the new one, which `confirmEmailChange` takes. */
  changeEmail: async (body: ChangeEmailRequest, opts: RequestOptions = {}) =>
    once(http, '/v1/me/email-change', body, EmailSent, opts),
  /**
   * Confirms a change of address with the token of the link sent to the new address; answers the account with
   * its new address.
   */
  confirmEmailChange: async (token: string, opts: RequestOptions = {}) =>
    once(http, '/v1/me/email-change/confirmation', { token }, Account, opts),
  /** Everything the platform holds about the person, as JSON (GDPR articles 15 and 20). */
  exportData: async (opts: RequestOptions = {}) => get(http, '/v1/me/export', Export, opts),
  /** Deletes the account (GDPR article 17); refused while it is the only owner of a submitted dossier. */
  delete: async (body: DeleteAccountRequest, opts: RequestOptions = {}) => {
    await http.send({
      method: 'delete',
      path: '/v1/me',
      json: body,
      schema: undefined,
      signal: opts.signal,
      retryable: false,
    });
    http.setToken(undefined);
  },
});
