import type { Lang } from '@qmi/core';
import { actionLink, isAllowedPage } from '../http/action-links.js';
import type { Deps } from '../http/env.js';
import type { OutgoingMail } from '../store/outbox.js';
import { composeMail } from './compose.js';

/** Who a mail goes to: an account's address and language, or an address alone (a new address). */
interface Recipient {
  email: string;
  lang: Lang;
  id?: string | undefined;
}

/** Sign-up with a new address, or a resend: the link that verifies it (48 hours). */
export const verifyEmailMail = (deps: Deps, to: Recipient, token: string, continueUrl?: string): OutgoingMail =>
  composeMail({
    purpose: 'verify_email',
    to: to.email,
    lang: to.lang,
    accountId: to.id,
    subject: { fr: 'Confirmez votre adresse e-mail', en: 'Confirm your e-mail address' },
    paragraphs: {
      fr: [
        'Bonjour,',
        'Un compte a été créé avec cette adresse sur la plateforme de candidature des Quartiers Métropolitains d’Innovation. Confirmez votre adresse pour pouvoir créer ou rejoindre le dossier de votre commune.',
      ],
      en: [
        'Hello,',
        'An account was created with this address on the Quartiers Métropolitains d’Innovation application platform. Confirm your address to create or join your commune’s dossier.',
      ],
    },
    action: {
      label: { fr: 'Confirmer mon adresse', en: 'Confirm my address' },
      url: actionLink(deps, 'verify-email', token, continueUrl),
    },
    footnote: {
      fr: 'Ce lien fonctionne une fois, pendant 48 heures. Si vous n’avez pas créé de compte, ignorez ce message.',
      en: 'This link works once, for 48 hours. If you did not create an account, ignore this message.',
    },
  });

/** Sign-up with an address that already has a verified account: no token, the way back in instead. */
export const accountExistsMail = (deps: Deps, to: Recipient, continueUrl?: string): OutgoingMail =>
  composeMail({
    purpose: 'account_exists',
    to: to.email,
    lang: to.lang,
    accountId: to.id,
    subject: { fr: 'Vous avez déjà un compte', en: 'You already have an account' },
    paragraphs: {
      fr: [
        'Bonjour,',
        'Quelqu’un a essayé de créer un compte avec votre adresse, qui en a déjà un. Si c’était vous, connectez-vous, ou réinitialisez votre mot de passe si vous l’avez oublié. Sinon, ignorez ce message : votre compte n’a pas changé.',
      ],
      en: [
        'Hello,',
        'Someone tried to create an account with your address, which already has one. If it was you, sign in, or reset your password if you forgot it. Otherwise, ignore this message: your account has not changed.',
      ],
    },
    action: {
      label: { fr: 'Se connecter', en: 'Sign in' },
      url: continuePage(deps, continueUrl),
    },
  });

/** A password reset asked for: the link (30 minutes, once; the latest one only). */
export const passwordResetMail = (deps: Deps, to: Recipient, token: string, continueUrl?: string): OutgoingMail =>
  composeMail({
    purpose: 'password_reset',
    to: to.email,
    lang: to.lang,
    accountId: to.id,
    subject: { fr: 'Réinitialisez votre mot de passe', en: 'Reset your password' },
    paragraphs: {
      fr: ['Bonjour,', 'Une réinitialisation du mot de passe de votre compte a été demandée.'],
      en: ['Hello,', 'A reset of your account’s password was asked for.'],
    },
    action: {
      label: { fr: 'Choisir un nouveau mot de passe', en: 'Choose a new password' },
      url: actionLink(deps, 'reset-password', token, continueUrl),
    },
    footnote: {
      fr: 'Ce lien fonctionne une fois, pendant 30 minutes ; seul le dernier envoyé fonctionne. Si vous n’avez rien demandé, ignorez ce message : votre mot de passe ne change pas.',
      en: 'This link works once, for 30 minutes; only the latest one sent works. If you asked for nothing, ignore this message: your password does not change.',
    },
  });

/** After a reset or a change: the person learns of it, and what to do if it was not them. */
export const passwordChangedMail = (deps: Deps, to: Recipient): OutgoingMail =>
  composeMail({
    purpose: 'password_changed',
    to: to.email,
    lang: to.lang,
    accountId: to.id,
    subject: { fr: 'Votre mot de passe a été modifié', en: 'Your password was changed' },
    paragraphs: {
      fr: [
        'Bonjour,',
        'Le mot de passe de votre compte vient d’être modifié, et vos autres sessions ont été fermées.',
        'Si ce n’était pas vous, réinitialisez votre mot de passe tout de suite et prévenez l’équipe de la plateforme.',
      ],
      en: [
        'Hello,',
        'Your account’s password was just changed, and your other sessions were ended.',
        'If it was not you, reset your password at once and tell the platform’s team.',
      ],
    },
    action: { label: { fr: 'Aller sur la plateforme', en: 'Go to the platform' }, url: continuePage(deps) },
  });

