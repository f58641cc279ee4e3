import type { CallDefinition, DocumentKindRule } from '@qmi/core';
import type { Upload } from '@tus/server';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.js';
import { ProblemError, say } from '../http/problem.js';
import type { AccountRow } from '../store/accounts.js';
import { displayFilename } from './filename.js';
import { isGenericType, labelOf, mediaTypeOfName } from './media-types.js';
import { OWNER_KEY, uploadTarget } from './target.js';

const MB = 1024 * 1024;
const megabytes = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} Mo`;

/** The kind is full: at creation, or when the last byte arrives after another file filled it meanwhile. */
export const limitReached = (c: Context<AppEnv>, kind: DocumentKindRule) =>
  new ProblemError('document_limit_reached', {
    detail: say(c, `Ce document accepte ${kind.maxCount} fichier(s) au plus : supprimez-en un pour le remplacer.`, `This document takes at most ${kind.maxCount} file(s): delete one to replace it.`),
    extra: { maxCount: kind.maxCount },
  });

/** The dossier's documents would pass the call's total: at creation, or at the last byte. */
export const totalExceeded = (c: Context<AppEnv>, call: CallDefinition, usedBytes?: number) =>
  new ProblemError('document_total_exceeded', {
    detail: say(c, `Les documents d’un dossier ne peuvent dépasser ${megabytes(call.maxTotalDocumentBytes)} au total.`, `An application’s documents may not exceed ${megabytes(call.maxTotalDocumentBytes).replace('Mo', 'MB')} in total.`),
    extra: { maxTotalDocumentBytes: call.maxTotalDocumentBytes, ...(usedBytes === undefined ? {} : { usedBytes }) },
  });

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
      detail: say(c, 'Upload-Metadata doit contenir applicationId, kind et filename.', 'Upload-Metadata must carry applicationId, kind and filename.'),
      errors: missing.map((name) => ({ path: name, code: 'required', message: say(c, 'Champ requis dans Upload-Metadata.', 'Required in Upload-Metadata.') })),
    });
  }
  const { application, call, kind } = uploadTarget(c, account, field('applicationId')!, field('kind')!);

  // No deferred length: the size is what the limits are judged on before anything is received.
  if (upload.size === undefined) throw new ProblemError('upload_length_required');
  if (upload.size > kind.maxSizeBytes) {
    throw new ProblemError('document_too_large', {
      detail: say(c, `Taille maximale pour ce document : ${megabytes(kind.maxSizeBytes)}.`, `Maximum size for this document: ${megabytes(kind.maxSizeBytes).replace('Mo', 'MB')}.`),
      extra: { maxSizeBytes: kind.maxSizeBytes, sizeBytes: upload.size },
    });
  }
  const usage = c.get('deps').store.documents.usage(application.id, kind.id);
  if (usage.count + 1 > kind.maxCount) {
    throw limitReached(c, kind);
  }
  if (usage.totalBytes + upload.size > call.maxTotalDocumentBytes) {
    throw totalExceeded(c, call, usage.totalBytes);
  }

  const partnerId = field('partnerId');
  if (kind.perPartner) {
    const declared = (application.partners ?? []).map((partner) => partner.id);
    if (!partnerId || !declared.includes(partnerId)) {
      throw new ProblemError('partner_unknown', {
        detail: say(c, 'Ce document doit être rattaché à un partenaire déclaré (partnerId).', 'This document must be tied to a declared partner (partnerId).'),
        extra: { partners: declared },
      });
    }
  } else if (partnerId) {
    throw new ProblemError('validation_failed', {
      errors: [{ path: 'partnerId', code: 'not_allowed', message: say(c, 'Ce document n’est pas rattaché à un partenaire.', 'This document is not tied to a partner.') }],
    });
  }

  const filename = displayFilename(field('filename')!);
  const byName = mediaTypeOfName(filename);
  const declared = field('filetype');
  const accepted = kind.acceptedTypes.map(labelOf).join(', ');
  if (!byName || !kind.acceptedTypes.includes(byName)) {
    throw new ProblemError('document_type_not_accepted', {
      detail: say(c, `Formats acceptés pour ce document : ${accepted}.`, `Accepted formats for this document: ${accepted}.`),
      extra: { acceptedTypes: kind.acceptedTypes },
    });
  }
  if (!isGenericType(declared) && declared !== byName) {
    throw new ProblemError('document_content_mismatch', {
      detail: say(c, `Le nom indique ${labelOf(byName)}, le type déclaré ${labelOf(declared!)}.`, `The name says ${labelOf(byName)}, the declared type ${labelOf(declared!)}.`),
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
