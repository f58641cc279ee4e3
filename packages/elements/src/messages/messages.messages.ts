import { lazyTranslations } from '../i18n/translate.js';

/** The words of what shows before the platform answered (the thread's own: messages.thread.ts). */
export interface MessagesMessages {
  /** The heading, which names the element's region. */
  heading: string;
  thread: string;
  mine: string;
  loading: string;
  loadError: string;
  label: string;
  hint: string;
  send: string;
  /** The send button's accessible name: what it sends, starting with `send`. */
  sendLabel: string;
  emptyError: string;
  sending: string;
  failed: string;
  failedNetwork: string;
  retry: string;
  retryLabel: (excerpt: string) => string;
  announceFailed: string;
}

export const MESSAGES_MESSAGES = lazyTranslations<MessagesMessages>(
  {
    heading: 'Messages du dossier',
    thread: 'Fil des messages',
    mine: 'Vous',
    loading: 'Chargement des messages…',
    loadError: 'Les messages n’ont pas pu être chargés. Nouvel essai automatique dans quelques instants.',
    label: 'Votre message',
    hint: 'Entrée va à la ligne. Ctrl+Entrée (ou Cmd+Entrée) envoie le message.',
    send: 'Envoyer',
    sendLabel: 'Envoyer le message',
    emptyError: 'Écrivez votre message avant de l’envoyer.',
    sending: 'Envoi…',
    failed: 'Non envoyé',
    failedNetwork: 'La connexion a échoué. Le message est conservé sur cet appareil et sera renvoyé automatiquement.',
    retry: 'Réessayer',
    retryLabel: (excerpt) => `Réessayer l’envoi du message « ${excerpt} »`,
    announceFailed: 'Message non envoyé. Il sera renvoyé automatiquement.',
  },
  { en: () => import('./messages.messages.en.js').then((module) => module.default) },
);