/** A change of address: the link goes to the NEW address (24 hours), which it verifies. */
export const emailChangeMail = (deps: Deps, to: Recipient, token: string, continueUrl?: string): OutgoingMail =>
  composeMail({
    purpose: 'email_change',
    to: to.email,
    lang: to.lang,
    accountId: to.id,
    subject: { fr: 'Confirmez votre nouvelle adresse e-mail', en: 'Confirm your new e-mail address' },
    paragraphs: {
      fr: ['Bonjour,', 'Vous avez demandé à utiliser cette adresse pour votre compte. Confirmez-la pour terminer.'],
      en: ['Hello,', 'You asked to use this address for your account. Confirm it to finish.'],
    },
    action: {
      label: { fr: 'Confirmer cette adresse', en: 'Confirm this address' },
      url: actionLink(deps, 'confirm-email-change', token, continueUrl),
    },
    footnote: {
      fr: 'Ce lien fonctionne une fois, pendant 24 heures. Si vous n’avez rien demandé, ignorez ce message.',
      en: 'This link works once, for 24 hours. If you asked for nothing, ignore this message.',
    },
  });

/** Told to the current address when a change is asked for: a stolen session cannot move the account silently. */
export const emailChangeNoticeMail = (deps: Deps, to: Recipient, newEmail: string): OutgoingMail =>
  composeMail({
    purpose: 'email_change_notice',
    to: to.email,
    lang: to.lang,
    accountId: to.id,
    subject: { fr: 'Changement d’adresse e-mail demandé', en: 'Change of e-mail address asked for' },
    paragraphs: {
      fr: [
        'Bonjour,',
        `Un changement de l’adresse de votre compte vers ${newEmail} a été demandé. Il prendra effet quand le lien envoyé à cette adresse sera suivi.`,
        'Si ce n’était pas vous, changez votre mot de passe et prévenez l’équipe de la plateforme.',
      ],
      en: [
        'Hello,',
        `A change of your account’s address to ${newEmail} was asked for. It takes effect when the link sent to that address is followed.`,
        'If it was not you, change your password and tell the platform’s team.',
      ],
    },
  });

/** Asked to move another account to this (taken) address: its owner is told instead of the requester. */
export const emailTakenNoticeMail = (deps: Deps, to: Recipient): OutgoingMail =>
  composeMail({
    purpose: 'email_change_taken',
    to: to.email,
    lang: to.lang,
    accountId: to.id,
    subject: {
      fr: 'Votre adresse a été proposée pour un autre compte',
      en: 'Your address was given for another account',
    },
    paragraphs: {
      fr: [
        'Bonjour,',
        'Quelqu’un a demandé à utiliser votre adresse pour un autre compte de la plateforme. Votre compte a déjà cette adresse : rien n’a changé. Si vous avez plusieurs comptes, connectez-vous à celui-ci.',
      ],
      en: [
        'Hello,',
        'Someone asked to use your address for another account of the platform. Your account already has this address: nothing changed. If you have several accounts, sign in to this one.',
      ],
    },
    action: { label: { fr: 'Se connecter', en: 'Sign in' }, url: continuePage(deps) },
  });

/** Sent to the former address once the account is erased (GDPR art. 17): what was kept, and why. */
export const accountDeletedMail = (to: Recipient): OutgoingMail =>
  composeMail({
    purpose: 'account_deleted',
    to: to.email,
    lang: to.lang,
    subject: { fr: 'Votre compte a été supprimé', en: 'Your account was deleted' },
    paragraphs: {
      fr: [
        'Bonjour,',
        'Votre compte a été supprimé. Vos données personnelles ont été effacées ; les messages que vous avez écrits dans des dossiers restent, signés d’un compte supprimé.',
      ],
      en: [
        'Hello,',
        'Your account was deleted. Your personal data was erased; the messages you wrote in dossiers remain, signed by a deleted account.',
      ],
    },
  });

/** A page to go to without a token: the one given if its origin is allowed (as for action links), else the platform's. */
const continuePage = (deps: Deps, continueUrl?: string): string =>
  continueUrl && isAllowedPage(deps, continueUrl) ? continueUrl : `${deps.publicUrl ?? ''}/`;
