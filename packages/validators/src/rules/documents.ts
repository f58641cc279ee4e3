import type { DocumentKindRule } from '@qmi/core';
import { acceptedList, countAllowed, partnerTied, sizeAllowed, totalAllowed, typeAccepted } from './document-limits.js';
import { defineRule, type Finding, type Rule, type RuleContext } from './types.js';

const documentsOf = (context: RuleContext) => context.application.documents ?? [];
const kindPath = (kind: DocumentKindRule) => `documents.${kind.id}`;

/** Each document kind of the call has between its minimum and maximum number of files. */
export const documentCount = /* @__PURE__ */ defineRule({
  id: 'documents.count',
  reports: ['documents.count'],
  category: 'completeness',
  severity: 'error',
  check(context) {
    const out: Finding<'documents.count'>[] = [];
    for (const kind of context.call.documentKinds) {
      const count = documentsOf(context).filter((doc) => doc.kind === kind.id).length;
      if (count < kind.minCount || !countAllowed(kind, count)) {
        out.push({
          path: kindPath(kind),
          params: { kind: kind.title[context.lang], min: kind.minCount, max: kind.maxCount, count },
        });
      }
    }
    return out;
  },
});

type FileIssue = 'documents.type' | 'documents.size' | 'documents.partner-link';

/** Each file has an accepted type and size for its kind, and a per-partner file a declared partner (the server also checks the bytes themselves). */
export const documentFiles = /* @__PURE__ */ defineRule({
  id: 'documents.type',
  reports: ['documents.type', 'documents.size', 'documents.partner-link'],
  category: 'completeness',
  severity: 'error',
  check(context) {
    const out: Finding<FileIssue>[] = [];
    const partners = (context.application.partners ?? []).map((partner) => partner.id);
    for (const doc of documentsOf(context)) {
      const kind = context.call.documentKinds.find((candidate) => candidate.id === doc.kind);
      if (!kind) continue;
      const path = `documents.${kind.id}.${doc.id}`;
      const params = { kind: kind.title[context.lang], filename: doc.filename };
      if (!typeAccepted(kind, doc.mediaType)) out.push({ path, params: { ...params, accepted: acceptedList(kind) } });
      if (!sizeAllowed(kind, doc.sizeBytes))
        out.push({ path, params: { ...params, max: kind.maxSizeBytes }, rule: 'documents.size' });
      if (!partnerTied(kind, doc.partnerId, partners)) out.push({ path, params, rule: 'documents.partner-link' });
    }
    return out;
  },
});

/** The dossier's documents together stay within the call's `maxTotalDocumentBytes`. */
export const documentsTotalSize = /* @__PURE__ */ defineRule({
  id: 'documents.total-size',
  reports: ['documents.total-size'],
  category: 'completeness',
  severity: 'error',
  check(context) {
    const total = documentsOf(context).reduce((sum, doc) => sum + doc.sizeBytes, 0);
    return totalAllowed(context.call, total)
      ? []
      : [{ path: 'documents', params: { total, max: context.call.maxTotalDocumentBytes } }];
  },
});

/** Every declared partner that says it sends a support letter has one among the per-partner documents. */
export const partnerSupportLetters = /* @__PURE__ */ defineRule({
  id: 'partners.support-letter',
  reports: ['partners.support-letter'],
  category: 'completeness',
  severity: 'error',
  check(context) {
    const perPartnerKinds = new Set(
      context.call.documentKinds.filter((kind) => kind.perPartner).map((kind) => kind.id),
    );
    if (perPartnerKinds.size === 0) return [];
    const covered = new Set(
      documentsOf(context)
        .filter((doc) => perPartnerKinds.has(doc.kind))
        .map((doc) => doc.partnerId),
    );
    return (context.application.partners ?? []).flatMap((partner, index) =>
      partner.supportLetter === true && !covered.has(partner.id)
        ? [{ path: `partners.${index}.supportLetter`, params: { partner: partner.name?.trim() || `${index + 1}` } }]
        : [],
    );
  },
});

/**
 * Every rule on the dossier's documents: how many of each kind, each file's type, size and partner, their
 * total size, and the partners' support letters.
 */
export const DOCUMENT_RULES: readonly Rule[] = [
  documentCount,
  documentFiles,
  documentsTotalSize,
  partnerSupportLetters,
];
