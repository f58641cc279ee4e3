import type { Application, CallDefinition, Decision, FormField, Lang, LocalizedText } from '@qmi/core';
import { formatCallInstant } from '@qmi/validators';
import type { MailContent } from './compose.js';
import { communeLabel, type Recipient } from './commune-mails.js';

/*
 * The e-mails of the organisers' decisions, of the dossier's messages and of the accompaniment
 * (issue 16). Each is written in the transaction of its event (review/notify.ts queues it), in the
 * person's language. The training and agreement wording follows the call's brochure (AMI QMI, 2nd edition).
 */

/** The documents "section" of the form, as the applicant's task list names it (@qmi/validators' progress). */
const DOCUMENTS: LocalizedText = { fr: 'Pièces du dossier', en: 'Documents' };

const under = (path: string, root: string) => path === root || path.startsWith(`${root}.`);

/**
 * What the applicant's form calls a section id or field path, "Field (Section)"; undefined when the
 * call's form has no such section, field, or part of one (a group item's field: "partners.0.role").
 */
export function formLabel(call: CallDefinition, path: string, lang: Lang): string | undefined {
  if (under(path, 'documents')) {
    const kind = call.documentKinds.find((k) => path === `documents.${k.id}`);
    return kind ? `${kind.title[lang]} (${DOCUMENTS[lang]})` : path === 'documents' ? DOCUMENTS[lang] : undefined;
  }
  for (const section of call.formSections) {
    if (section.id === path) return section.title[lang];
    const field = section.fields.find((f) => under(path, f.path));
    if (!field) continue;
    // Inside a repeated group: "partners.0.role" or "partners.role" names the item's field "role".
    const rest = path.slice(field.path.length + 1).replace(/^\d+\./, '');
    const inner = rest ? field.fields?.find((f: FormField) => under(rest, f.path)) : undefined;
    const label = inner ? `${field.label[lang]}${lang === 'fr' ? ' : ' : ': '}${inner.label[lang]}` : field.label[lang];
    return `${label} (${section.title[lang]})`;
  }
  return undefined;
}

const both = (fr: string[], en: string[]) => ({ fr, en });
const commentOf = (comment: string | undefined) =>
  comment
    ? both([`Message des organisateurs : ${comment}`], [`Message from the organisers: ${comment}`])
    : both([], []);
const replyHint = both(
  ['Pour toute question, écrivez aux organisateurs par la messagerie du dossier.'],
  ["If you have any question, write to the organisers through the dossier's messages."],
);

/** The two-day training offered to every commune whose dossier was complete and admissible (the brochure's words). */
const trainingInvitation = (call: CallDefinition) =>
  both(
    [
      `Formation à l’expérimentation urbaine : l’ensemble des communes ayant déposé un dossier complet et recevable peuvent participer à une formation de deux jours, animée par les experts de ${call.operator}, pour monter en compétences sur l’expérimentation urbaine (ses caractéristiques, outils, méthodes et facteurs clés de succès). Votre commune y est invitée ; ses dates et modalités vous seront communiquées.`,
    ],
    [
      `Training in urban experimentation: every commune that submitted a complete and admissible dossier may take part in a two-day training led by ${call.operator}'s experts, to build skills in urban experimentation (its characteristics, tools, methods and key success factors). Your commune is invited; its dates and arrangements will be sent to you.`,
    ],
  );

