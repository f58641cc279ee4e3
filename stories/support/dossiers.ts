// The dossiers the stories show: recorded from the QMI 2 call's example answers (@qmi/core/testing).
import type { Application, Message } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import { STORY_ACCOUNT, STORY_APPLICATION_ID, storyApplication, storyDocument } from './platform.js';

/** Every document the call asks for: the mayor's letter, a sector sheet, one letter per partner. */
export const allDocuments = () => [
  storyDocument('mayor_letter', 'lettre-engagement-maire.pdf'),
  storyDocument('sector_sheet', 'fiche-secteur-pleyel.pdf'),
  storyDocument('partner_support', 'soutien-oph.pdf', 'partner-oph'),
  storyDocument('partner_support', 'soutien-parents-pleyel.png', 'partner-parents'),
];

/** A dossier just created: nothing answered yet. */
export const emptyDossier = (): Application => storyApplication({ revision: 1 });

/** Every question answered, no document yet. */
export const filledDossier = (): Application => storyApplication({ ...exampleDossier() });

/** Complete: every answer and every document. */
export const completeDossier = (): Application => storyApplication({ ...exampleDossier(), documents: allDocuments() });

/** Sent on the last evening. */
export const submittedDossier = (): Application =>
  storyApplication({
    ...exampleDossier(),
    documents: allDocuments(),
    status: 'submitted',
    submittedAt: '2024-01-11T18:42:00.000Z',
  });

/** A thread between the commune and the organisers. */
export const conversation = (): Message[] => [
  {
    id: 'msg_1',
    applicationId: STORY_APPLICATION_ID,
    authorId: 'acct_parisandco',
    authorRole: 'organiser',
    body: 'Bonjour, votre fiche secteur mentionne trois groupes scolaires : pouvez-vous préciser lesquels seront concernés par l’expérimentation ?',
    createdAt: '2023-11-29T10:05:00.000Z',
  },
  {
    id: 'msg_2',
    applicationId: STORY_APPLICATION_ID,
    authorId: STORY_ACCOUNT.id,
    authorRole: 'applicant',
    body: 'Bonjour, il s’agit des écoles Pleyel, Anatole-France et Cosmonautes. Nous ajoutons la précision dans le dossier.',
    createdAt: '2023-11-29T14:40:00.000Z',
  },
];
