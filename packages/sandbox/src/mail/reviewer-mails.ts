import type { CallDefinition, Lang } from '@qmi/core';
import type { OutgoingMail } from '../store/outbox.js';
import { communeLabel } from './commune-mails.js';
import { composeMail } from './compose.js';

/**
 * The invitation to the selection committee. Someone without an account chooses a password on the
 * page the link opens; someone with one keeps theirs (an applicant's account becomes a reviewer's).
 */
export function reviewerInvitationMail(options: {
  to: string;
  lang: Lang;
  accountId?: string | undefined;
  organisation: string;
  inviterEmail: string;
  call?: CallDefinition | undefined;
  link: string;
  lifetimeDays: number;
}): OutgoingMail {
  const { organisation, inviterEmail, call, lifetimeDays } = options;
  const hasAccount = options.accountId !== undefined;
  const ofCall = call
    ? { fr: `de l’appel « ${call.title.fr} »`, en: `of the call “${call.title.en}”` }
    : { fr: 'de l’appel à candidatures', en: 'of the call for applications' };
  return composeMail({
    purpose: 'reviewer_invitation',
    to: options.to,
    lang: options.lang,
    accountId: options.accountId,
    subject: {
      fr: `Invitation au comité de sélection ${ofCall.fr}`,
      en: `Invitation to the selection committee ${ofCall.en}`,
    },
    paragraphs: {
      fr: [
        'Bonjour,',
        `${inviterEmail}, organisateur ${ofCall.fr}, vous invite à examiner des dossiers de candidature au titre de ${organisation}.`,
        'Vous verrez seulement les dossiers que les organisateurs vous confient ; vous les évaluerez critère par critère. Si vous avez un lien avec une commune candidate, vous pourrez déclarer un conflit d’intérêts : le dossier ne vous sera plus montré.',
        hasAccount
          ? 'Vous avez déjà un compte avec cette adresse : ouvrez le lien ci-dessous pour accepter, votre mot de passe ne change pas.'
          : 'Ouvrez le lien ci-dessous pour accepter : vous choisirez votre mot de passe.',
      ],
      en: [
        'Hello,',
        `${inviterEmail}, organiser ${ofCall.en}, invites you to review applications on behalf of ${organisation}.`,
        'You will see only the dossiers the organisers assign to you, and assess them criterion by criterion. If you have a tie with an applicant commune, you can declare a conflict of interest: the dossier will no longer be shown to you.',
        hasAccount
          ? 'You already have an account with this address: open the link below to accept; your password does not change.'
          : 'Open the link below to accept: you will choose your password.',
      ],
    },
    action: { label: { fr: 'Accepter l’invitation', en: 'Accept the invitation' }, url: options.link },
    footnote: {
      fr: `Ce lien fonctionne une seule fois, pendant ${lifetimeDays} jours. Si vous n’attendiez pas cette invitation, ignorez ce message.`,
      en: `This link works once, for ${lifetimeDays} days. If you did not expect this invitation, ignore this message.`,
    },
  });
}

/** Tells a reviewer that a dossier was assigned to them. */
export function dossierAssignedMail(options: {
  to: string;
  lang: Lang;
  accountId: string;
  commune: string;
  call: CallDefinition;
  /** The platform's address, where the reviewer signs in. */
  platformUrl?: string | undefined;
}): OutgoingMail {
  const { call } = options;
  const commune = communeLabel(options.commune);
  const where = options.platformUrl
    ? { fr: ` sur ${options.platformUrl}`, en: ` at ${options.platformUrl}` }
    : { fr: '', en: '' };
  return composeMail({
    purpose: 'reviewer_assigned',
    to: options.to,
    lang: options.lang,
    accountId: options.accountId,
    subject: {
      fr: `Un dossier vous est confié : ${commune}`,
      en: `A dossier is assigned to you: ${commune}`,
    },
    paragraphs: {
      fr: [
        'Bonjour,',
        `Les organisateurs de l’appel « ${call.title.fr} » vous confient l’examen du dossier de ${commune}.`,
        `Connectez-vous à la plateforme${where.fr} pour le lire et l’évaluer sur chacun des critères. Si vous avez un lien avec cette commune, déclarez un conflit d’intérêts avant de l’évaluer.`,
      ],
      en: [
        'Hello,',
        `The organisers of the call “${call.title.en}” assign the dossier of ${commune} to you for review.`,
        `Sign in to the platform${where.en} to read it and assess it on each criterion. If you have a tie with this commune, declare a conflict of interest before assessing it.`,
      ],
    },
  });
}
