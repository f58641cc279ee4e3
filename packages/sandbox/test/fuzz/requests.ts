import fc from 'fast-check';
import { arbitraryOf, type JsonSchema } from './schema-arbitrary.js';

/** One operation of the OpenAPI document: its path template, method and request body schema. */
export interface FuzzOperation {
  method: string;
  template: string;
  params: string[];
  bodyType: string | undefined;
  bodySchema: JsonSchema | undefined;
}

export type Role = 'owner' | 'stranger' | 'organiser' | 'none' | 'junk';

/** A drawn request, kept printable so that a failure can be written down as a regular test. */
export interface FuzzRequest {
  method: string;
  path: string;
  role: Role;
  headers: Record<string, string>;
  body: string | undefined;
  label: string;
}

/** The ids worth aiming at: the fuzz must reach real rows, not only 404s. */
export interface Targets {
  ownDossier: string;
  strangerDossier: string;
  documentId: string;
  uploadId: string;
  accountIds: string[];
  callIds: string[];
}

export function operationsOf(doc: any): FuzzOperation[] {
  const operations: FuzzOperation[] = [];
  for (const [template, methods] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(methods)) {
      const content = op.requestBody?.content ?? {};
      const bodyType = Object.keys(content)[0];
      operations.push({
        method: method.toUpperCase(),
        template,
        params: [...template.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!),
        bodyType,
        bodySchema: bodyType ? content[bodyType].schema : undefined,
      });
    }
  }
  return operations;
}

/** Text that has broken servers before: bidi overrides, NUL, lone surrogates, control characters, emoji. */
const JUNK_TEXT = fc.constantFrom(
  '\u202Eevil\u202C',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800',
  '\u001B[31m\u0007',
  '\u200B',
  '💥'.repeat(50),
  '\uFEFF',
  '${7*7}{{7*7}}',
  "'; DROP TABLE accounts; --",
  '../../etc/passwd',
  '%00%2e%2e%2f',
);
const junkString = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), JUNK_TEXT);

function pathParam(targets: Targets): fc.Arbitrary<string> {
  const real = fc.constantFrom(
    targets.ownDossier,
    targets.strangerDossier,
    targets.documentId,
    targets.uploadId,
    ...targets.accountIds,
    ...targets.callIds,
  );
  return fc.oneof(
    { weight: 6, arbitrary: real },
    { weight: 2, arbitrary: junkString.map((text) => encodeURIComponent(Buffer.from(text).toString())) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('..', '.', '%2e%2e', '%2F', '%00', '%ZZ', '%', '%C0%AF', '%E2%80%AE', '%ED%A0%80'),
    },
    { weight: 1, arbitrary: fc.integer({ min: 300, max: 4000 }).map((n) => 'x'.repeat(n)) },
  );
}

/** A valid body with one thing broken: a field removed, of the wrong type, huge, or junk text. */
function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  const wrong = fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant([]),
    fc.constant({}),
    junkString,
    fc.constant('x'.repeat(200_000)),
    fc.constant([[[[[[[[[[]]]]]]]]]]),
  );
  return fc.tuple(valid, fc.nat(), wrong, fc.constantFrom('remove', 'replace', 'add')).map(([value, n, bad, how]) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(bad);
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const keys = Object.keys(copy);
    const key = keys.length ? keys[n % keys.length]! : 'extra';
    if (how === 'remove') delete copy[key];
    else if (how === 'replace') copy[key] = bad;
    else copy[`extra${n % 3}`] = bad;
    return JSON.stringify(copy);
  });
}

const nested = (depth: number, open: string, close: string, leaf = '1') =>
  open.repeat(depth) + leaf + close.repeat(depth);

/** Bodies no client of ours would send. */
const HOSTILE: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    'null',
    '[]',
    '"text"',
    '42',
    '{',
    '{"a":',
    '\u0000',
    '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
    '{"body":"a","body":"b","commune":"93066","commune":"75056"}',
    '{"email":"a@b.c","email":{"$gt":""}}',
    '<?xml version="1.0"?><a/>',
    'email=a%40b.c&password=x',
  ),
  fc.integer({ min: 100, max: 20_000 }).map((depth) => nested(depth, '{"a":', '}')),
  fc.integer({ min: 100, max: 20_000 }).map((depth) => nested(depth, '[', ']')),
  // 1.5 MB of UTF-8, and 800 KB of array, one request in a few hundred.
  fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(`{"body":"${'é'.repeat(750_000)}"}`, `[${'1,'.repeat(400_000)}1]`) },
    { weight: 4, arbitrary: fc.constant('{"a":"b"}') },
  ),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const CONTENT_TYPES = fc.constantFrom(
  'application/json',
  'application/merge-patch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'application/offset+octet-stream',
  'application/json\u0000',
  '',
);

