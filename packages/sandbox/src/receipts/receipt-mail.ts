import type { CallDefinition } from '@qmi/core';
import type { MailContent } from '../mail/compose.js';
import type { AccountRow } from '../store/accounts.js';
import { callTime } from './receipt-pdf.js';
import { type IssuedReceipt, receiptFilename } from './receipt-facts.js';

/** To each of the commune's people: the dossier is submitted, its receipt attached. */
export function receiptMail(recipient: AccountRow, call: CallDefinition, receipt: IssuedReceipt): MailContent {
  const commune = `${receipt.communeName} (${receipt.commune})`;
  const count = receipt.documents.length;
  const listed = {
    fr:
      count === 0
        ? 'Il atteste'
        : `Il liste ${count === 1 ? 'le document transmis' : `les ${count} documents transmis`} avec leur empreinte SHA-256, et atteste`,
    en:
      count === 0
        ? 'It states'
        : `It lists ${count === 1 ? 'the document submitted' : `the ${count} documents submitted`} with their SHA-256 digest, and states`,
  };
  return {
    purpose: 'application_submitted',
    to: recipient.email,
    lang: recipient.lang,
    accountId: recipient.id,
    subject: {
      fr: `Dossier de ${commune} déposé : votre récépissé`,
      en: `Dossier of ${commune} submitted: your receipt`,
    },
    paragraphs: {
      fr: [
        'Bonjour,',
        `Le dossier de ${commune} pour l’appel « ${call.title.fr} » a été déposé le ${callTime(receipt.submittedAt, call, 'fr')} par ${receipt.submittedBy}.`,
        `Le récépissé de dépôt est joint à ce message. ${listed.fr} l’empreinte du contenu du dossier : conservez-le, il prouve ce que la commune a déposé et quand.`,
        'Seuls les dossiers complets sont examinés. Les organisateurs vous écriront à chaque étape de l’examen ; vous pouvez aussi leur écrire depuis le dossier.',
      ],
      en: [
        'Hello,',
        `The dossier of ${commune} for the call “${call.title.en}” was submitted on ${callTime(receipt.submittedAt, call, 'en')} by ${receipt.submittedBy}.`,
        `The submission receipt is attached. ${listed.en} the digest of the dossier's content: keep it, it proves what the commune submitted and when.`,
        'Only complete dossiers are examined. The organisers will write to you at each step of the review; you may also write to them from the dossier.',
      ],
    },
    attachments: [
      {
        filename: receiptFilename(receipt, call),
        contentType: 'application/pdf',
        contentBase64: Buffer.from(receipt.pdf).toString('base64'),
      },
    ],
  };
}
