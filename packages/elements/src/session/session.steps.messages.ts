import { lazyTranslations } from '../i18n/translate.js';

/** What an e-mail's link asks `<qmi-session>` to do (the `qmi-action` of its fragment). */
export type LinkAction =
  'verify-email' | 'reset-password' | 'confirm-email-change' | 'accept-invitation' | 'reviewer-invitation';

/** The words of the steps around the forms: e-mails sent, links followed, ProConnect. */
export interface StepMessages {
  checkEmailHeading: string;
  /** Where the mail went and what to do with it; the address is shown in bold between the two parts. */
  checkEmailSentTo: string;
  checkEmailDo: string;
  checkEmailJunk: string;
  /** Said until resending is offered (a mail takes a moment to arrive). */
  resendSoon: string;
  resend: string;
  resending: string;
  resentAnnounce: (email: string) => string;
  changeAddress: string;
  alreadyConfirmed: string;
  resetSentHeading: string;
  /** The same answer whatever the address: it never says whether an account uses it. */
  resetSentText: (email: string) => string;
  resetSentLater: string;
  completing: string;
  linkInvalidHeading: string;
  /** Why a link no longer works, and the way forward, for each action. */
  linkInvalid: Record<LinkAction, string>;
  requestNewLink: string;
  /** A link the platform could not complete for another reason (no answer…). */
  linkFailed: string;
  signUpAgain: string;
  /** Asked before an invitation or an address change can be completed. */
  signInToAccept: string;
  signInToConfirmEmail: string;
  invitationAccepted: string;
  /** The selection committee's invitation accepted: the person is signed in as a reviewer. */
  reviewerAccepted: string;
  /** The committee's invitation refused because the account works on dossiers (409 account_holds_dossiers). */
  reviewerBlockedHeading: string;
  reviewerBlocked: string;
  reviewerBlockedWayForward: string;
  emailChanged: (email: string) => string;
  or: string;
  proConnectWhat: string;
  /** Read after the link's name: it opens a new window. */
  newWindow: string;
  proConnectWaiting: string;
  proConnectRefusedHeading: string;
  notCommune: string;
  notCommuneWayForward: string;
  proConnectFailed: string;
  createAccount: string;
}

// French typography: a no-break space before « : », « ? » and « ; ».
const nb = '\u00a0';

export const stepMessages = lazyTranslations<StepMessages>(
  {
    checkEmailHeading: 'Consultez votre messagerie',
    checkEmailSentTo: 'Nous avons envoyé un e-mail à',
    checkEmailDo:
      'Ouvrez-le et suivez son lien pour confirmer votre adresse : vous serez alors connecté. Le lien est valable 48 heures.',
    checkEmailJunk: `Rien reçu${nb}? Vérifiez vos courriers indésirables.`,
    resendSoon: 'Vous pourrez demander un nouvel e-mail dans quelques instants.',
    resend: 'Renvoyer l’e-mail',
    resending: 'Envoi en cours…',
    resentAnnounce: (email) => `Un nouvel e-mail a été envoyé à ${email}.`,
    changeAddress: 'Changer d’adresse e-mail',
    alreadyConfirmed: `Adresse déjà confirmée${nb}? Se connecter`,
    resetSentHeading: 'Consultez votre messagerie',
    resetSentText: (email) =>
      `Si un compte utilise l’adresse ${email}, un e-mail est en route avec un lien pour choisir un nouveau mot de passe. Le lien est valable 30 minutes.`,
    resetSentLater: `Rien reçu${nb}? Vérifiez vos courriers indésirables, ou demandez un nouveau lien.`,
    completing: 'Vérification du lien…',
    linkInvalidHeading: 'Ce lien ne fonctionne plus',
    linkInvalid: {
      'verify-email':
        'Le lien de confirmation a expiré ou a déjà servi. Connectez-vous pour recevoir un nouvel e-mail de confirmation, ou créez de nouveau votre compte avec la même adresse.',
      'reset-password':
        'Le lien de réinitialisation a expiré ou a déjà servi (il est valable 30 minutes, une seule fois). Demandez un nouveau lien.',
      'confirm-email-change':
        'Le lien de changement d’adresse a expiré ou a déjà servi. Demandez de nouveau le changement depuis votre compte.',
      'accept-invitation':
        'L’invitation a expiré, a été annulée ou a déjà été acceptée. Demandez à la personne qui vous a invité de vous inviter de nouveau.',
      'reviewer-invitation':
        'L’invitation à examiner des dossiers a expiré, a été annulée ou a déjà servi (elle est valable 14 jours, une seule fois). Si vous l’avez déjà acceptée, connectez-vous avec votre adresse e-mail et votre mot de passe. Sinon, demandez aux organisateurs de vous inviter de nouveau.',
    },
    requestNewLink: 'Demander un nouveau lien',
    linkFailed:
      'La plateforme n’a pas pu traiter ce lien. Réessayez dans quelques instants en suivant de nouveau le lien de l’e-mail.',
    signUpAgain: 'Créer un compte',
    signInToAccept: `Connectez-vous avec l’adresse qui a reçu l’invitation pour rejoindre le dossier. Pas encore de compte${nb}? Créez-le avec cette adresse${nb}: l’invitation sera acceptée une fois l’adresse confirmée.`,
    signInToConfirmEmail: 'Connectez-vous pour confirmer votre nouvelle adresse e-mail.',
    invitationAccepted: 'Invitation acceptée : vous faites maintenant partie des éditeurs du dossier.',
    reviewerAccepted: `Vous êtes examinateur du comité de sélection${nb}: vous verrez les dossiers que les organisateurs vous confient, et vous les évaluerez critère par critère.`,
    reviewerBlockedHeading: 'L’invitation n’a pas pu être acceptée',
    reviewerBlocked: `Le compte de cette adresse travaille sur des dossiers de candidature${nb}: un examinateur ne peut pas être éditeur d’un dossier.`,
    reviewerBlockedWayForward:
      'Connectez-vous, transférez ces dossiers ou retirez-vous-en, puis suivez de nouveau le lien de l’invitation (il reste valable). Vous pouvez aussi demander aux organisateurs une invitation pour une autre adresse.',
    emailChanged: (email) => `Votre adresse e-mail est maintenant ${email}.`,
    or: 'ou',
    proConnectWhat: `Qu’est-ce que ProConnect${nb}?`,
    newWindow: 'nouvelle fenêtre',
    proConnectWaiting: 'Poursuivez la connexion dans la fenêtre ProConnect.',
    proConnectRefusedHeading: 'La connexion avec ProConnect n’a pas abouti',
    notCommune:
      'ProConnect permet de se connecter aux agents des communes de la Métropole du Grand Paris. L’organisation de votre compte ProConnect n’est pas l’une de ces communes.',
    notCommuneWayForward:
      'Si vous travaillez pour une commune de la Métropole, créez un compte avec votre adresse e-mail professionnelle, puis demandez à représenter la commune : l’équipe de la Métropole vérifiera votre demande.',
    proConnectFailed:
      'ProConnect n’a pas pu vous identifier. Réessayez dans quelques instants, ou connectez-vous avec votre adresse e-mail.',
    createAccount: 'Créer un compte',
  },
  { en: () => import('./session.steps.messages.en.js').then((module) => module.default) },
);