/** Headers, valid or junk: If-Match, Idempotency-Key, Accept-Language, Content-Type, tus's. */
const headerJunk = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.constantFrom('*', 'W/"1"', '"1"', '"999999999999999999999"', '-1', 'NaN', 'x'.repeat(1500), 'fr;q=0.5, en', '1e9'),
);
const asciiHeader = headerJunk.map((value) => value.replace(/[^\x20-\x7e]/g, '?'));

const headersArb = fc.record(
  {
    'if-match': asciiHeader,
    'idempotency-key': fc.oneof(asciiHeader, fc.constantFrom('fuzz-key-1', 'fuzz-key-2', 'k'.repeat(300))),
    'accept-language': fc.oneof(asciiHeader, fc.constantFrom('en', 'fr-FR', 'de', '*', 'en;q=abc')),
    'tus-resumable': fc.oneof(fc.constant('1.0.0'), asciiHeader),
    'upload-offset': fc.oneof(fc.nat().map(String), asciiHeader),
    'upload-length': fc.oneof(fc.nat({ max: 100_000_000 }).map(String), asciiHeader),
    'upload-metadata': fc.oneof(
      asciiHeader,
      fc.constantFrom('filename ZmljaGUucGRm,kind c2VjdG9yX3NoZWV0', 'applicationId', 'a b c,,,'),
    ),
    'x-http-method-override': fc.constantFrom('DELETE', 'PATCH', 'GET', 'HEAD'),
  },
  { requiredKeys: [] },
);

/** Every request the fuzz may send: a path from the document, a role, headers and a body. */
export function requestArbitrary(
  operations: FuzzOperation[],
  components: Record<string, JsonSchema>,
  targets: Targets,
) {
  const param = pathParam(targets);
  // Sign-up and sign-in hash passwords (slow on purpose) and are throttled: drawn rarely, they are still drawn.
  const isAuth = (op: FuzzOperation) => op.method === 'POST' && ['/v1/accounts', '/v1/sessions'].includes(op.template);
  const operation = fc.oneof(...operations.map((op) => ({ weight: isAuth(op) ? 1 : 12, arbitrary: fc.constant(op) })));
  return operation.chain((op) => {
    const valid = op.bodySchema ? arbitraryOf(op.bodySchema, components) : fc.constant(undefined);
    const isTusChunk = op.template.startsWith('/v1/uploads/') && op.method === 'PATCH';
    const body: fc.Arbitrary<[string, string | undefined]> = isTusChunk
      ? // tus chunks go up to the kind's maximum: small ones only, the headers are what is fuzzed.
        fc.uint8Array({ maxLength: 4096 }).map((bytes) => ['tus chunk', Buffer.from(bytes).toString('latin1')])
      : fc.oneof(
          {
            weight: 4,
            arbitrary: valid.map((v): [string, string | undefined] => [
              'valid',
              v === undefined ? undefined : JSON.stringify(v),
            ]),
          },
          { weight: 3, arbitrary: mutated(valid).map((v): [string, string] => ['mutated', v]) },
          { weight: 2, arbitrary: HOSTILE.map((v): [string, string] => ['hostile', v]) },
        );
    return fc.record({
      op: fc.constant(op),
      params: fc.array(param, { minLength: op.params.length, maxLength: op.params.length }),
      role: fc.constantFrom<Role>('owner', 'owner', 'stranger', 'organiser', 'none', 'junk'),
      body,
      contentType: fc.oneof({ weight: 4, arbitrary: fc.constant(op.bodyType ?? 'application/json') }, CONTENT_TYPES),
      headers: headersArb,
      query: fc.oneof(
        { weight: 4, arbitrary: fc.constant('') },
        fc.constantFrom(
          '?limit=0',
          '?limit=1000000',
          '?limit=-1',
          '?cursor=%00',
          '?status=nope',
          '?limit=2&cursor=abc',
          '?call=../',
        ),
      ),
    });
  });
}

/** Turns a drawn request into something to send (and to print). */
export function toRequest(drawn: any): FuzzRequest {
  const op: FuzzOperation = drawn.op;
  let path = op.template;
  op.params.forEach((name, i) => (path = path.replace(`{${name}}`, drawn.params[i])));
  const [label, body] = drawn.body as [string, string | undefined];
  const sendsBody = !['GET', 'HEAD'].includes(op.method) && body !== undefined;
  const headers: Record<string, string> = { ...drawn.headers };
  if (sendsBody) headers['content-type'] = drawn.contentType;
  return {
    method: op.method,
    path: path + drawn.query,
    role: drawn.role,
    headers,
    body: sendsBody ? body : undefined,
    label: `${op.method} ${op.template} (${label})`,
  };
}
