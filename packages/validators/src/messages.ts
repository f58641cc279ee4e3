import type { Lang } from '@qmi/core';

import { megabytes, type Params } from './units.js';

/** Parameters a message may use (every rule documents the ones it sets), and the size unit they show. */
export { megabytes, type Params };

type Messages = Record<string, (p: Params, lang: Lang) => string>;

/** French, the default language of every user-facing string. */
const fr: Messages = {
  'commune.required': () => 'Indiquez la commune candidate.',
  'commune.in-territory': (p) =>
    `Le code « ${p.code} » n’est pas celui d’une commune de la ${p.territory} : seules ses communes peuvent candidater.`,
  'commune.not-excluded': (p) => String(p.reason),
  'commune.former-code': (p) =>
    `${p.formerName} (${p.formerCode}) fait désormais partie de ${p.name} (${p.code}) : le dossier est déposé au nom de ${p.name}.`,
  'commune.one-application': (p) => `${p.name} a déjà un dossier pour cet appel : une seule candidature par commune.`,
  'call.window-open': (p) => String(p.detail),
  'field.required': (p) => `Renseignez « ${p.label} ».`,
  'field.checkbox-required': (p) => `Cochez la case « ${p.label} ».`,
  'field.format': (p) =>
    p.format === 'email'
      ? `« ${p.label} » doit être une adresse e-mail valide, par exemple prenom.nom@mairie.fr.`
      : p.format === 'phone'
        ? `« ${p.label} » doit être un numéro de téléphone, par exemple 01 23 45 67 89.`
        : `Choisissez une des options proposées pour « ${p.label} ».`,
  'field.too-long': (p) => `« ${p.label} » ne doit pas dépasser ${p.max} caractères (actuellement ${p.length}).`,
  'group.min-items': (p) =>
    Number(p.min) === 1
      ? `Ajoutez au moins un élément à « ${p.label} ».`
      : `Ajoutez au moins ${p.min} éléments à « ${p.label} ».`,
  'group.max-items': (p) => `« ${p.label} » compte ${p.count} éléments : ${p.max} au plus.`,
  'documents.count': (p) =>
    Number(p.count) < Number(p.min)
      ? Number(p.min) === 1
        ? `Ajoutez le document « ${p.kind} ».`
        : `Ajoutez au moins ${p.min} documents « ${p.kind} » (${p.count} pour l’instant).`
      : `« ${p.kind} » : ${p.max} document${Number(p.max) > 1 ? 's' : ''} au plus (${p.count} déposés).`,
  'documents.type': (p) => `« ${p.filename} » n’est pas d’un type accepté pour « ${p.kind} » (${p.accepted}).`,
  'documents.size': (p, lang) =>
    `« ${p.filename} » dépasse la taille maximale de ${megabytes(p.max, lang)} pour « ${p.kind} ».`,
  'documents.total-size': (p, lang) =>
    `L’ensemble des documents dépasse ${megabytes(p.max, lang)} (${megabytes(p.total, lang)}).`,
  'documents.partner-link': (p) => `« ${p.filename} » doit être rattaché à l’un des partenaires déclarés.`,
  'partners.support-letter': (p) =>
    `Ajoutez le document de soutien de « ${p.partner} », ou décochez « fournit un document de soutien ».`,
  'sectors.preferred': (p) =>
    Number(p.preferred) === 0
      ? 'Indiquez le secteur privilégié : il deviendra le « quartier d’innovation ».'
      : 'Un seul secteur peut être privilégié.',
};

const en: Messages = {
  'commune.required': () => 'Give the applicant commune.',
  'commune.in-territory': (p) =>
    `Code "${p.code}" is not a commune of the ${p.territory}: only its communes may apply.`,
  'commune.not-excluded': (p) => String(p.reason),
  'commune.former-code': (p) =>
    `${p.formerName} (${p.formerCode}) is now part of ${p.name} (${p.code}): the application is made in the name of ${p.name}.`,
  'commune.one-application': (p) => `${p.name} already has an application for this call: one application per commune.`,
  'call.window-open': (p) => String(p.detail),
  'field.required': (p) => `Enter “${p.label}”.`,
  'field.checkbox-required': (p) => `Tick “${p.label}”.`,
  'field.format': (p) =>
    p.format === 'email'
      ? `“${p.label}” must be a valid e-mail address, like firstname.lastname@town.fr.`
      : p.format === 'phone'
        ? `“${p.label}” must be a phone number, like 01 23 45 67 89.`
        : `Choose one of the options for “${p.label}”.`,
  'field.too-long': (p) => `“${p.label}” must be ${p.max} characters or fewer (it has ${p.length}).`,
  'group.min-items': (p) =>
    Number(p.min) === 1 ? `Add at least one item to “${p.label}”.` : `Add at least ${p.min} items to “${p.label}”.`,
  'group.max-items': (p) => `“${p.label}” has ${p.count} items: ${p.max} at most.`,
  'documents.count': (p) =>
    Number(p.count) < Number(p.min)
      ? Number(p.min) === 1
        ? `Add the “${p.kind}” document.`
        : `Add at least ${p.min} “${p.kind}” documents (${p.count} so far).`
      : `“${p.kind}”: ${p.max} document${Number(p.max) > 1 ? 's' : ''} at most (${p.count} uploaded).`,
  'documents.type': (p) => `“${p.filename}” is not an accepted type for “${p.kind}” (${p.accepted}).`,
  'documents.size': (p, lang) =>
    `“${p.filename}” is larger than the ${megabytes(p.max, lang)} allowed for “${p.kind}”.`,
  'documents.total-size': (p, lang) =>
    `All documents together exceed ${megabytes(p.max, lang)} (${megabytes(p.total, lang)}).`,
  'documents.partner-link': (p) => `“${p.filename}” must be tied to one of the declared partners.`,
  'partners.support-letter': (p) =>
    `Add the support document of “${p.partner}”, or untick “provides a support document”.`,
  'sectors.preferred': (p) =>
    Number(p.preferred) === 0
      ? 'Mark the preferred sector: it will become the “innovation district”.'
      : 'Only one sector can be preferred.',
};

/** The rules' messages in each language, by rule id: functions of the finding's parameters. */
export const MESSAGES: Record<Lang, Messages> = { fr, en };

/**
 * A rule's message in this language (French when the language has none), with the finding's parameters filled
 * in. Throws for a rule id that has no message.
 */
export function message(rule: string, lang: Lang, params: Params): string {
  const format = MESSAGES[lang][rule] ?? MESSAGES.fr[rule];
  if (!format) throw new Error(`No message for rule ${rule}`);
  return format(params, lang);
}
