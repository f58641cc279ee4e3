/**
 * Builds a request path with every dynamic segment encoded. A segment that is empty, "." or ".."
 * would change which resource is addressed, so it is refused before any request is made.
 */
export function path(strings: TemplateStringsArray, ...segments: Array<string | number>): string {
  return strings.reduce((out, part, i) => {
    if (i === 0) return part;
    const raw = String(segments[i - 1]);
    if (raw === '' || raw === '.' || raw === '..') throw new TypeError(`Invalid path segment: "${raw}"`);
    return out + encodeURIComponent(raw) + part;
  }, '');
}
