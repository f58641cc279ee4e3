// What the receipt, export and ZIP tests share: a dossier submitted with real uploaded documents, the
// text of a PDF as a reader extracts it, and the content digest computed the way the receipt says.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Sandbox } from '../src/index.js';
import { CALL_WITHOUT_DOCUMENTS, readyDossier, verifiedAgent } from './helpers.js';
import { pdfBytes, pngBytes, tusClient } from './upload-helpers.js';

export interface SentFile {
  kind: string;
  filename: string;
  bytes: Buffer;
}

/** Uploads a whole file in one PATCH (tus), as the commune's browser does. */
export async function uploadFile(sandbox: Sandbox, token: string, applicationId: string, file: SentFile) {
  const client = tusClient(sandbox, token);
  const created = await client.create({ applicationId, kind: file.kind, filename: file.filename }, file.bytes.length);
  assert.equal(created.status, 201, JSON.stringify(created.json));
  const done = await client.patch(created.url!, 0, file.bytes);
  assert.equal(done.status, 204, JSON.stringify(done.json));
}

/**
 * A verified agent of `commune` whose complete dossier (the test call, documents optional) was
 * submitted with documents: two of one kind with the same name (a ZIP must keep both), one of another.
 */
export async function submittedWithDocuments(sandbox: Sandbox, commune: string) {
  const agent = await verifiedAgent(sandbox, commune);
  const created = await agent.applications.create(CALL_WITHOUT_DOCUMENTS.id, { commune });
  const filled = await agent.applications.update(created.id, readyDossier(), { ifMatch: created.revision });
  const files: SentFile[] = [
    { kind: 'mayor_letter', filename: 'Lettre du maire – été.pdf', bytes: pdfBytes(3000) },
    { kind: 'sector_sheet', filename: 'Fiche secteur.png', bytes: pngBytes(2000) },
    { kind: 'sector_sheet', filename: 'Fiche secteur.png', bytes: pngBytes(2500) },
  ];
  for (const file of files) await uploadFile(sandbox, agent.session.token, filled.id, file);
  const current = await agent.applications.get(filled.id);
  const application = await agent.applications.submit(filled.id, { ifMatch: current.revision });
  return { agent, application, files };
}

/** Canonical JSON as the receipt describes it: keys sorted at every level, no spaces. */
const canonical = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
};
export const canonicalSha256 = (value: unknown) => createHash('sha256').update(canonical(value)).digest('hex');

/** The text of every page, one line per text run, as pdf.js (Firefox's reader) extracts it. */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, verbosity: 0 }).promise;
  const lines: string[] = [];
  for (let page = 1; page <= pdf.numPages; page++) {
    const content = await (await pdf.getPage(page)).getTextContent();
    for (const item of content.items) if ('str' in item) lines.push(item.str);
  }
  await pdf.destroy();
  return lines.join('\n');
}
