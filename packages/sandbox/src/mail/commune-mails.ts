import type { CommuneClaim, Lang } from '@qmi/core';
import { MGP } from '@qmi/validators';
import type { OutgoingMail } from '../store/outbox.js';
import { composeMail } from './compose.js';

/** Whom a mail goes to: the account's address, language and id (its data export lists its mails). */
export interface Recipient {
  id: string;
  email: string;
  lang: Lang;
}

/** "Paris (75056)": people know their commune by name, organisers by code. */
export const communeLabel = (code: string) => {
  const name = MGP.find(code)?.commune.name;
  return name ? `${name} (${code})` : code;
};

/** The organisers' answer to a claim to represent a commune, with their reason when they gave one. */
export function claimDecisionMail(to: Recipient, claim: CommuneClaim, approved: boolean): OutgoingMail {
  const commune = communeLabel(claim.commune);
  const reason = claim.reason
    ? { fr: [`Motif : ${claim.reason}`], en: [`Reason: ${claim.reason}`] }
    : { fr: [], en: [] };
  return composeMail({
    purpose: approved ? 'commune_claim_approved' : 'commune_claim_refused',
    to: to.email,
    lang: to.lang,
    accountId: to.id,
    subject: approved
      ? { fr: `Votre compte est vérifié pour ${commune}`, en: `Your account is verified for ${commune}` }
      : {
          fr: `Votre demande pour ${commune} n’a pas été acceptée`,
          en: `Your request for ${commune} was not accepted`,
        },
    paragraphs: approved
      ? {
          fr: [
            `Les organisateurs ont vérifié que vous représentez ${commune}.`,
            'Votre dossier pour cette commune tient désormais sa place dans l’appel : vous pouvez le déposer. Si un collègue vérifié a déjà créé le dossier de la commune, vous pouvez le rejoindre.',
            ...reason.fr,
          ],
          en: [
            `The organisers verified that you represent ${commune}.`,
            "Your dossier for this commune now holds the commune's place in the call: you can submit it. If a verified colleague already created the commune's dossier, you can join it.",
            ...reason.en,
          ],
        }
      : {
          fr: [
            `Les organisateurs n’ont pas accepté votre demande de représenter ${commune}.`,
            ...reason.fr,
            'Vous pouvez leur répondre en écrivant à l’adresse de l’appel, ou vous identifier avec ProConnect avec votre compte d’agent de la mairie.',
          ],
          en: [
            `The organisers did not accept your request to represent ${commune}.`,
            ...reason.en,
            "You may answer them at the call's address, or sign in with ProConnect using your town hall agent account.",
          ],
        },
  });
}

/** To the owner and editors of a dossier the organisers withdrew. */
export function organiserWithdrawalMail(to: Recipient, commune: string, reason: string): OutgoingMail {
  const label = communeLabel(commune);
  return composeMail({
    purpose: 'dossier_withdrawn_by_organiser',
    to: to.email,
    lang: to.lang,
    accountId: to.id,
    subject: {
      fr: `Dossier de ${label} retiré par les organisateurs`,
      en: `Dossier of ${label} withdrawn by the organisers`,
    },
    paragraphs: {
      fr: [`Les organisateurs ont retiré le dossier de ${label} auquel vous participiez.`, `Motif : ${reason}`],
      en: [`The organisers withdrew the dossier of ${label} you worked on.`, `Reason: ${reason}`],
    },
  });
}

/** To the new owner of a dossier the organisers reassigned, and to the previous one, who loses access. */
export function reassignmentMail(to: Recipient, commune: string, reason: string, gained: boolean): OutgoingMail {
  const label = communeLabel(commune);
  return composeMail({
    purpose: gained ? 'dossier_reassigned_to_you' : 'dossier_reassigned_away',
    to: to.email,
    lang: to.lang,
    accountId: to.id,
    subject: gained
      ? { fr: `Le dossier de ${label} vous a été confié`, en: `The dossier of ${label} was given to you` }
      : {
          fr: `Le dossier de ${label} a été confié à une autre personne`,
          en: `The dossier of ${label} was given to someone else`,
        },
    paragraphs: gained
      ? {
          fr: [
            `Les organisateurs vous ont confié le dossier de ${label} : vous en êtes désormais le propriétaire.`,
            `Motif : ${reason}`,
          ],
          en: [`The organisers gave you the dossier of ${label}: you are now its owner.`, `Reason: ${reason}`],
        }
      : {
          fr: [
            `Les organisateurs ont confié le dossier de ${label} à une autre personne ; vous n’y avez plus accès.`,
            `Motif : ${reason}`,
          ],
          en: [
            `The organisers gave the dossier of ${label} to someone else; you no longer have access to it.`,
            `Reason: ${reason}`,
          ],
        },
  });
}
