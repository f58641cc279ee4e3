import { mediaTypeName } from '@qmi/core';
import { checkDocumentFile, type DocumentRefusal, mediaTypeOfName } from '@qmi/validators';
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
 * extension. Answers the metadata the server keeps, with the owner set from the bearer token.
 */
export function checkCreation(c: Context<AppEnv>, account: AccountRow, upload: Upload): Record<string, string> {
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
  const refusal = checkDocumentFile(
    call,
    kind,
    { name: filename, size: upload.size, partnerId },
    {
      ...c.get('deps').store.documents.usage(application.id, kind.id),
      partnerIds: (application.partners ?? []).map((partner) => partner.id),
    },
    c.get('lang') ?? 'fr',
  );
  if (refusal) throw refusalProblem(refusal);
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

  // The name's format is accepted (checked above); a declared type that says otherwise is a lie about the file.
  const byName = mediaTypeOfName(filename)!;
  const declared = field('filetype');
  if (!isGenericType(declared) && declared !== byName) {
    throw new ProblemError('document_content_mismatch', {
      detail: say(
        c,
        `Le nom indique ${mediaTypeName(byName)}, le type déclaré ${mediaTypeName(declared!)}.`,
        `The name says ${mediaTypeName(byName)}, the declared type ${mediaTypeName(declared!)}.`,
      ),
    });
  }

  return {
    applicationId: application.id,
    kind: kind.id,
    filename,
    filetype: byName,
    ...(partnerId ? { partnerId } : {}),
    [OWNER_KEY]: account.id,
  };
}
