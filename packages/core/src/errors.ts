import type { LocalizedText } from './i18n.js';

/**
 * The stable error codes of the platform API. A code never changes meaning; clients branch on it,
 * people read the localised title.
 */
export const ERROR_CODES = {
  malformed_json: { status: 400, title: { fr: 'Le corps de la requête n’est pas un JSON valide.', en: 'The request body is not valid JSON.' } },
  invalid_request: { status: 400, title: { fr: 'La requête est mal formée.', en: 'The request is malformed.' } },
  unauthenticated: { status: 401, title: { fr: 'Connectez-vous pour continuer.', en: 'Sign in to continue.' } },
  invalid_credentials: { status: 401, title: { fr: 'Adresse e-mail ou mot de passe incorrect.', en: 'Incorrect e-mail address or password.' } },
  forbidden: { status: 403, title: { fr: 'Vous n’avez pas le droit de faire cette action.', en: 'You are not allowed to do this.' } },
  not_found: { status: 404, title: { fr: 'Ressource introuvable.', en: 'Resource not found.' } },
  method_not_allowed: { status: 405, title: { fr: 'Méthode non autorisée sur cette ressource.', en: 'Method not allowed on this resource.' } },
  email_taken: { status: 409, title: { fr: 'Un compte existe déjà avec cette adresse e-mail.', en: 'An account already exists with this e-mail address.' } },
  application_exists: { status: 409, title: { fr: 'Cette commune a déjà un dossier pour cet appel.', en: 'This commune already has an application for this call.' } },
  call_not_open: { status: 409, title: { fr: 'Les candidatures ne sont pas encore ouvertes.', en: 'Applications are not open yet.' } },
  call_closed: { status: 409, title: { fr: 'La date limite de dépôt est passée.', en: 'The application deadline has passed.' } },
  not_editable: { status: 409, title: { fr: 'Ce dossier ne peut plus être modifié.', en: 'This application can no longer be edited.' } },
  invalid_transition: { status: 409, title: { fr: 'Cette action n’est pas possible dans l’état actuel du dossier.', en: 'This action is not possible in the application’s current status.' } },
  already_collaborator: { status: 409, title: { fr: 'Cette personne a déjà accès au dossier.', en: 'This person already has access to the application.' } },
  revision_mismatch: { status: 412, title: { fr: 'Le dossier a été modifié entre-temps.', en: 'The application was changed in the meantime.' } },
  payload_too_large: { status: 413, title: { fr: 'La requête est trop volumineuse.', en: 'The request is too large.' } },
  unsupported_media_type: { status: 415, title: { fr: 'Type de contenu non pris en charge.', en: 'Unsupported content type.' } },
  validation_failed: { status: 422, title: { fr: 'Certaines valeurs ne sont pas valides.', en: 'Some values are not valid.' } },
  commune_not_eligible: { status: 422, title: { fr: 'Cette commune ne peut pas candidater à cet appel.', en: 'This commune cannot apply to this call.' } },
  incomplete_application: { status: 422, title: { fr: 'Le dossier est incomplet.', en: 'The application is incomplete.' } },
  account_not_found: { status: 422, title: { fr: 'Aucun compte n’existe avec cette adresse e-mail.', en: 'No account exists with this e-mail address.' } },
  idempotency_key_reused: { status: 422, title: { fr: 'Cette clé d’idempotence a déjà servi pour une autre requête.', en: 'This idempotency key was already used for a different request.' } },
  precondition_required: { status: 428, title: { fr: 'En-tête If-Match requis : indiquez la révision que vous modifiez.', en: 'If-Match header required: give the revision you are changing.' } },
  rate_limited: { status: 429, title: { fr: 'Trop de requêtes, réessayez dans un instant.', en: 'Too many requests, try again shortly.' } },
  internal_error: { status: 500, title: { fr: 'Erreur interne du serveur.', en: 'Internal server error.' } },
} as const satisfies Record<string, { status: number; title: LocalizedText }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The problem `type` URI of a code (RFC 9457 section 3.1.1): a stable identifier, resolvable in the API reference. */
export const problemType = (code: string): string => `/docs#problem-${code}`;
