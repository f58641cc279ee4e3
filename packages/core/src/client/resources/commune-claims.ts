import type {
  CommuneClaim,
  CommuneClaimDecision,
  CommuneClaimRequest,
  CommuneClaimStatus,
} from '../../schemas/identity.js';
import type { CreateOptions, Http, RequestOptions } from '../http.js';
import { schemasOf } from '../lazy-schema.js';
import { path } from '../paths.js';
import { post } from '../requests.js';

const schema = schemasOf(() => import('../lazy/commune-claims.schemas.js'));

/** Requests to represent a commune, decided by organisers; ProConnect accounts are verified at sign-in. */
export const communeClaimsResource = (http: Http) => ({
  /** Asks to represent a commune; organisers decide, and the person is told by e-mail. */
  create: async (body: CommuneClaimRequest, opts: CreateOptions = {}) =>
    post(http, '/v1/commune-claims', body, schema('CommuneClaim'), opts),
  /** The person's own requests; for organisers, everyone's (filter by status or commune). */
  list: async (params: { status?: CommuneClaimStatus; commune?: string } = {}, opts: RequestOptions = {}) =>
    http
      .send({
        method: 'get',
        path: '/v1/commune-claims',
        searchParams: { status: params.status, commune: params.commune },
        schema: schema('CommuneClaims'),
        signal: opts.signal,
        retryable: true,
      })
      .then((r) => r.data as CommuneClaim[]),
  /** Organisers: approve, or refuse saying why; the person is told by e-mail. */
  decide: async (id: string, decision: CommuneClaimDecision, opts: CreateOptions = {}) =>
    post(http, path`/v1/commune-claims/${id}/decision`, decision, schema('CommuneClaim'), opts),
});
