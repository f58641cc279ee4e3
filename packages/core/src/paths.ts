/**
 * Dotted paths into plain JSON objects ("team.agent.email"): the one reader and the one writer that
 * the autosave engine, the rules and the form share. Kept free of zod, so a browser bundle of the rules
 * does not carry the schema library.
 */
import { isJsonObject, type JsonObject } from './merge-patch.js';
import type { ApplicationDraftContent } from './schemas/application.js';

/**
 * The dotted paths an edit of a document of type `T` can address: objects are entered ("team.agent.email"),
 * lists are not (a list is one field, replaced whole by a merge patch).
 */
export type FieldPath<T> = T extends readonly unknown[]
  ? never
  : T extends object
    ? { [K in keyof T & string]-?: K | `${K}.${FieldPath<Exclude<T[K], undefined>>}` }[keyof T & string]
    : never;

/** The type of the value at a dotted path of `T`. */
export type FieldValue<T, P extends string> = P extends `${infer K}.${infer Rest}`
  ? K extends keyof T
    ? FieldValue<Exclude<T[K], undefined>, Rest>
    : never
  : P extends keyof T
    ? Exclude<T[P], undefined>
    : never;

/** A field of the dossier an `Autosave` edit can address: "challenge.title", "team.agent", "partners"… */
export type DraftPath = FieldPath<ApplicationDraftContent>;
/** The value of the field at a `DraftPath` ("challenge.title" → string, "partners" → the list of partners). */
export type DraftValue<P extends DraftPath> = FieldValue<ApplicationDraftContent, P>;

const keysOf = (path: string | readonly string[]): readonly string[] =>
  typeof path === 'string' ? path.split('.') : path;

/** Reads a dotted path ("team.agent.email", "partners.0.name"), or its keys already split, in a plain object. */
export function getPath(value: unknown, path: string | readonly string[]): unknown {
  let current = value;
  for (const key of keysOf(path)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The options of `setPath`: what a `null` value means at the path. */
export interface SetPathOptions {
  /**
   * What `null` (or `undefined`) means at the path: `'remove'` deletes the field (a draft as people
   * see it), `'keep'` writes `null` (a merge patch, where `null` is how a field is removed).
   */
  nulls?: 'remove' | 'keep';
}

/**
 * Writes `value` at `path` in a copy of `target`: the objects on the way are copied, never changed,
 * and missing ones are created; the value is cloned so later edits of it do not reach the copy.
 */
export function setPath(
  target: unknown,
  path: string | readonly string[],
  value: unknown,
  { nulls = 'remove' }: SetPathOptions = {},
): JsonObject {
  const [key, ...rest] = keysOf(path) as [string, ...string[]];
  const copy: JsonObject = isJsonObject(target) ? { ...target } : {};
  if (rest.length > 0) copy[key] = setPath(copy[key], rest, value, { nulls });
  else if (value === null || value === undefined) {
    if (nulls === 'keep') copy[key] = null;
    else delete copy[key];
  } else copy[key] = structuredClone(value) as JsonObject[string];
  return copy;
}

/** The merge patch that writes each edit's value at its path (null where a field is removed). */
export function patchOf(edits: ReadonlyArray<{ path: string; value: unknown }>): JsonObject {
  return edits.reduce<JsonObject>(
    (patch, edit) => setPath(patch, edit.path, edit.value ?? null, { nulls: 'keep' }),
    {},
  );
}
