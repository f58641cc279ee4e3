import { applyMergePatch, isJsonObject, JsonPatch, type Lang, pointerKeys, SERVER_FIELDS } from '@qmi/core';
import jsonPatch from 'fast-json-patch';
import { ProblemError } from '../http/problem.js';

/** The media types a dossier's PATCH accepts (Accept-Patch, RFC 5789). */
export const MERGE_PATCH_TYPES = ['application/merge-patch+json', 'application/json'] as const;
export const JSON_PATCH_TYPE = 'application/json-patch+json';
export const PATCH_TYPES = [...MERGE_PATCH_TYPES, JSON_PATCH_TYPE] as const;

type Json = Record<string, unknown>;

export type Applied =
  | {
      ok: true;
      /** The content after the change: members not touched are the same objects as `current`'s. */
      next: Json;
      /** The top-level members the change wrote: only these need validating and storing anew. */
      touched: string[];
    }
  | { ok: false; problem: ProblemError };

const say = (lang: Lang, fr: string, en: string) => (lang === 'en' ? en : fr);
const SERVER_OWNED = new Set<string>(SERVER_FIELDS);

/**
 * Applies a dossier change to its content (the editable members, without the platform's), by its
 * media type: a JSON Merge Patch (RFC 7396: members by name, lists whole) or a JSON Patch (RFC 6902:
 * add, remove, replace, test at JSON Pointers, all or nothing). The same rules for both: a member the
 * platform manages is refused by name (422 read_only), never dropped; the caller checks If-Match,
 * the dossier's status and its schema, the same way whatever the type.
 *
 * The problem is returned, not thrown, so that the caller decides (it throws it: `if (!r.ok) throw r.problem`).
 * `current` is not modified: a JSON Patch works on copies of the members it touches only (a 92 KB
 * dossier is not copied whole for one partner's e-mail).
 */
export function applyChange(current: Json, contentType: string, body: unknown, lang: Lang = 'fr'): Applied {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if ((MERGE_PATCH_TYPES as readonly string[]).includes(type)) return mergePatch(current, body, lang);
  if (type === JSON_PATCH_TYPE) return patch(current, body, lang);
  return {
    ok: false,
    problem: new ProblemError('unsupported_media_type', {
      detail: say(
        lang,
        `Envoyez le corps en ${PATCH_TYPES.join(' ou ')}.`,
        `Send the body as ${PATCH_TYPES.join(' or ')}.`,
      ),
      headers: { 'accept-patch': PATCH_TYPES.join(', ') },
    }),
  };
}

function mergePatch(current: Json, body: unknown, lang: Lang): Applied {
  if (!isJsonObject(body)) {
    const message = say(lang, 'Un objet JSON est attendu.', 'A JSON object is expected.');
    return refused([{ path: '', code: 'invalid_type', message }]);
  }
  const touched = Object.keys(body);
  const readOnly = touched.filter((key) => SERVER_OWNED.has(key));
  if (readOnly.length) return refused(readOnly.map((key) => readOnlyError(key, lang)));
  return { ok: true, next: applyMergePatch(current, body) as Json, touched };
}

function patch(current: Json, body: unknown, lang: Lang): Applied {
  const parsed = JsonPatch.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
    return {
      ok: false,
      problem: new ProblemError('invalid_request', {
        detail: say(
          lang,
          `Un JSON Patch (RFC 6902) est une liste d'opérations add, remove, replace ou test${where}.`,
          `A JSON Patch (RFC 6902) is a list of add, remove, replace or test operations${where}.`,
        ),
      }),
    };
  }
  const operations = parsed.data;
  const firsts = operations.map((op) => pointerKeys(op.path)[0]);
  if (firsts.some((key) => key === undefined)) {
    const message = say(
      lang,
      'Modifiez les champs du dossier, pas le document entier.',
      "Change the dossier's fields, not the whole document.",
    );
    return refused([{ path: '', code: 'invalid_path', message }]);
  }
  const readOnly = [...new Set(firsts as string[])].filter((key) => SERVER_OWNED.has(key));
  if (readOnly.length) return refused(readOnly.map((key) => readOnlyError(key, lang)));
  // Copies of the members the patch reaches, the others shared: `current` stays as it was, whatever fails.
  const touched = [...new Set(operations.filter((op) => op.op !== 'test').map((op) => pointerKeys(op.path)[0]!))];
  const next: Json = { ...current };
  for (const key of new Set(firsts as string[])) if (key in current) next[key] = structuredClone(current[key]);
  try {
    // Validated as applied: a pointer that does not resolve, an index out of range, a failed test.
    jsonPatch.applyPatch(next, operations as Parameters<typeof jsonPatch.applyPatch>[1], true, true, true);
  } catch (error) {
    // The error names its operation (its `index` is always 0 when found while walking the document).
    const failed = error instanceof jsonPatch.JsonPatchError ? (error.operation as { path?: unknown }) : undefined;
    const path = typeof failed?.path === 'string' ? failed.path : '';
    const failedTest = error instanceof jsonPatch.JsonPatchError && error.name === 'TEST_OPERATION_FAILED';
    const message = failedTest
      ? say(
          lang,
          'La valeur n’est pas celle attendue par l’opération test.',
          'The value is not the one the test operation expects.',
        )
      : say(lang, 'Ce chemin n’existe pas dans le dossier.', 'This path does not exist in the dossier.');
    return refused([{ path, code: failedTest ? 'test_failed' : 'path_not_found', message }]);
  }
  return { ok: true, next, touched };
}

const readOnlyError = (path: string, lang: Lang) => ({
  path,
  code: 'read_only',
  message: say(lang, 'Ce champ est géré par la plateforme.', 'This field is managed by the platform.'),
});

const refused = (errors: Array<{ path: string; code: string; message: string }>): Applied => ({
  ok: false,
  problem: new ProblemError('validation_failed', { errors }),
});
