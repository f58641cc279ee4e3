// JSON Pointers (RFC 6901), in a module without zod: the autosave's wire code uses them in every form page.

/** The JSON Pointer (RFC 6901) of keys: `["partners", 3, "email"]` is "/partners/3/email" ("~" and "/" escaped). */
export const jsonPointer = (keys: ReadonlyArray<string | number>): string =>
  keys.map((key) => `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** The keys a JSON Pointer names ("/a~1b/0" is ["a/b", "0"]). */
export const pointerKeys = (pointer: string): string[] =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((key) => key.replace(/~1/g, '/').replace(/~0/g, '~'));
