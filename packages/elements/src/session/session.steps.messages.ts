import type { Translations } from '../i18n/translate.js';

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
  /** The account's address is not confirmed yet (a signed-in account). */
  unverified: string;
  resendVerification: string;
  verificationResent: (email: string) => string;
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

export const stepMessages: Translations<StepMessages> = {
  fr: {
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
    unverified: 'Votre adresse e-mail n’est pas encore confirmée : confirmez-la pour créer ou rejoindre un dossier.',
    resendVerification: 'Renvoyer l’e-mail de confirmation',
    verificationResent: (email) => `Un e-mail de confirmation a été envoyé à ${email}.`,
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
  en: {
    checkEmailHeading: 'Check your email',
    checkEmailSentTo: 'We have sent an email to',
    checkEmailDo:
      'Open it and follow its link to confirm your address: you will then be signed in. The link works for 48 hours.',
    checkEmailJunk: 'Nothing arrived? Check your spam folder.',
    resendSoon: 'You can ask for a new email in a moment.',
    resend: 'Send the email again',
    resending: 'Sending…',
    resentAnnounce: (email) => `A new email has been sent to ${email}.`,
    changeAddress: 'Change the email address',
    alreadyConfirmed: 'Already confirmed? Sign in',
    resetSentHeading: 'Check your email',
    resetSentText: (email) =>
      `If an account uses the address ${email}, an email is on its way with a link to choose a new password. The link works for 30 minutes.`,
    resetSentLater: 'Nothing arrived? Check your spam folder, or ask for a new link.',
    completing: 'Checking the link…',
    linkInvalidHeading: 'This link no longer works',
    linkInvalid: {
      'verify-email':
        'The confirmation link has expired or has already been used. Sign in to receive a new confirmation email, or create your account again with the same address.',
      'reset-password':
        'The reset link has expired or has already been used (it works for 30 minutes, once). Ask for a new link.',
      'confirm-email-change':
        'The link to change your address has expired or has already been used. Ask for the change again from your account.',
      'accept-invitation':
        'The invitation has expired, was cancelled or has already been accepted. Ask the person who invited you to invite you again.',
      'reviewer-invitation':
        'The invitation to review applications has expired, was cancelled or has already been used (it works once, for 14 days). If you have already accepted it, sign in with your email address and password. Otherwise, ask the organisers to invite you again.',
    },
    requestNewLink: 'Ask for a new link',
    linkFailed: 'The platform could not complete this link. Try again in a moment by following the email’s link again.',
    signUpAgain: 'Create an account',
    signInToAccept:
      'Sign in with the address that received the invitation to join the dossier. No account yet? Create it with that address: the invitation will be accepted once the address is confirmed.',
    signInToConfirmEmail: 'Sign in to confirm your new email address.',
    invitationAccepted: 'Invitation accepted: you are now one of the dossier’s editors.',
    reviewerAccepted:
      'You are a reviewer on the selection committee: you will see the dossiers the organisers assign to you, and assess them criterion by criterion.',
    reviewerBlockedHeading: 'The invitation could not be accepted',
    reviewerBlocked: 'The account of this address works on applications: a reviewer cannot be an editor of a dossier.',
    reviewerBlockedWayForward:
      'Sign in, hand these dossiers over or leave them, then follow the invitation’s link again (it still works). You can also ask the organisers for an invitation to another address.',
    emailChanged: (email) => `Your email address is now ${email}.`,
    unverified: 'Your email address is not confirmed yet: confirm it to create or join a dossier.',
    resendVerification: 'Send the confirmation email again',
    verificationResent: (email) => `A confirmation email has been sent to ${email}.`,
    or: 'or',
    proConnectWhat: 'What is ProConnect?',
    newWindow: 'new window',
    proConnectWaiting: 'Carry on signing in in the ProConnect window.',
    proConnectRefusedHeading: 'Signing in with ProConnect did not work',
    notCommune:
      'ProConnect signs in agents of the communes of the Métropole du Grand Paris. The organisation of your ProConnect account is not one of these communes.',
    notCommuneWayForward:
      'If you work for a commune of the Métropole, create an account with your work email address, then ask to represent the commune: the Métropole’s team will check your request.',
    proConnectFailed: 'ProConnect could not identify you. Try again in a moment, or sign in with your email address.',
    createAccount: 'Create an account',
  },
};
