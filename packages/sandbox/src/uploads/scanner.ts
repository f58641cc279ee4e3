import { createReadStream } from 'node:fs';

/** What a scanner is shown: the stored file, its display name and the media type found in its bytes. */
export interface ScannedFile {
  path: string;
  filename: string;
  mediaType: string;
}
/** A scanner's verdict on a file: accepted, or refused with the reason (the upload is then deleted). */
export type ScanResult = { ok: true } | { ok: false; reason: string };
/**
 * A pluggable check run on every completed upload before it becomes a document (e.g. ClamAV's
 * `clamdscan`). A refusal deletes the bytes; a scanner that throws counts as a refusal, because a
 * file nobody could check must not reach the jury.
 */
export type Scanner = (file: ScannedFile) => Promise<ScanResult>;

/** The EICAR anti-virus test string: harmless, and recognised by every anti-virus as a "virus". */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/**
 * A test scanner that refuses any file containing the EICAR string, anywhere in it (streamed, with
 * an overlap so the string is found across chunk boundaries).
 */
export const eicarTestScanner: Scanner = async ({ path }) => {
  const needle = Buffer.from(EICAR, 'latin1');
  let carry = Buffer.alloc(0);
  for await (const chunk of createReadStream(path)) {
    const window = Buffer.concat([carry, chunk as Buffer]);
    if (window.includes(needle)) return { ok: false, reason: 'EICAR-Test-File' };
    carry = window.subarray(Math.max(0, window.length - needle.length + 1));
  }
  return { ok: true };
};