/** The commune's e-mail for an organisers' decision: what was decided, why, and what comes next. */
export function decisionMail(
  to: Recipient,
  call: CallDefinition,
  application: Application,
  decision: Decision,
): MailContent {
  const label = communeLabel(application.commune);
  const title = call.title;
  const base = { to: to.email, lang: to.lang, accountId: to.id, purpose: `decision_${decision.action}` };
  const comment = commentOf(decision.comment);
  switch (decision.action) {
    case 'request_changes': {
      const fields = decision.fields ?? [];
      const items = (lang: Lang) => fields.map((path) => `– ${formLabel(call, path, lang) ?? path}`);
      return {
        ...base,
        subject: {
          fr: `Dossier de ${label} : des modifications vous sont demandées`,
          en: `Dossier of ${label}: changes are requested`,
        },
        paragraphs: both(
          [
            `Les organisateurs de l’appel « ${title.fr} » ont examiné le dossier de ${label} et vous demandent de le modifier avant de le déposer à nouveau.`,
            'Éléments à modifier :',
            ...items('fr'),
            ...comment.fr,
            'Le dossier est de nouveau modifiable : ces éléments sont signalés dans le formulaire. Déposez-le à nouveau une fois modifié.',
          ],
          [
            `The organisers of the call "${title.en}" examined the dossier of ${label} and ask you to change it before submitting it again.`,
            'To change:',
            ...items('en'),
            ...comment.en,
            'The dossier can be edited again: these items are marked in the form. Submit it again once changed.',
          ],
        ),
      };
    }
    case 'declare_eligible': {
      const training = trainingInvitation(call);
      return {
        ...base,
        subject: {
          fr: `Dossier de ${label} : complet et recevable`,
          en: `Dossier of ${label}: complete and admissible`,
        },
        paragraphs: both(
          [
            `Les organisateurs de l’appel « ${title.fr} » ont vérifié le dossier de ${label} : il est complet et recevable. Le comité de sélection va l’étudier sur les critères de l’appel ; sa décision vous sera notifiée.`,
            ...comment.fr,
            ...training.fr,
          ],
          [
            `The organisers of the call "${title.en}" checked the dossier of ${label}: it is complete and admissible. The selection committee will study it on the call's criteria; its decision will be notified to you.`,
            ...comment.en,
            ...training.en,
          ],
        ),
      };
    }
    case 'declare_ineligible': {
      const reasons = (decision.reasons ?? []).map((reason) => `– ${reason}`);
      return {
        ...base,
        subject: { fr: `Dossier de ${label} : non recevable`, en: `Dossier of ${label}: not admissible` },
        paragraphs: both(
          [
            `Les organisateurs de l’appel « ${title.fr} » ont examiné le dossier de ${label} : il ne remplit pas les conditions d’éligibilité de l’appel et ne sera pas étudié par le comité de sélection.`,
            'Motifs :',
            ...reasons,
            ...comment.fr,
            ...replyHint.fr,
          ],
          [
            `The organisers of the call "${title.en}" examined the dossier of ${label}: it does not meet the call's eligibility conditions and will not be studied by the selection committee.`,
            'Reasons:',
            ...reasons,
            ...comment.en,
            ...replyHint.en,
          ],
        ),
      };
    }
    case 'select': {
      // The agreement's delay, when the call sets one (QMI 2: "dans un délai maximum d'un mois après notification").
      const months = call.agreementWithinMonths;
      const deadline = decision.agreementDeadline;
      const agreement =
        months && deadline
          ? both(
              [
                `Une convention sera mise en place entre ${call.operator} et votre commune dans un délai maximum ${months === 1 ? 'd’un mois' : `de ${months} mois`} après cette notification, soit au plus tard le ${formatCallInstant(deadline, call, 'fr')} (heure de Paris).`,
              ],
              [
                `An agreement will be signed between ${call.operator} and your commune within at most ${months === 1 ? 'one month' : `${months} months`} of this notification, that is by ${formatCallInstant(deadline, call, 'en')} (Paris time).`,
              ],
            )
          : both([], []);
      return {
        ...base,
        subject: {
          fr: `Félicitations : ${label} est lauréate de l’appel « ${title.fr} »`,
          en: `Congratulations: ${label} is selected in the call "${title.en}"`,
        },
        paragraphs: both(
          [
            `Le comité de sélection a retenu ${label} parmi les communes lauréates de l’appel « ${title.fr} ».`,
            ...agreement.fr,
            ...comment.fr,
            ...replyHint.fr,
          ],
          [
            `The selection committee selected ${label} among the laureate communes of the call "${title.en}".`,
            ...agreement.en,
            ...comment.en,
            ...replyHint.en,
          ],
        ),
      };
    }
    case 'reject':
      return {
        ...base,
        subject: { fr: `Dossier de ${label} : non retenu`, en: `Dossier of ${label}: not selected` },
        paragraphs: both(
          [
            `Le comité de sélection a étudié le dossier de ${label} avec attention ; il n’a pas été retenu parmi les communes lauréates de l’appel « ${title.fr} ».`,
            'Merci pour votre candidature et pour le travail qu’elle a demandé.',
            ...comment.fr,
            `Votre dossier étant complet et recevable, votre commune bénéficie de la formation gratuite de deux jours à l’expérimentation urbaine par les experts de ${call.operator} ; ses dates et modalités vous seront communiquées.`,
          ],
          [
            `The selection committee studied the dossier of ${label} carefully; it was not selected among the laureate communes of the call "${title.en}".`,
            'Thank you for your application and for the work it took.',
            ...comment.en,
            `As your dossier was complete and admissible, your commune benefits from the free two-day training in urban experimentation by ${call.operator}'s experts; its dates and arrangements will be sent to you.`,
          ],
        ),
      };
  }
}

