import { open } from 'node:fs/promises';

const PDF = Buffer.from('%PDF-');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** ODF puts an uncompressed `mimetype` entry first, so its content sits at a fixed offset (ODF 1.2, part 3, 3.3). */
const ODT = Buffer.from('mimetypeapplication/vnd.oasis.opendocument.text');
const HEAD_BYTES = 4096;
/** The end-of-central-directory record is in the last 22 bytes plus a comment of at most 65 535. */
const TAIL_BYTES = 22 + 65_535;
const MAX_CENTRAL_DIRECTORY = 4 * 1024 * 1024;

/**
 * What the file really is, judged on its bytes (magic numbers), whatever its name or declared type
 * say. Undefined for anything we do not recognise.
 */
export async function sniffMediaType(path: string): Promise<string | undefined> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await file.read(head, 0, head.length, 0);
    if (startsWith(head, PDF)) return 'application/pdf';
    if (startsWith(head, PNG)) return 'image/png';
    if (startsWith(head, JPEG)) return 'image/jpeg';
    if (!startsWith(head, ZIP)) return undefined;
    if (head.subarray(30, 30 + ODT.length).equals(ODT)) return 'application/vnd.oasis.opendocument.text';
    const names = await zipEntryNames(file, size);
    // Every OOXML package has [Content_Types].xml; a word-processing one also has word/ parts
    // (a spreadsheet has xl/, a presentation ppt/).
    if (names.includes('[Content_Types].xml') && names.some((name) => name.startsWith('word/'))) {
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    }
    return undefined;
  } finally {
    await file.close();
  }
}

const startsWith = (buffer: Buffer, magic: Buffer) =>
  buffer.length >= magic.length && buffer.subarray(0, magic.length).equals(magic);

/** Entry names from the ZIP central directory, which lists them all wherever their data sits. */
async function zipEntryNames(file: Awaited<ReturnType<typeof open>>, size: number): Promise<string[]> {
  const tailLength = Math.min(TAIL_BYTES, size);
  const tail = Buffer.alloc(tailLength);
  await file.read(tail, 0, tailLength, size - tailLength);
  const eocd = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > tail.length) return [];
  const directorySize = tail.readUInt32LE(eocd + 12);
  const directoryOffset = tail.readUInt32LE(eocd + 16);
  if (directorySize > MAX_CENTRAL_DIRECTORY || directoryOffset + directorySize > size) return [];
  const directory = Buffer.alloc(directorySize);
  await file.read(directory, 0, directorySize, directoryOffset);
  const names: string[] = [];
  for (let at = 0; at + 46 <= directory.length && directory.readUInt32LE(at) === 0x02014b50;) {
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    names.push(directory.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
