import type { Http, RequestOptions } from '../http.js';
import { get } from '../requests.js';
import { accountSchema } from './account-schema.js';

const Account = accountSchema('Account');

/**
 * Who is signed in, and nothing else of `auth`: an element that only needs to tell the person's side
 * (the messages' thread) does not carry sign-up, sign-in and ProConnect. Named `auth` in a resource map
 * (`{ auth: meResource }`), it reads as `client.auth.me()`, as on a full client.
 */
export const meResource = (http: Http) => ({
  /** The signed-in account (`GET /v1/me`). */
  me: async (opts: RequestOptions = {}) => get(http, '/v1/me', Account, opts),
});
