import { applyMergePatch, isJsonObject } from '../merge-patch.js';
import { patchOf } from '../paths.js';
import { applicationContent, withContent } from '../application-content.js';
import type { Application, ApplicationDraftContent } from '../schemas/application.js';
import { cleanText } from '../text.js';
import type { PendingEdit } from './journal.js';

/**
 * The dossier as the platform now holds it after acknowledging `edits` with `revision`, without it
 * having sent the dossier back (`Prefer: return=minimal`): the same merge the platform made (RFC 7396
 * on the same base, which If-Match guaranteed), on the text as the platform stores it (cleaned, see
 * `cleanText`), at the platform's time. Whether the change went as a merge patch or a JSON Patch, the
 * platform ends with this same dossier (see `changeOf`).
 */
export function acknowledged(
  base: Application,
  edits: readonly PendingEdit[],
  revision: number,
  now: Date,
): Application {
  // Nothing changed for the platform (the same values again): it kept its revision, and its dossier.
  if (revision === base.revision) return base;
  const content = applyMergePatch(applicationContent(base), cleanStrings(patchOf(edits)));
  return { ...withContent(base, content as ApplicationDraftContent), revision, updatedAt: now.toISOString() };
}

/** Every string as the platform cleans a request body's (multi-line: tabs and line feeds kept). */
function cleanStrings(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value, { multiline: true });
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (!isJsonObject(value)) return value;
  // fromEntries defines own properties: a "__proto__" key stays data, as JSON.parse made it on the platform.
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, cleanStrings(member)]));
}
