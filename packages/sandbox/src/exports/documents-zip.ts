import type { Application, CallDefinition, Lang, Receipt } from '@qmi/core';
import { ZipArchive } from 'archiver';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { Logger } from '../logger.js';
import { receiptFilename } from '../receipts/receipt-facts.js';

/** One entry of the ZIP: its path inside, and where its bytes come from. */
export interface ZipEntry {
  name: string;
  source: { path: string } | { bytes: Buffer };
}

// Names stay readable in every archive tool: no folder separators nor characters Windows refuses.
const safe = (name: string) =>
  Array.from(name, (char) => (char.charCodeAt(0) < 0x20 || '/\\:*?"<>|'.includes(char) ? '_' : char))
    .join('')
    .trim() || 'document';

/** "Fiche.png", then "Fiche (2).png", "Fiche (3).png": two files of one folder never overwrite each other. */
export function uniqueNames() {
  const taken = new Set<string>();
  return (folder: string, filename: string): string => {
    const dot = filename.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [filename.slice(0, dot), filename.slice(dot)] : [filename, ''];
    let candidate = `${folder}/${filename}`;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${folder}/${stem} (${n})${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
}

/**
 * What the ZIP of a dossier holds: each document in a folder named after its kind (in the reader's
 * language), under its original name, and the receipts of its submissions in their own folder.
 */
export function zipEntries(
  call: CallDefinition,
  application: Application,
  receipts: readonly (Receipt & { pdf: Buffer })[],
  documentPath: (documentId: string) => string,
  lang: Lang,
): ZipEntry[] {
  const name = uniqueNames();
  const folderOf = (kind: string) =>
    safe(call.documentKinds.find((candidate) => candidate.id === kind)?.title[lang] ?? kind);
  return [
    ...application.documents.map((doc) => ({
      name: name(folderOf(doc.kind), safe(doc.filename)),
      source: { path: documentPath(doc.id) },
    })),
    ...receipts.map((receipt) => ({
      name: name(lang === 'fr' ? 'Récépissés de dépôt' : 'Submission receipts', receiptFilename(receipt, call)),
      source: { bytes: receipt.pdf },
    })),
  ];
}

/**
 * The ZIP as a stream: archiver reads each file when its turn comes and writes as it goes, so a
 * dossier of 50 MB never sits in memory. PDFs and images are compressed already: they are stored
 * as they are, which costs no CPU. A file whose bytes are missing on disk is left out and logged
 * (the others still reach the organiser) rather than breaking the archive half-way.
 */
export async function zipStream(entries: readonly ZipEntry[], log: Logger): Promise<Readable> {
  const archive = new ZipArchive({ store: true });
  for (const entry of entries) {
    if ('bytes' in entry.source) {
      archive.append(entry.source.bytes, { name: entry.name });
      continue;
    }
    const { path } = entry.source;
    const present = await stat(path).then(
      () => true,
      () => false,
    );
    if (!present) {
      log('error', 'document bytes missing from the ZIP', { entry: entry.name });
      continue;
    }
    archive.append(createReadStream(path), { name: entry.name });
  }
  archive.on('warning', (error) => log('warn', 'zip warning', { error: String(error) }));
  archive.on('error', (error) => {
    log('error', 'zip failed', { error: String(error) });
    archive.destroy(error);
  });
  // A failure is the 'error' event's: the promise only repeats it.
  archive.finalize().catch(() => undefined);
  return archive;
}
