import { type DocumentKindRule, mediaTypeName } from '@qmi/core';
import { checkDocumentFile, type DocumentRefusal, type DocumentUsage, mediaTypeOfName } from '@qmi/validators';
import type { Upload } from '@tus/server';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.js';
import { ProblemError, say } from '../http/problem.js';
import type { AccountRow } from '../store/accounts.js';
import { displayFilename } from './filename.js';
import { isGenericType } from './media-types.js';
import { OWNER_KEY, uploadTarget } from './target.js';

/**
 * A file the document rules refuse, answered as the platform answers it: the rules' code, their
 * words as the detail, their limits as extension members. The rules are @qmi/validators' own, the
 * ones a page runs before sending, so both refuse the same file with the same code and words.
 */
export const refusalProblem = (refusal: DocumentRefusal): ProblemError =>
  new ProblemError(refusal.code, { detail: refusal.message, extra: refusal.extra });

/**
 * Everything that can be judged before a single byte is sent: where the file goes, its declared
 * size, the kind's count and the dossier's total, the partner it comes from, its declared type and
 * extension. The upload then holds its place among the dossier's documents (see `reserveUpload`).
 * Answers the metadata the server keeps, with the owner set from the bearer token, and the ids of
 * the account's own unfinished uploads it replaced (their bytes are the caller's to remove).
 */
export function checkCreation(
  c: Context<AppEnv>,
  account: AccountRow,
  upload: Upload,
): { metadata: Record<string, string>; replaced: string[] } {
  const given = upload.metadata ?? {};
  const field = (name: string) => {
    const value = given[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const missing = ['applicationId', 'kind', 'filename'].filter((name) => field(name) === undefined);
  if (missing.length) {
    throw new ProblemError('validation_failed', {
      detail: say(
        c,
        'Upload-Metadata doit contenir applicationId, kind et filename.',
        'Upload-Metadata must carry applicationId, kind and filename.',
      ),
      errors: missing.map((name) => ({
        path: name,
        code: 'required',
        message: say(c, 'Champ requis dans Upload-Metadata.', 'Required in Upload-Metadata.'),
      })),
    });
  }
  const { application, call, kind } = uploadTarget(c, account, field('applicationId')!, field('kind')!);

  // No deferred length: the size is what the limits are judged on before anything is received.
  if (upload.size === undefined) throw new ProblemError('upload_length_required');
  const filename = displayFilename(field('filename')!);
  const partnerId = field('partnerId');
  const { store, uploads } = c.get('deps');
  const partnerIds = (application.partners ?? []).map((partner) => partner.id);
  const refuse = (usage: DocumentUsage) =>
    checkDocumentFile(
      call,
      kind,
      { name: filename, size: upload.size!, partnerId },
      { ...usage, partnerIds },
      c.get('lang') ?? 'fr',
    );
  // The upload takes its place among the dossier's documents now, in the transaction that judges the
  // count and the total; any refusal below rolls the place back (and any upload it would replace).
  const { replaced, filetype } = store.transaction(() => {
    const reserved = store.documents.reserveUpload(
      {
        id: upload.id,
        applicationId: application.id,
        kind: kind.id,
        accountId: account.id,
        sizeBytes: upload.size!,
        expiresAt: Date.parse(upload.creation_date ?? new Date().toISOString()) + uploads.expirationMs,
      },
      refuse,
    );
    if ('refusal' in reserved) throw refusalProblem(reserved.refusal);
    return {
      replaced: reserved.replaced,
      filetype: checkPartnerAndType(c, kind, filename, partnerId, field('filetype')),
    };
  });

  return {
    replaced,
    metadata: {
      applicationId: application.id,
      kind: kind.id,
      filename,
      filetype,
      ...(partnerId ? { partnerId } : {}),
      [OWNER_KEY]: account.id,
    },
  };
}

/**
 * What the document rules leave to the platform: a partner only where the kind has one, a declared
 * type that agrees with the name. Answers the file's type as its name says.
 */
function checkPartnerAndType(
  c: Context<AppEnv>,
  kind: DocumentKindRule,
  filename: string,
  partnerId: string | undefined,
  declared: string | undefined,
): string {
  if (!kind.perPartner && partnerId) {
    throw new ProblemError('validation_failed', {
      errors: [
        {
          path: 'partnerId',
          code: 'not_allowed',
          message: say(c, 'Ce document n’est pas rattaché à un partenaire.', 'This document is not tied to a partner.'),
        },
      ],
    });
  }

  // The name's format is accepted (checked before); a declared type that says otherwise is a lie about the file.
  const byName = mediaTypeOfName(filename)!;
  if (!isGenericType(declared) && declared !== byName) {
    throw new ProblemError('document_content_mismatch', {
      detail: say(
        c,
        `Le nom indique ${mediaTypeName(byName)}, le type déclaré ${mediaTypeName(declared!)}.`,
        `The name says ${mediaTypeName(byName)}, the declared type ${mediaTypeName(declared!)}.`,
      ),
    });
  }
  return byName;
}
