import { createHash, randomBytes } from 'node:crypto';

/** A PDF-looking file: the magic number, random bytes (so no two are alike), an end marker. */
export const pdfBytes = (size: number): Buffer => {
  const head = Buffer.from('%PDF-1.7\n');
  const tail = Buffer.from('\n%%EOF\n');
  return Buffer.concat([head, randomBytes(size - head.length - tail.length), tail]);
};

/** A PNG's signature and random bytes: a file whose content is not what a `.pdf` name says. */
export const pngBytes = (size: number): Buffer =>
  Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(size - 8)]);

export const sha256 = (bytes: Buffer | Uint8Array) => createHash('sha256').update(bytes).digest('hex');
