import fc from 'fast-check';

/** The parts of JSON Schema (as the OpenAPI document writes it) that the fuzz draws values from. */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
}

/**
 * A fast-check arbitrary of values valid for `schema` (as far as the schema says: patterns, enums,
 * lengths, ranges, required fields), resolving `$ref`s against the document's components. Deep or
 * recursive schemas stop at `depth`, with the smallest value that fits.
 */
export function arbitraryOf(
  schema: JsonSchema,
  components: Record<string, JsonSchema>,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (schema.$ref) return arbitraryOf(components[schema.$ref.split('/').pop()!] ?? {}, components, depth);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => arbitraryOf(s, components, depth + 1)));
  if (schema.allOf) {
    const merged = schema.allOf.reduce<JsonSchema>(
      (all, part) => {
        const resolved = part.$ref ? (components[part.$ref.split('/').pop()!] ?? {}) : part;
        return {
          ...all,
          ...resolved,
          properties: { ...all.properties, ...resolved.properties },
          required: [...(all.required ?? []), ...(resolved.required ?? [])],
        };
      },
      { type: 'object' },
    );
    return arbitraryOf(merged, components, depth);
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'string':
      return stringOf(schema);
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (depth > 4) return fc.constant([]);
      const min = schema.minItems ?? 0;
      return fc.array(arbitraryOf(schema.items ?? {}, components, depth + 1), {
        minLength: min,
        maxLength: Math.max(min, Math.min(schema.maxItems ?? 3, 3)),
      });
    }
    case 'object':
    case undefined: {
      if (!schema.properties) return fc.constant({});
      const required = schema.required ?? [];
      const entries = Object.entries(schema.properties).filter(([name]) => depth < 4 || required.includes(name));
      return fc.record(Object.fromEntries(entries.map(([name, s]) => [name, arbitraryOf(s, components, depth + 1)])), {
        requiredKeys: required.filter((name) => entries.some(([n]) => n === name)),
      });
    }
    default:
      return fc.constant(null);
  }
}

function stringOf(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  if (schema.format === 'date-time')
    return fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString());
  if (schema.format === 'date')
    return fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'email') return fc.emailAddress();
  const minLength = schema.minLength ?? 0;
  return fc.string({ minLength, maxLength: Math.max(minLength, Math.min(schema.maxLength ?? 40, 40)) });
}
