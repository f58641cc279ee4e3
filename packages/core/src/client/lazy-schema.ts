import type * as z from 'zod/mini';

/*
 * Schemas loaded with `import()` when a request starts, not with the page: the request and the chunk
 * travel together, so validating costs no extra wait, and a page's first load carries no zod (a timeline
 * is lit, ky and its own code). So the modules the client imports statically hold no schema value: they
 * name their schemas through loaders like these, and the schemas are in client/lazy/*.schemas.ts, which only
 * `import()` reaches.
 *
 * The build bundles client/lazy/ apart (dist/client/lazy/, zod inside, chunks shared among them; see
 * tsup.config.ts): a bundler puts a module in the page's first load whenever any static import reaches it,
 * used or not, and the @qmi/core barrel reaches every schema module and zod. Files of their own, reached
 * only by `import()`, stay out of it. A page that also uses schemas itself (the form) loads zod twice.
 */

/** Any zod schema, full or mini: both share zod's core type. */
export type Schema = z.core.$ZodType;
export type Output<S extends Schema> = z.core.output<S>;

/** A schema to be loaded: called when a request starts; loads its module once. */
export type LazySchema<S extends Schema = Schema> = () => Promise<S>;

/** A schema as a request names it: the schema itself (Node, a page's own), or its loader. */
export type SchemaRef<S extends Schema = Schema> = S | LazySchema<S>;

/** The schema a `SchemaRef` names, and what parsing with it gives. */
export type SchemaOf<R> = R extends LazySchema<infer S> ? S : R extends Schema ? R : never;
export type OutputOf<R> = Output<SchemaOf<R>>;

/**
 * The loaders of the schemas a module exports: `const schema = schemasOf(() => import('../lazy/calls.schemas.js'))`,
 * then `schema('CallDefinition')`. The module is imported once, at the first request that needs it; a failed
 * import (offline, a CDN that is down) is tried again at the next request.
 */
export function schemasOf<M>(load: () => Promise<M>) {
  const module = lazyModule(load);
  return <K extends keyof M>(name: K): LazySchema<M[K] & Schema> =>
    () =>
      module().then((m) => m[name] as M[K] & Schema);
}

/**
 * A module fetched with `import()` at its first use, once; a failed import (offline, a CDN that is down)
 * is tried again at the next use.
 */
export function lazyModule<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** Starts loading a schema (now, beside the request), or undefined when there is none. */
export function loadSchema<S extends Schema>(ref: SchemaRef<S> | undefined): Promise<S> | undefined {
  if (ref === undefined) return undefined;
  const loading = typeof ref === 'function' ? ref() : Promise.resolve(ref);
  // Awaited only if the answer needs it (a 412's `current`): an unused failure must not be "unhandled".
  loading.catch(() => undefined);
  return loading;
}

export type Validated<S extends Schema> =
  | { success: true; data: Output<S> }
  | {
      success: false;
      issues: ReadonlyArray<{ message: string; path?: ReadonlyArray<PropertyKey | { key: PropertyKey }> | undefined }>;
    };

/**
 * Parses a value with a schema through its Standard Schema interface (`~standard.validate`): the schema
 * brings its own parsing code, so the modules that call this import nothing of zod. Same issues and
 * messages as `z.safeParse`.
 */
export function validateNow<S extends Schema>(schema: S, value: unknown): Validated<S> | undefined {
  const result = schema['~standard'].validate(value);
  if (result instanceof Promise) return undefined;
  return result.issues ? { success: false, issues: result.issues } : { success: true, data: result.value as Output<S> };
}

/** `validateNow`, waiting for a schema with asynchronous checks (none of the platform's have any). */
export async function validate<S extends Schema>(schema: S, value: unknown): Promise<Validated<S>> {
  const now = validateNow(schema, value);
  if (now) return now;
  const result = await schema['~standard'].validate(value);
  return result.issues ? { success: false, issues: result.issues } : { success: true, data: result.value as Output<S> };
}
