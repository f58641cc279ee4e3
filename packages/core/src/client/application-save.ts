import type { JsonPatchOperation } from '../json-patch.js';
import type { ApplicationPatch } from '../schemas/application.js';
import { ConnectionError, ResponseValidationError } from './errors.js';
import type { Http } from './http.js';
import { schemasOf, validate } from './lazy-schema.js';
import { path } from './paths.js';

/** The dossier's schema (a 412's `current`) and a 200's, loaded beside the request (see lazy-schema.ts). */
const schema = schemasOf(() => import('./lazy/applications.schemas.js'));

/**
 * A change of a dossier's content: a JSON Merge Patch (RFC 7396: fields by name, lists whole) or a
 * JSON Patch (RFC 6902: operations at JSON Pointers, so one member of a list item can be written).
 */
export type ApplicationChange = { mergePatch: ApplicationPatch } | { jsonPatch: JsonPatchOperation[] };

/**
 * The options of `client.applications.save`: the revision the change was written against, an abort signal,
 * and `keepalive` for the last save of a page being left.
 */
export interface ApplicationSaveOptions {
  /** The revision the change was written against. Required: a stale revision fails with 412 (its `current`). */
  ifMatch: number;
  signal?: AbortSignal | undefined;
  /** Lets the request outlive the page (fetch keepalive), for a last save when the tab is hidden or closed. */
  keepalive?: boolean | undefined;
}

/** The revision an ETag names (`"12"`, or weak `W/"12"`), if it names one. */
const revisionOf = (etag: string | null): number | undefined => {
  const match = /^(?:W\/)?"(\d+)"$/.exec(etag?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
};

/**
 * Saves a change with `Prefer: return=minimal` (RFC 7240): the platform answers 204 with the new
 * revision in its ETag instead of echoing the whole dossier (92 KB at its largest), which the caller
 * already holds. Guarded by `If-Match`, so it is retried like any guarded write, and a 412 carries the
 * current dossier for the merge.
 */
export async function saveApplicationChange(
  http: Http,
  id: string,
  change: ApplicationChange,
  { ifMatch, signal, keepalive }: ApplicationSaveOptions,
): Promise<{ revision: number }> {
  const json = 'jsonPatch' in change;
  const response = await http.send({
    method: 'patch',
    path: path`/v1/applications/${id}`,
    json: json ? change.jsonPatch : change.mergePatch,
    contentType: json ? 'application/json-patch+json' : 'application/merge-patch+json',
    headers: { 'if-match': `"${ifMatch}"`, prefer: 'return=minimal' },
    schema: undefined,
    current: schema('Application'),
    raw: true,
    signal,
    keepalive,
    retryable: true,
  });
  const revision = revisionOf(response.headers.get('etag'));
  if (revision !== undefined) return { revision };
  // A platform (or a proxy) that dropped the ETag: the 200's dossier still says its revision.
  const [Saved, body] = await Promise.all([
    schema('Saved')().catch((cause: unknown) => {
      throw new ConnectionError("The client's schemas could not be loaded.", { cause });
    }),
    response.json().catch(() => undefined),
  ]);
  const parsed = await validate(Saved, body);
  if (!parsed.success)
    throw new ResponseValidationError('The server acknowledged the save without saying its revision.', parsed.issues);
  return { revision: parsed.data.revision };
}
