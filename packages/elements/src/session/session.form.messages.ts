import { type LazyTranslations, lazyTranslations, stringsIn } from '../i18n/translate.js';
import type { Lang } from '@qmi/core';
import type { SessionMessages } from './session.messages.js';

/** The strings of the sign-in forms (the page's and the sign-in-again dialog's): they come with the forms' chunk. */
export interface FormMessages {
  signInHeading: string;
  signUpHeading: string;
  email: string;
  password: string;
  /** The rule sign-up enforces (the API's `Credentials` schema), stated before anyone breaks it. */
  passwordRule: string;
  signIn: string;
  signingIn: string;
  signUp: string;
  signingUp: string;
  toSignUpPrompt: string;
  toSignUp: string;
  toSignInPrompt: string;
  toSignIn: string;
  summaryTitle: string;
  /** Read before each field error, so a screen reader user hears that it is one. */
  errorPrefix: string;
  /** Announced when the sign-in-again dialog has closed, signed in. */
  reauthAnnounce: string;
  reauthHeading: string;
  reauthIntro: string;
  reauthSubmit: string;
  cancel: string;
  /** "Mot de passe oublié ?": the link under the sign-in form, and the form that asks for the address. */
  forgotLink: string;
  forgotHeading: string;
  forgotIntro: string;
  forgotSubmit: string;
  forgotSending: string;
  /** Choosing a new password from the e-mail's link. */
  newPasswordHeading: string;
  newPassword: string;
  newPasswordSubmit: string;
  newPasswordSaving: string;
  /** Announced once the new password is saved and the person signed in with it. */
  passwordChangedAnnounce: (email: string) => string;
  /** The selection committee's invitation, for an address without an account: it chooses its password. */
  reviewerHeading: string;
  reviewerIntro: string;
  reviewerSubmit: string;
  reviewerAccepting: string;
  errors: {
    emailRequired: string;
    emailInvalid: string;
    emailTooLong: string;
    passwordRequired: string;
    newPasswordRequired: string;
    passwordTooShort: string;
    passwordTooLong: string;
    /** Says neither which of the two is wrong nor whether the account exists. */
    invalidCredentials: string;
    emailTaken: string;
    rateLimited: string;
    /** Throttled, with when to try again ("dans 1 minute"). */
    rateLimitedUntil: (when: string) => string;
  };
}

/** The shell's strings and the forms': what the forms' templates and refusals read. */
export type FormWords = Omit<SessionMessages, 'errors'> &
  Omit<FormMessages, 'errors'> & { errors: SessionMessages['errors'] & FormMessages['errors'] };

// French typography: a no-break space before « : », « ? » and « ; ».
const nb = '\u00a0';

export const formMessages: LazyTranslations<FormMessages> = lazyTranslations<FormMessages>(
  {
    signInHeading: 'Se connecter',
    signUpHeading: 'Créer un compte',
    email: 'Adresse e-mail',
    password: 'Mot de passe',
    passwordRule: 'Au moins 10 caractères. Une phrase de quelques mots est plus facile à retenir.',
    signIn: 'Se connecter',
    signingIn: 'Connexion en cours…',
    signUp: 'Créer mon compte',
    signingUp: 'Création du compte en cours…',
    toSignUpPrompt: `Pas encore de compte${nb}?`,
    toSignUp: 'Créer un compte',
    toSignInPrompt: `Vous avez déjà un compte${nb}?`,
    toSignIn: 'Se connecter',
    summaryTitle: 'Il y a un problème',
    errorPrefix: `Erreur${nb}:`,
    reauthAnnounce: `Reconnexion réussie${nb}: vous pouvez reprendre où vous en étiez.`,
    reauthHeading: 'Reconnectez-vous pour continuer',
    reauthIntro: 'Votre session a expiré. Saisissez votre mot de passe pour reprendre là où vous en étiez.',
    reauthSubmit: 'Se reconnecter',
    cancel: 'Annuler',
    forgotLink: `Mot de passe oublié${nb}?`,
    forgotHeading: 'Réinitialiser votre mot de passe',
    forgotIntro:
      'Saisissez l’adresse e-mail de votre compte. Si un compte utilise cette adresse, vous recevrez un lien pour choisir un nouveau mot de passe.',
    forgotSubmit: 'Recevoir le lien',
    forgotSending: 'Envoi en cours…',
    newPasswordHeading: 'Choisir un nouveau mot de passe',
    newPassword: 'Nouveau mot de passe',
    newPasswordSubmit: 'Enregistrer le mot de passe',
    newPasswordSaving: 'Enregistrement en cours…',
    passwordChangedAnnounce: (email) =>
      `Mot de passe modifié. Vous êtes connecté avec le compte ${email}${nb}; vos autres appareils ont été déconnectés.`,
    reviewerHeading: 'Accepter l’invitation à examiner des dossiers',
    reviewerIntro:
      'Les organisateurs vous invitent au comité de sélection. Pour créer votre compte d’examinateur, choisissez le mot de passe avec lequel vous vous connecterez, avec l’adresse e-mail qui a reçu l’invitation.',
    reviewerSubmit: 'Accepter et me connecter',
    reviewerAccepting: 'Acceptation en cours…',
    errors: {
      emailRequired: 'Saisissez votre adresse e-mail',
      emailInvalid: 'Saisissez une adresse e-mail valide, par exemple nom@mairie.fr',
      emailTooLong: 'L’adresse e-mail doit contenir 254 caractères au maximum',
      passwordRequired: 'Saisissez votre mot de passe',
      newPasswordRequired: 'Choisissez un mot de passe',
      passwordTooShort: 'Le mot de passe doit contenir au moins 10 caractères',
      passwordTooLong: 'Le mot de passe doit contenir 200 caractères au maximum',
      invalidCredentials: 'L’adresse e-mail ou le mot de passe est incorrect',
      emailTaken: `Un compte existe déjà avec cette adresse e-mail${nb}: connectez-vous, ou saisissez une autre adresse`,
      rateLimited: 'Trop de tentatives. Patientez quelques minutes, puis réessayez',
      rateLimitedUntil: (when) => `Trop de tentatives. Réessayez ${when}.`,
    },
  },
  { en: () => import('./session.form.messages.en.js').then((module) => module.default) },
);

/** The forms' words in `lang`, with the shell's. */
export const formWords = (t: SessionMessages, lang: Lang): FormWords => {
  const own = stringsIn(formMessages, lang);
  return { ...t, ...own, errors: { ...t.errors, ...own.errors } };
};
