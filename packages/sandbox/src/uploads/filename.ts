import { cleanText } from '@qmi/core';

const MAX_LENGTH = 200;

/**
 * The name shown for a document, made safe to display and to put in a Content-Disposition header.
 * It is never used to build a path: bytes are stored under the upload id. Still, a name with a
 * folder in it ("C:\Scans\lettre.pdf", "../../x.pdf") keeps only its last segment, because that is
 * what the agent recognises.
 */
export function displayFilename(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  // Single-line text as everywhere (NFC, no control characters, no bidirectional overrides that can
  // make "fdp.exe" read as "exe.pdf"), and no leading dot that would hide the file.
  const clean = cleanText(base).trim().replace(/^\.+/, '');
  const chars = [...clean];
  if (chars.length <= MAX_LENGTH) return clean || 'document';
  // Cut in the middle of the name, not the extension, so the type stays visible.
  const extension = /\.[^.]{1,10}$/.exec(clean)?.[0] ?? '';
  return chars.slice(0, MAX_LENGTH - [...extension].length).join('') + extension;
}
