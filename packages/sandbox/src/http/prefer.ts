/**
 * Whether the request's `Prefer` header (RFC 7240) asks for `return=minimal`: the client needs only
 * the new ETag, not the representation. Preferences are comma-separated, names and values compared
 * without case, values possibly quoted; `return=representation` or none means the usual answer.
 */
export function prefersMinimal(header: string | undefined): boolean {
  if (!header) return false;
  for (const preference of header.split(',')) {
    const [name, value = ''] = preference.split(';')[0]!.split('=');
    if (name!.trim().toLowerCase() === 'return' && value.trim().replace(/^"|"$/g, '').toLowerCase() === 'minimal')
      return true;
  }
  return false;
}
