const MAX_LENGTH = 200;

/**
 * The name shown for a document, made safe to display and to put in a Content-Disposition header.
 * It is never used to build a path: bytes are stored under the upload id. Still, a name with a
 * folder in it ("C:\Scans\lettre.pdf", "../../x.pdf") keeps only its last segment, because that is
 * what the agent recognises.
 */
export function displayFilename(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const clean = base
    .normalize('NFC')
    // Control characters, and the bidirectional overrides that can make "fdp.exe" read as "exe.pdf".
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, '')
    .trim()
    .replace(/^\.+/, '');
  const chars = [...clean];
  if (chars.length <= MAX_LENGTH) return clean || 'document';
  // Cut in the middle of the name, not the extension, so the type stays visible.
  const extension = /\.[^.]{1,10}$/.exec(clean)?.[0] ?? '';
  return chars.slice(0, MAX_LENGTH - [...extension].length).join('') + extension;
}
