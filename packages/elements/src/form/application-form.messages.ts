import type { AutosaveStatus } from '@qmi/core';
import type { SectionStatus } from '@qmi/validators';
import { lazyTranslations } from '../i18n/translate.js';

export interface FormMessages {
  loading: string;
  /** Shown while a page that signs people in itself has not given a token yet. */
  waitingForSignIn: string;
  communeLine: (name: string, code: string) => string;
  loadFailed: string;
  retry: string;
  start: { title: string; intro: string; commune: string; communeHint: string; create: string; resume: string };
  status: Record<AutosaveStatus, string>;
  savedAt: (time: string) => string;
  signInAgain: string;
  taskList: string;
  sectionStatus: Record<SectionStatus, string>;
  /** The visible text of a section's check button; its name adds the section (`named`). */
  checkSection: string;
  sectionOk: string;
  /** An action's accessible name with what it acts on, the visible text first (WCAG 2.5.3): "Garder ma version : Intitulé du défi". */
  named: (action: string, what: string) => string;
  /** Above the fields: every field is required unless marked optional. */
  requiredNote: string;
  /** Said after an action on a list's item ("Partenaires 3 ajouté."). */
  itemAdded: (item: string) => string;
  itemRemoved: (item: string) => string;
  itemMoved: (item: string, position: number) => string;
  errorSummary: string;
  /** After an error-summary item whose field is on another page (`sections`): the section it is in. */
  inSection: (title: string) => string;
  errorPrefix: string;
  characters: (count: number, max: number) => string;
  charactersOver: (over: number) => string;
  optional: string;
  choose: string;
  addItem: (label: string) => string;
  removeItem: (label: string) => string;
  moveUp: (label: string) => string;
  moveDown: (label: string) => string;
  item: (label: string, n: number) => string;
  noItems: string;
  person: { firstName: string; lastName: string; role: string; email: string; phone: string };
  conflict: {
    title: string;
    intro: string;
    mine: string;
    theirs: string;
    keepMine: string;
    keepTheirs: string;
    empty: string;
  };
  documents: { title: string; intro: string };
  submit: {
    title: string;
    intro: string;
    notReady: string;
    ready: string;
    button: string;
    sending: string;
    waitSaves: string;
  };
  receipt: { title: string; body: (date: string) => string; reference: (id: string) => string };
  readOnly: (status: string) => string;
}

export const FORM_MESSAGES = lazyTranslations<FormMessages>(
  {
    loading: 'Chargement du dossier…',
    waitingForSignIn: 'Connectez-vous pour ouvrir le dossier de votre commune.',
    communeLine: (name, code) => `Dossier de la commune de ${name} (${code})`,
    loadFailed: 'Le dossier n’a pas pu être chargé.',
    retry: 'Réessayer',
    start: {
      title: 'Commencer votre candidature',
      intro:
        'Choisissez votre commune : le dossier est créé à son nom, et enregistré automatiquement à chaque modification.',
      commune: 'Commune candidate',
      communeHint: 'Tapez le nom ou le code INSEE de la commune, puis choisissez-la dans la liste.',
      create: 'Créer le dossier',
      resume: 'Reprendre le dossier',
    },
    status: {
      saved: 'Toutes vos modifications sont enregistrées.',
      pending: 'Modifications en attente d’enregistrement…',
      saving: 'Enregistrement…',
      offline:
        'Hors ligne : vos modifications sont conservées sur cet appareil et seront envoyées au retour de la connexion.',
      conflict: 'Un champ a été modifié ailleurs en même temps que vous : choisissez la version à garder.',
      unauthenticated:
        'Votre session a expiré : vos modifications sont conservées sur cet appareil. Reconnectez-vous pour les envoyer.',
      error: 'L’enregistrement a été refusé : vos modifications sont conservées sur cet appareil.',
    },
    savedAt: (time) => `Enregistré à ${time}.`,
    signInAgain: 'Se reconnecter',
    taskList: 'Étapes du dossier',
    sectionStatus: { not_started: 'Non commencé', in_progress: 'En cours', completed: 'Terminé' },
    checkSection: 'Vérifier la section',
    sectionOk: 'Cette section est complète.',
    named: (action, what) => `${action} : ${what}`,
    requiredNote: 'Tous les champs sont obligatoires sauf ceux marqués « facultatif ».',
    itemAdded: (item) => `${item} ajouté.`,
    itemRemoved: (item) => `${item} supprimé.`,
    itemMoved: (item, position) => `${item} déplacé en position ${position}.`,
    errorSummary: 'Il y a un problème',
    inSection: (title) => `(section « ${title} »)`,
    errorPrefix: 'Erreur :',
    characters: (count, max) => `${count} caractère${count > 1 ? 's' : ''} sur ${max}`,
    charactersOver: (over) => `${over} caractère${over > 1 ? 's' : ''} de trop`,
    optional: '(facultatif)',
    choose: 'Choisissez…',
    addItem: (label) => `Ajouter : ${label}`,
    removeItem: (label) => `Supprimer ${label}`,
    moveUp: (label) => `Monter ${label}`,
    moveDown: (label) => `Descendre ${label}`,
    item: (label, n) => `${label} ${n}`,
    noItems: 'Aucun élément pour l’instant.',
    person: { firstName: 'Prénom', lastName: 'Nom', role: 'Fonction', email: 'Adresse e-mail', phone: 'Téléphone' },
    conflict: {
      title: 'Modifications simultanées',
      intro:
        'Ce champ a été modifié ailleurs (un autre onglet, un collègue) pendant que vous écriviez. Les deux versions sont conservées : choisissez celle à garder.',
      mine: 'Votre version',
      theirs: 'Version enregistrée ailleurs',
      keepMine: 'Garder ma version',
      keepTheirs: 'Garder l’autre version',
      empty: '(vide)',
    },
    documents: {
      title: 'Pièces du dossier',
      intro: 'Les pièces demandées par l’appel. Chaque envoi reprend là où il s’était arrêté si la connexion coupe.',
    },
    submit: {
      title: 'Vérifier et envoyer',
      intro: 'Vérifiez votre dossier avant de l’envoyer : seuls les dossiers complets sont examinés.',
      notReady: 'Votre dossier n’est pas encore prêt à être envoyé.',
      ready: 'Votre dossier est complet : vous pouvez l’envoyer.',
      button: 'Envoyer la candidature',
      sending: 'Envoi en cours…',
      waitSaves: 'Envoi des dernières modifications…',
    },
    receipt: {
      title: 'Candidature envoyée',
      body: (date) => `Votre candidature a été reçue le ${date}.`,
      reference: (id) => `Référence du dossier : ${id}`,
    },
    readOnly: (status) => `Ce dossier n’est plus modifiable (statut : ${status}).`,
  },
  { en: () => import('./application-form.messages.en.js').then((module) => module.default) },
);
