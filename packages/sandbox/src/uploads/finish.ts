import { mediaTypeName } from '@qmi/core';
import { checkDocumentLimits } from '@qmi/validators';
import type { Upload } from '@tus/server';
import type { Context } from 'hono';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { AppEnv } from '../http/env.js';
import { ProblemError, say } from '../http/problem.js';
import { newId } from '../ids.js';
import type { AccountRow } from '../store/accounts.js';
import { refusalProblem } from './creation.js';
import type { Scanner } from './scanner.js';
import { sniffMediaType } from './sniff.js';
import type { UploadStorage } from './storage.js';
import { uploadTarget } from './target.js';

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/**
 * The last byte has arrived: judge the bytes themselves, then make them a document. Any refusal or
 * failure removes the bytes, so a refused file leaves nothing behind and a retry starts clean.
 * Answers the new document's id.
 */
export async function finishUpload(
  c: Context<AppEnv>,
  account: AccountRow,
  upload: Upload,
  { storage, scanner }: { storage: UploadStorage; scanner: Scanner | undefined },
): Promise<string> {
  const meta = upload.metadata ?? {};
  const path = storage.uploadPath(upload.id);
  let kept = false;
  try {
    const { application, call, kind } = uploadTarget(c, account, meta.applicationId ?? '', meta.kind ?? '');
    const declared = meta.filetype ?? '';
    const found = await sniffMediaType(path);
    if (found !== declared) {
      throw new ProblemError('document_content_mismatch', {
        detail: found
          ? say(
              c,
              `Ce fichier est un ${mediaTypeName(found)}, pas un ${mediaTypeName(declared)} comme son nom l’indique.`,
              `This file is a ${mediaTypeName(found)}, not a ${mediaTypeName(declared)} as its name says.`,
            )
          : say(
              c,
              `Ce fichier n’est pas un ${mediaTypeName(declared)} valide.`,
              `This file is not a valid ${mediaTypeName(declared)}.`,
            ),
        extra: { acceptedTypes: kind.acceptedTypes },
      });
    }
    // Hashed on the way in when every byte came through this process; read again otherwise (after a restart).
    const sha256 = storage.store.digest(upload.id, upload.size ?? -1) ?? (await sha256Of(path));
    const filename = meta.filename ?? 'document';
    const verdict = scanner
      ? await scanner({ path, filename, mediaType: found }).catch((error: unknown) => ({
          ok: false as const,
          reason: String(error),
        }))
      : { ok: true as const };
    if (!verdict.ok) {
      throw new ProblemError('document_rejected', {
        detail: say(c, `Motif : ${verdict.reason}.`, `Reason: ${verdict.reason}.`),
        extra: { reason: verdict.reason },
      });
    }

    await storage.keep(upload.id);
    kept = true;
    const id = newId('doc');
    const { store, clock } = c.get('deps');
    const sizeBytes = upload.size ?? upload.offset;
    // Other files may have joined the dossier while this one was on its way: the count and the
    // total are judged again, on what the dossier holds at the insertion itself.
    const refusal = store.documents.insertUnless(
      {
        id,
        applicationId: application.id,
        kind: kind.id,
        filename,
        mediaType: found,
        sizeBytes,
        sha256,
        partnerId: meta.partnerId ?? undefined,
        storageKey: upload.id,
        uploadedAt: clock.now().toISOString(),
        uploadedBy: account.id,
      },
      (usage) => checkDocumentLimits(call, kind, { size: sizeBytes }, usage, c.get('lang') ?? 'fr'),
    );
    if (refusal) throw refusalProblem(refusal);
    return id;
  } catch (error) {
    if (kept) await storage.discardDocument(upload.id);
    await storage.discardUpload(upload.id);
    throw error;
  }
}
