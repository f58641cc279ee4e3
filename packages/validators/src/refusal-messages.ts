import type { Lang } from '@qmi/core';
import { megabytes, type Params } from './units.js';
import type { DocumentFileRule } from './rules/document-file.js';

/**
 * Why a file is refused before it joins a dossier: the platform's `detail` when it refuses an upload,
 * and a page's words when it refuses the same file at pick. They follow the problem's title ("Ce
 * fichier dépasse la taille maximale autorisée."), so they give the limit rather than repeat the fault.
 * A dossier that already breaks a rule is told with the rule's own message (messages.ts).
 */
type Refusals = Record<DocumentFileRule, (p: Params, lang: Lang) => string>;

const fr: Refusals = {
  'documents.type': (p) => `Formats acceptés pour ce document : ${p.accepted}.`,
  'documents.size': (p, lang) => `Taille maximale pour ce document : ${megabytes(p.max, lang)}.`,
  'documents.count': (p) => `Ce document accepte ${p.max} fichier(s) au plus : supprimez-en un pour le remplacer.`,
  'documents.total-size': (p, lang) =>
    `Les documents d’un dossier ne peuvent dépasser ${megabytes(p.max, lang)} au total.`,
  'documents.partner-link': () => 'Ce document doit être rattaché à un partenaire déclaré (partnerId).',
};

const en: Refusals = {
  'documents.type': (p) => `Accepted formats for this document: ${p.accepted}.`,
  'documents.size': (p, lang) => `Maximum size for this document: ${megabytes(p.max, lang)}.`,
  'documents.count': (p) => `This document takes at most ${p.max} file(s): delete one to replace it.`,
  'documents.total-size': (p, lang) => `An application’s documents may not exceed ${megabytes(p.max, lang)} in total.`,
  'documents.partner-link': () => 'This document must be tied to a declared partner (partnerId).',
};

export const REFUSAL_MESSAGES: Record<Lang, Refusals> = { fr, en };
