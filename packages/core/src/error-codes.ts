import type { LocalizedText } from './i18n.js';
import type { Lang } from './lang.js';
import type { FieldError } from './schemas/problem.js';

/**
 * The stable error codes of the platform API. A code never changes meaning; clients branch on it,
 * people read the localised title.
 */
export const ERROR_CODES = {
  malformed_json: {
    status: 400,
    title: { fr: 'Le corps de la requête n’est pas un JSON valide.', en: 'The request body is not valid JSON.' },
  },
  invalid_request: { status: 400, title: { fr: 'La requête est mal formée.', en: 'The request is malformed.' } },
  unauthenticated: { status: 401, title: { fr: 'Connectez-vous pour continuer.', en: 'Sign in to continue.' } },
  invalid_credentials: {
    status: 401,
    title: { fr: 'Adresse e-mail ou mot de passe incorrect.', en: 'Incorrect e-mail address or password.' },
  },
  forbidden: {
    status: 403,
    title: { fr: 'Vous n’avez pas le droit de faire cette action.', en: 'You are not allowed to do this.' },
  },
  not_found: { status: 404, title: { fr: 'Ressource introuvable.', en: 'Resource not found.' } },
  method_not_allowed: {
    status: 405,
    title: { fr: 'Méthode non autorisée sur cette ressource.', en: 'Method not allowed on this resource.' },
  },
  email_taken: {
    status: 409,
    title: {
      fr: 'Un compte existe déjà avec cette adresse e-mail.',
      en: 'An account already exists with this e-mail address.',
    },
  },
  application_exists: {
    status: 409,
    title: {
      fr: 'Cette commune a déjà un dossier pour cet appel.',
      en: 'This commune already has an application for this call.',
    },
  },
  call_not_open: {
    status: 409,
    title: { fr: 'Les candidatures ne sont pas encore ouvertes.', en: 'Applications are not open yet.' },
  },
  call_closed: {
    status: 409,
    title: { fr: 'La date limite de dépôt est passée.', en: 'The application deadline has passed.' },
  },
  not_editable: {
    status: 409,
    title: { fr: 'Ce dossier ne peut plus être modifié.', en: 'This application can no longer be edited.' },
  },
  invalid_transition: {
    status: 409,
    title: {
      fr: 'Cette action n’est pas possible dans l’état actuel du dossier.',
      en: 'This action is not possible in the application’s current status.',
    },
  },
  role_required: {
    status: 403,
    title: {
      fr: 'Votre rôle sur ce dossier ne permet pas cette action.',
      en: 'Your role on this dossier does not allow this action.',
    },
  },
  email_unverified: {
    status: 403,
    title: {
      fr: 'Confirmez d’abord votre adresse e-mail (lien reçu par e-mail).',
      en: 'Confirm your e-mail address first (link sent by e-mail).',
    },
  },
  commune_not_verified: {
    status: 403,
    title: {
      fr: 'Votre compte n’est pas encore vérifié pour cette commune.',
      en: 'Your account is not verified for this commune yet.',
    },
  },
  organisation_not_commune: {
    status: 403,
    title: {
      fr: 'Votre organisation n’est pas une commune de la Métropole du Grand Paris.',
      en: 'Your organisation is not a commune of the Métropole du Grand Paris.',
    },
  },
  reauthentication_required: {
    status: 403,
    title: {
      fr: 'Confirmez votre identité pour continuer.',
      en: 'Confirm your identity to continue.',
    },
  },
  invitation_other_address: {
    status: 403,
    title: {
      fr: 'Cette invitation a été envoyée à une autre adresse e-mail.',
      en: 'This invitation was sent to another e-mail address.',
    },
  },
  token_invalid: {
    status: 410,
    title: {
      fr: 'Ce lien n’est plus valable (déjà utilisé ou expiré).',
      en: 'This link is no longer valid (already used or expired).',
    },
  },
  claim_exists: {
    status: 409,
    title: {
      fr: 'Vous avez déjà une demande pour cette commune.',
      en: 'You already have a request for this commune.',
    },
  },
  account_holds_dossiers: {
    status: 409,
    title: {
      fr: 'Transmettez d’abord les dossiers déposés dont vous êtes propriétaire.',
      en: 'First hand over the submitted dossiers you own.',
    },
  },
  proconnect_unavailable: {
    status: 503,
    title: {
      fr: 'La connexion avec ProConnect est indisponible pour le moment.',
      en: 'Signing in with ProConnect is unavailable at the moment.',
    },
  },
  conflict_of_interest: {
    status: 403,
    title: {
      fr: 'Vous avez déclaré un conflit d’intérêts sur ce dossier : vous ne l’examinez pas.',
      en: 'You declared a conflict of interest on this dossier: you do not review it.',
    },
  },
  assessment_closed: {
    status: 409,
    title: {
      fr: 'Ce dossier ne s’évalue pas à ce stade de l’examen.',
      en: 'This dossier cannot be assessed at this stage of the review.',
    },
  },
  assessment_submitted: {
    status: 409,
    title: {
      fr: 'Votre évaluation est déjà transmise : elle ne se modifie plus.',
      en: 'Your assessment was already submitted: it can no longer be changed.',
    },
  },
  assessment_incomplete: {
    status: 422,
    title: {
      fr: 'Notez chaque critère avant de transmettre votre évaluation.',
      en: 'Rate every criterion before submitting your assessment.',
    },
  },
  decision_incomplete: {
    status: 422,
    title: {
      fr: 'Cette décision doit dire pourquoi ou quoi modifier.',
      en: 'This decision must say why, or what to change.',
    },
  },
  selection_cap_reached: {
    status: 409,
    title: {
      fr: 'Le nombre maximal de communes sélectionnées pour cet appel est atteint.',
      en: 'The maximum number of selected communes for this call has been reached.',
    },
  },
  advice_closed: {
    status: 409,
    title: {
      fr: 'Un avis se demande sur un dossier en cours de rédaction.',
      en: 'Advice can be asked for on a dossier being written.',
    },
  },
  reviewer_not_found: {
    status: 404,
    title: { fr: 'Aucun examinateur de ce nom.', en: 'No such reviewer.' },
  },
  already_collaborator: {
    status: 409,
    title: { fr: 'Cette personne a déjà accès au dossier.', en: 'This person already has access to the application.' },
  },
  revision_mismatch: {
    status: 412,
    title: { fr: 'Le dossier a été modifié entre-temps.', en: 'The application was changed in the meantime.' },
  },
  headers_too_large: {
    status: 431,
    title: { fr: 'Les en-têtes de la requête sont trop volumineux.', en: 'The request headers are too large.' },
  },
  payload_too_large: {
    status: 413,
    title: { fr: 'La requête est trop volumineuse.', en: 'The request is too large.' },
  },
  unsupported_media_type: {
    status: 415,
    title: { fr: 'Type de contenu non pris en charge.', en: 'Unsupported content type.' },
  },
  validation_failed: {
    status: 422,
    title: { fr: 'Certaines valeurs ne sont pas valides.', en: 'Some values are not valid.' },
  },
  commune_not_eligible: {
    status: 422,
    title: { fr: 'Cette commune ne peut pas candidater à cet appel.', en: 'This commune cannot apply to this call.' },
  },
  incomplete_application: {
    status: 422,
    title: { fr: 'Le dossier est incomplet.', en: 'The application is incomplete.' },
  },
  idempotency_key_reused: {
    status: 422,
    title: {
      fr: 'Cette clé d’idempotence a déjà servi pour une autre requête.',
      en: 'This idempotency key was already used for a different request.',
    },
  },
  precondition_required: {
    status: 428,
    title: {
      fr: 'En-tête If-Match requis : indiquez la révision que vous modifiez.',
      en: 'If-Match header required: give the revision you are changing.',
    },
  },
  rate_limited: {
    status: 429,
    title: { fr: 'Trop de requêtes.', en: 'Too many requests.' },
  },
  // Documents and uploads (tus). A refused file is answered with one of these, never with a bare tus text.
  document_kind_unknown: {
    status: 422,
    title: {
      fr: 'Ce type de document n’est pas demandé par cet appel.',
      en: 'This kind of document is not requested by this call.',
    },
  },
  document_too_large: {
    status: 413,
    title: {
      fr: 'Ce fichier dépasse la taille maximale autorisée.',
      en: 'This file exceeds the maximum size allowed.',
    },
  },
  document_total_exceeded: {
    status: 413,
    title: {
      fr: 'Le dossier dépasserait la taille totale autorisée pour ses documents.',
      en: 'The application would exceed the total size allowed for its documents.',
    },
  },
  document_limit_reached: {
    status: 409,
    title: {
      fr: 'Le nombre maximal de fichiers pour ce document est atteint.',
      en: 'The maximum number of files for this document has been reached.',
    },
  },
  document_type_not_accepted: {
    status: 415,
    title: {
      fr: 'Ce format de fichier n’est pas accepté pour ce document.',
      en: 'This file format is not accepted for this document.',
    },
  },
  document_content_mismatch: {
    status: 415,
    title: {
      fr: 'Le contenu du fichier ne correspond pas à son nom ou à son type.',
      en: 'The file’s content does not match its name or type.',
    },
  },
  document_rejected: {
    status: 422,
    title: {
      fr: 'Ce fichier a été refusé par l’analyse de sécurité.',
      en: 'This file was refused by the security scan.',
    },
  },
  partner_unknown: {
    status: 422,
    title: { fr: 'Indiquez un partenaire déclaré dans le dossier.', en: 'Give a partner declared in the application.' },
  },
  upload_length_required: {
    status: 400,
    title: {
      fr: 'Indiquez la taille du fichier (Upload-Length) dès la création du téléversement.',
      en: 'Give the file size (Upload-Length) when the upload is created.',
    },
  },
  upload_length_exceeded: {
    status: 413,
    title: {
      fr: 'Les données envoyées dépassent la taille annoncée du fichier.',
      en: 'The data sent exceeds the announced file size.',
    },
  },
  upload_offset_mismatch: {
    status: 409,
    title: {
      fr: 'La position d’envoi ne correspond pas à celle du serveur : reprenez depuis Upload-Offset.',
      en: 'The upload offset does not match the server’s: resume from Upload-Offset.',
    },
  },
  upload_expired: {
    status: 410,
    title: {
      fr: 'Ce téléversement a expiré : recommencez l’envoi du fichier.',
      en: 'This upload has expired: send the file again.',
    },
  },
  upload_locked: {
    status: 423,
    title: {
      fr: 'Ce téléversement est en cours dans une autre requête, réessayez dans un instant.',
      en: 'This upload is busy with another request, try again shortly.',
    },
  },
  tus_resumable_required: {
    status: 412,
    title: { fr: 'En-tête Tus-Resumable: 1.0.0 requis.', en: 'Tus-Resumable: 1.0.0 header required.' },
  },
  tus_extension_unsupported: {
    status: 501,
    title: {
      fr: 'Cette extension du protocole tus n’est pas prise en charge.',
      en: 'This extension of the tus protocol is not supported.',
    },
  },
  internal_error: { status: 500, title: { fr: 'Erreur interne du serveur.', en: 'Internal server error.' } },
} as const satisfies Record<string, { status: number; title: LocalizedText }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The problem `type` URI of a code (RFC 9457 section 3.1.1): a stable identifier, resolvable in the API reference. */
export const problemType = (code: string): string => `/docs#problem-${code}`;

/** What a problem adds to its code's standard members. */
export interface ProblemOptions {
  detail?: string | undefined;
  errors?: FieldError[] | undefined;
  /** Extension members (RFC 9457 section 3.2), such as the current dossier of a 412. */
  extra?: Record<string, unknown> | undefined;
}

/**
 * The RFC 9457 problem+json body of a code, in a language: what the platform answers, and what
 * anything standing in for it (the Storybook's in-page platform) answers too.
 */
export function problemBody(
  code: ErrorCode,
  lang: Lang,
  instance: string,
  requestId: string,
  options: ProblemOptions = {},
) {
  const { status, title } = ERROR_CODES[code];
  // Extension members first: they may add to the problem, never replace its standard members.
  return {
    ...options.extra,
    type: problemType(code),
    title: title[lang],
    status,
    ...(options.detail ? { detail: options.detail } : {}),
    instance,
    code,
    requestId,
    ...(options.errors ? { errors: options.errors } : {}),
  };
}
