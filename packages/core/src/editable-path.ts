// The autosave's check of an edit's path. Not in paths.ts, which the package's root re-exports whole
// (`export *`): this check is not public.

/**
 * Edits address fields by dotted path ("challenge.title", "partners"). A path never goes inside a
 * list: a list is one field, since a merge patch replaces lists whole (RFC 7396).
 */
export function assertEditablePath(path: string): void {
  if (!path || path.split('.').some((key) => key === '' || /^\d+$/.test(key))) {
    throw new TypeError(`Edit a whole field or list, not "${path}": an index cannot be merged (RFC 7396).`);
  }
}
