import { isJsonObject, pointerKeys } from '@qmi/core';
import { JSON_PATCH_TYPE } from './apply-change.js';

/**
 * The top-level keys of the dossier that a change names, read from its body before it is applied, so
 * that only those are loaded, validated and written. Undefined when the body does not say (not the
 * expected shape, a pointer to the whole document, a name the schema could not have): then the whole
 * content is loaded, and applyChange gives the verdict. A key named may be absent from the dossier:
 * the change sees it absent either way.
 */
export function keysNamedBy(contentType: string, body: unknown): string[] | undefined {
  if (contentType !== JSON_PATCH_TYPE) return isJsonObject(body) ? plainKeys(Object.keys(body)) : undefined;
  if (!Array.isArray(body)) return undefined;
  const keys = new Set<string>();
  for (const operation of body) {
    const path = isJsonObject(operation) ? operation.path : undefined;
    if (typeof path !== 'string' || !path.startsWith('/')) return undefined;
    keys.add(pointerKeys(path)[0]!);
  }
  return plainKeys([...keys]);
}

/** Names, not arbitrary text: anything else takes the whole-content path (and is refused there). */
const plainKeys = (keys: string[]) => (keys.every((key) => /^[A-Za-z][A-Za-z0-9]*$/.test(key)) ? keys : undefined);
