import { clientBase } from './base.js';
import { Http, type ClientOptions } from './http.js';
import { accountResource } from './resources/account.js';
import { applicationsResource } from './resources/applications.js';
import { authResource } from './resources/auth.js';
import { callsResource } from './resources/calls.js';
import { communeClaimsResource } from './resources/commune-claims.js';
import { documentsResource } from './resources/documents.js';
import { invitationsResource } from './resources/invitations.js';
import { messagesResource } from './resources/messages.js';
import { reviewResources } from './review.js';

export type { GuardedOptions } from './requests.js';
export type { ListApplicationsParams, UpdateOptions } from './resources/applications.js';
export type { ProConnectStart } from './resources/auth.js';

/**
 * A typed client of the QMI platform API. Every answer is validated against its schema; every
 * error is a typed `ApiError` subclass carrying the problem+json body.
 *
 * ```ts
 * const qmi = createClient({ baseUrl: 'http://127.0.0.1:8787' });
 * await qmi.auth.signIn({ email, password });
 * const app = await qmi.applications.create('qmi-2', { commune: '93066' });
 * await qmi.applications.update(app.id, { challenge: { title: 'Rues aux écoles' } }, { ifMatch: app.revision });
 * ```
 *
 * Every resource, for a page or a server that uses many. A page that uses few composes them over a
 * base (`createClientBase` + `withResources`, as the elements do) and loads only their schemas.
 */
export function createClient(options: ClientOptions) {
  const http = new Http(options);
  // Onto the base itself: its `lang` is a getter, which a spread would freeze.
  return Object.assign(clientBase(http), {
    ...reviewResources(http),
    auth: authResource(http),
    account: accountResource(http),
    communeClaims: communeClaimsResource(http),
    invitations: invitationsResource(http),
    calls: callsResource(http),
    applications: applicationsResource(http),
    messages: messagesResource(http),
    documents: documentsResource(http),
  });
}

/**
 * The full client that `createClient` returns: the base (token, language, the platform's clock) and every
 * resource.
 */
export type QmiClient = ReturnType<typeof createClient>;
