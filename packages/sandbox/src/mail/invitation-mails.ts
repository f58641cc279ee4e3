import type { CallDefinition, Lang, LocalizedText } from '@qmi/core';
import { MGP } from '@qmi/validators';
import type { OutgoingMail } from '../store/outbox.js';
import { composeMail } from './compose.js';

/** What a dossier is called in a mail: "le dossier de Saint-Denis pour « Quartiers… »". */
export interface DossierNaming {
  commune: string;
  call: CallDefinition;
}

const communeName = (code: string) => MGP.find(code)?.commune.name ?? code;

const dossierOf = ({ commune, call }: DossierNaming): LocalizedText => ({
  fr: `le dossier de ${communeName(commune)} pour l’appel « ${call.title.fr} »`,
  en: `the dossier of ${communeName(commune)} for the call “${call.title.en}”`,
});

/**
 * The invitation to edit a dossier. Someone with an account is asked to accept; someone without one is
 * asked to create their account with this very address first (the invitation works only for it), then
 * accept. The answer to the owner is the same in both cases; only this mail, which reaches the address's
 * owner alone, differs.
 */
export function invitationMail(options: {
  to: string;
  lang: Lang;
  /** The invitee's account, when the address has one. */
  accountId?: string | undefined;
  inviterEmail: string;
  dossier: DossierNaming;
  link: string;
  lifetimeDays: number;
}): OutgoingMail {
  const dossier = dossierOf(options.dossier);
  const { inviterEmail, lifetimeDays } = options;
  const hasAccount = options.accountId !== undefined;
  return composeMail({
    purpose: 'invitation',
    to: options.to,
    lang: options.lang,
    accountId: options.accountId,
    subject: { fr: `Invitation à modifier ${dossier.fr}`, en: `Invitation to edit ${dossier.en}` },
    paragraphs: {
      fr: [
        `Bonjour,`,
        `${inviterEmail} vous invite à modifier ${dossier.fr}, avec le rôle d’éditeur : vous pourrez remplir le formulaire, déposer des documents et écrire aux organisateurs.`,
        hasAccount
          ? 'Pour accepter, ouvrez le lien ci-dessous et connectez-vous avec cette adresse e-mail.'
          : `Vous n’avez pas encore de compte sur la plateforme. Créez votre compte avec cette adresse (${options.to}), confirmez-la, puis acceptez l’invitation en ouvrant le lien ci-dessous.`,
        'Si vous ne connaissez pas cette personne, ignorez ce message : personne n’aura accès à votre compte.',
      ],
      en: [
        `Hello,`,
        `${inviterEmail} invites you to edit ${dossier.en}, as an editor: you will be able to fill in the form, upload documents and write to the organisers.`,
        hasAccount
          ? 'To accept, open the link below and sign in with this e-mail address.'
          : `You do not have an account on the platform yet. Create your account with this address (${options.to}), confirm it, then accept the invitation by opening the link below.`,
        'If you do not know this person, ignore this message: nobody gets access to your account.',
      ],
    },
    action: hasAccount
      ? { label: { fr: 'Accepter l’invitation', en: 'Accept the invitation' }, url: options.link }
      : {
          label: { fr: 'Créer mon compte, puis accepter', en: 'Create my account, then accept' },
          url: options.link,
        },
    footnote: {
      fr: `Ce lien fonctionne une seule fois, pendant ${lifetimeDays} jours, et seulement pour l’adresse ${options.to}.`,
      en: `This link works once, for ${lifetimeDays} days, and only for the address ${options.to}.`,
    },
  });
}

/** Tells the new owner that the dossier is now theirs (and what that lets them do). */
export function ownershipMail(options: {
  to: string;
  lang: Lang;
  accountId: string;
  previousOwnerEmail: string;
  dossier: DossierNaming;
}): OutgoingMail {
  const dossier = dossierOf(options.dossier);
  const from = options.previousOwnerEmail;
  return composeMail({
    purpose: 'ownership_transferred',
    to: options.to,
    lang: options.lang,
    accountId: options.accountId,
    subject: { fr: `Vous êtes propriétaire de ${dossier.fr}`, en: `You now own ${dossier.en}` },
    paragraphs: {
      fr: [
        'Bonjour,',
        `${from} vous a transféré la propriété de ${dossier.fr}. Il ou elle en reste éditeur.`,
        'En tant que propriétaire, vous invitez et retirez les éditeurs, transférez la propriété, déposez et retirez le dossier.',
      ],
      en: [
        'Hello,',
        `${from} transferred the ownership of ${dossier.en} to you, and remains one of its editors.`,
        'As the owner, you invite and remove editors, transfer the ownership, submit and withdraw the dossier.',
      ],
    },
  });
}