/**
 * A new message of the dossier's conversation. The body is included: the thread is the commune's own
 * dossier conversation with the organisers, and both sides are its only readers.
 */
export function messageMail(
  to: Recipient,
  application: Application,
  body: string,
  fromOrganisers: boolean,
): MailContent {
  const label = communeLabel(application.commune);
  return {
    purpose: 'dossier_message',
    to: to.email,
    lang: to.lang,
    accountId: to.id,
    subject: fromOrganisers
      ? { fr: `Nouveau message des organisateurs (${label})`, en: `New message from the organisers (${label})` }
      : { fr: `Nouveau message de ${label}`, en: `New message from ${label}` },
    paragraphs: both(
      [
        fromOrganisers
          ? `Les organisateurs vous ont écrit au sujet du dossier de ${label} :`
          : `La commune ${label} vous a écrit au sujet de son dossier :`,
        body,
        'Répondez par la messagerie du dossier.',
      ],
      [
        fromOrganisers
          ? `The organisers wrote to you about the dossier of ${label}:`
          : `The commune ${label} wrote to you about its dossier:`,
        body,
        "Answer through the dossier's messages.",
      ],
    ),
  };
}

/** To the organisers: a commune asks for advice on its draft ("demander un avis"). */
export function adviceRequestedMail(to: Recipient, application: Application, message: string): MailContent {
  const label = communeLabel(application.commune);
  return {
    purpose: 'advice_requested',
    to: to.email,
    lang: to.lang,
    accountId: to.id,
    subject: { fr: `${label} demande un avis sur son dossier`, en: `${label} asks for advice on its dossier` },
    paragraphs: both(
      [
        `La commune ${label} demande l’avis des organisateurs sur son dossier en cours de rédaction :`,
        message,
        'Commentez ses sections dans la vue du dossier : vos commentaires apparaissent dans son formulaire.',
      ],
      [
        `The commune ${label} asks the organisers for advice on the dossier it is writing:`,
        message,
        'Comment on its sections in the dossier view: your comments appear in its form.',
      ],
    ),
  };
}

/** To the commune: an organiser commented on one section of its draft. One e-mail per comment. */
export function adviceGivenMail(
  to: Recipient,
  call: CallDefinition,
  application: Application,
  sectionId: string,
  text: string,
): MailContent {
  const label = communeLabel(application.commune);
  const section = (lang: Lang) => formLabel(call, sectionId, lang) ?? sectionId;
  return {
    purpose: 'advice_given',
    to: to.email,
    lang: to.lang,
    accountId: to.id,
    subject: {
      fr: `Les organisateurs ont commenté le dossier de ${label}`,
      en: `The organisers commented on the dossier of ${label}`,
    },
    paragraphs: both(
      [
        `Les organisateurs ont commenté la section « ${section('fr')} » du dossier de ${label} :`,
        text,
        'Ce commentaire apparaît dans le formulaire, à côté de la section ; marquez-le comme traité une fois pris en compte.',
      ],
      [
        `The organisers commented on the section "${section('en')}" of the dossier of ${label}:`,
        text,
        'This comment appears in the form, beside the section; mark it as dealt with once taken into account.',
      ],
    ),
  };
}
