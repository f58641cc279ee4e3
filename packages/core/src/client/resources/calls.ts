import type { Http, RequestOptions } from '../http.js';
import { schemasOf } from '../lazy-schema.js';
import { path } from '../paths.js';
import { get, getList } from '../requests.js';

const schema = schemasOf(() => import('../lazy/calls.schemas.js'));

/** The calls for applications (public: no sign-in needed). */
export const callsResource = (http: Http) => ({
  /** The calls of the platform, in short (id, edition, title, time zone and application window). */
  list: async (opts: RequestOptions = {}) => getList(http, '/v1/calls', schema('CallSummaries'), opts),
  /**
   * A call's whole definition: its phases and milestones, its form, its criteria, its documents and its
   * eligibility parameters.
   */
  get: async (callId: string, opts: RequestOptions = {}) =>
    get(http, path`/v1/calls/${callId}`, schema('CallDefinition'), opts),
});
