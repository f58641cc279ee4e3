import { type DocumentKindRule, mediaTypeName } from '@qmi/core';
import type { Finding, Rule, RuleContext } from './types.js';

const documentsOf = (context: RuleContext) => context.application.documents ?? [];
const kindPath = (kind: DocumentKindRule) => `documents.${kind.id}`;
const acceptedList = (kind: DocumentKindRule) =>
  kind.acceptedTypes.map((type) => mediaTypeName(type)).join(', ');

/** Each document kind of the call has between its minimum and maximum number of files. */
export const documentCount: Rule = {
  id: 'documents.count',
  category: 'completeness',
  severity: 'error',
  check(context) {
    const out: Finding[] = [];
    for (const kind of context.call.documentKinds) {
      const count = documentsOf(context).filter((doc) => doc.kind === kind.id).length;
      if (count < kind.minCount || count > kind.maxCount) {
        out.push({ path: kindPath(kind), params: { kind: kind.title[context.lang], min: kind.minCount, max: kind.maxCount, count } });
      }
    }
    return out;
  },
};

/** Each file has an accepted type and size for its kind (the server also checks the bytes themselves). */
export const documentFiles: Rule = {
  id: 'documents.type',
  category: 'completeness',
  severity: 'error',
  check(context) {
    const out: Finding[] = [];
    const partners = new Set((context.application.partners ?? []).map((partner) => partner.id));
    for (const doc of documentsOf(context)) {
      const kind = context.call.documentKinds.find((candidate) => candidate.id === doc.kind);
      if (!kind) continue;
      const path = `documents.${kind.id}.${doc.id}`;
      const params = { kind: kind.title[context.lang], filename: doc.filename };
      if (!kind.acceptedTypes.includes(doc.mediaType)) out.push({ path, params: { ...params, accepted: acceptedList(kind) } });
      if (doc.sizeBytes > kind.maxSizeBytes) out.push({ path, params: { ...params, max: kind.maxSizeBytes }, rule: 'documents.size' });
      if (kind.perPartner && (!doc.partnerId || !partners.has(doc.partnerId))) out.push({ path, params, rule: 'documents.partner-link' });
    }
    return out;
  },
};

export const documentsTotalSize: Rule = {
  id: 'documents.total-size',
  category: 'completeness',
  severity: 'error',
  check(context) {
    const total = documentsOf(context).reduce((sum, doc) => sum + doc.sizeBytes, 0);
    return total > context.call.maxTotalDocumentBytes ? [{ path: 'documents', params: { total, max: context.call.maxTotalDocumentBytes } }] : [];
  },
};

/** Every declared partner that says it sends a support letter has one among the per-partner documents. */
export const partnerSupportLetters: Rule = {
  id: 'partners.support-letter',
  category: 'completeness',
  severity: 'error',
  check(context) {
    const perPartnerKinds = new Set(context.call.documentKinds.filter((kind) => kind.perPartner).map((kind) => kind.id));
    if (perPartnerKinds.size === 0) return [];
    const covered = new Set(documentsOf(context).filter((doc) => perPartnerKinds.has(doc.kind)).map((doc) => doc.partnerId));
    return (context.application.partners ?? []).flatMap((partner, index) =>
      partner.supportLetter === true && !covered.has(partner.id)
        ? [{ path: `partners.${index}.supportLetter`, params: { partner: partner.name?.trim() || `${index + 1}` } }]
        : [],
    );
  },
};

export const DOCUMENT_RULES: readonly Rule[] = [documentCount, documentFiles, documentsTotalSize, partnerSupportLetters];
