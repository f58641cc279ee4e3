import { ERROR_CODES, jsonSchemas, type CallDefinition } from '@qmi/core';
import { OPERATIONS, type Operation } from './operations.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const HEADER_PARAMS: Record<string, Record<string, unknown>> = {
  'If-Match': {
    name: 'If-Match',
    in: 'header',
    description: 'The revision the change is based on, quoted: "3". Required on PATCH.',
    schema: { type: 'string' },
  },
  'If-None-Match': {
    name: 'If-None-Match',
    in: 'header',
    description: 'Answer 304 if the revision is unchanged.',
    schema: { type: 'string' },
  },
  Prefer: {
    name: 'Prefer',
    in: 'header',
    description: 'return=minimal (RFC 7240): answer 204 with the new ETag instead of the whole body.',
    schema: { type: 'string' },
  },
  'Idempotency-Key': {
    name: 'Idempotency-Key',
    in: 'header',
    description: 'Makes a retry of this POST return the first answer instead of acting twice (24 h).',
    schema: { type: 'string', maxLength: 255 },
  },
};

function successBody(op: Operation) {
  const { schema, list, page, inline } = op.success;
  if (inline) return inline;
  if (!schema) return undefined;
  if (page)
    return {
      type: 'object',
      required: ['data'],
      properties: { data: { type: 'array', items: ref(schema) }, nextCursor: { type: 'string' } },
    };
  if (list) return { type: 'object', required: ['data'], properties: { data: { type: 'array', items: ref(schema) } } };
  return ref(schema);
}

/** On every 429: when to come back, in whole seconds (also in the problem's `retryAfter` member when throttled). */
const RETRY_AFTER = {
  description: 'Seconds to wait before sending the request again.',
  schema: { type: 'integer', minimum: 1 },
};

function operation(op: Operation) {
  const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const body = successBody(op);
  // Any body is refused with 413 past its limit (limitBody, or tus's Upload-Length), so every method that takes one lists it.
  const bounded = op.method === 'get' || op.method === 'head' ? [] : [413];
  // An Idempotency-Key whose first request is still running answers 429 with Retry-After.
  const retried = op.headers?.includes('Idempotency-Key') ? [429] : [];
  const errors = [
    ...new Set([...(op.auth === 'none' ? [] : [401]), ...(op.errors ?? []), ...bounded, ...retried, 500]),
  ].sort();
  return {
    operationId: op.id,
    tags: [op.tag],
    summary: op.summary,
    security: op.auth === 'none' ? [] : [{ bearer: [] }],
    parameters: [
      ...pathParams,
      ...(op.query ?? []).map((q) => ({ ...q, in: 'query' })),
      ...(op.headers ?? []).map((h) => HEADER_PARAMS[h]),
    ],
    ...(op.request
      ? {
          requestBody: {
            required: true,
            content: {
              [op.request.type ?? 'application/json']: { schema: ref(op.request.schema) },
              ...Object.fromEntries(Object.entries(op.request.also ?? {}).map(([type, schema]) => [type, { schema }])),
            },
          },
        }
      : {}),
    responses: {
      [op.success.status]: {
        description: 'Success',
        ...(body ? { content: { [op.success.type ?? 'application/json']: { schema: body } } } : {}),
      },
      ...(op.minimal
        ? {
            204: {
              description: 'Saved, as asked with Prefer: return=minimal: the new revision is the ETag.',
              headers: {
                ETag: { description: 'The new revision, quoted: "4".', schema: { type: 'string' } },
                'Preference-Applied': { description: 'return=minimal', schema: { type: 'string' } },
              },
            },
          }
        : {}),
      ...Object.fromEntries(
        errors.map((status) => [
          status,
          {
            description:
              Object.entries(ERROR_CODES)
                .filter(([, e]) => e.status === status)
                .map(([code]) => code)
                .join(', ') || 'Error',
            ...(status === 429 ? { headers: { 'Retry-After': RETRY_AFTER } } : {}),
            content: { 'application/problem+json': { schema: ref('Problem') } },
          },
        ]),
      ),
    },
  };
}

/** The OpenAPI 3.1 document of the sandbox; schemas come from @qmi/core through z.toJSONSchema. */
export function buildOpenApi(calls: readonly CallDefinition[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
  return {
    openapi: '3.1.0',
    info: {
      title: 'QMI candidature platform API (sandbox)',
      version: '1.0.0',
      description:
        'The API of the Quartiers Métropolitains d’Innovation candidature platform, as implemented by @qmi/sandbox. ' +
        `Calls served: ${calls.map((call) => call.id).join(', ')}. Errors are RFC 9457 problem+json with a stable \`code\`; ` +
        'timestamps are UTC instants; dossiers are saved with JSON Merge Patch guarded by If-Match. ' +
        'Every answer states the platform’s time in the `Qmi-Now` header (ISO 8601, UTC): deadlines are judged by it, not by the device’s clock.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: [...new Set(OPERATIONS.map((op) => op.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: {
        ...jsonSchemas('#/components/schemas/'),
        SandboxClock: {
          type: 'object',
          required: ['now'],
          properties: { now: { type: 'string', format: 'date-time' } },
        },
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'The token from sign-up or sign-in.' },
      },
    },
    'x-error-codes': Object.fromEntries(
      Object.entries(ERROR_CODES).map(([code, e]) => [code, { status: e.status, title: e.title }]),
    ),
  };
}
export type OpenApiDocument = ReturnType<typeof buildOpenApi>;
