/**
 * JSON Patch (RFC 6902) beside JSON Merge Patch: what an autosave sends when an edit lies inside the
 * items of a list. A merge patch replaces a list whole (RFC 7396), so one partner's e-mail re-sent
 * every partner; a JSON Patch names the member: `{ "op": "replace", "path": "/partners/3/email", … }`.
 * Only the four operations a dossier's edits need (no move, no copy): a list's order is kept by its items' ids.
 */
import * as z from 'zod/mini';

const JsonPointer = z.string().check(z.regex(/^(\/([^~/]|~[01])*)*$/));

/** One operation of a JSON Patch, as the platform accepts it (add, remove, replace, test). */
export const JsonPatchOperation = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('add'), path: JsonPointer, value: z.unknown() }),
  z.strictObject({ op: z.literal('remove'), path: JsonPointer }),
  z.strictObject({ op: z.literal('replace'), path: JsonPointer, value: z.unknown() }),
  z.strictObject({ op: z.literal('test'), path: JsonPointer, value: z.unknown() }),
]);
export type JsonPatchOperation =
  { op: 'add' | 'replace' | 'test'; path: string; value: unknown } | { op: 'remove'; path: string };

/** A whole JSON Patch document: a list of operations applied in order, all or none. */
export const JsonPatch = z.array(JsonPatchOperation);

export { jsonPointer, pointerKeys } from './json-pointer.js';
