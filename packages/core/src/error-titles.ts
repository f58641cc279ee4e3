import type { LocalizedText } from './i18n.js';
import type { ErrorCode } from './error-statuses.js';

/** The title of each error code in every language: what the platform answers, and what elements show. */
export const ERROR_TITLES = {
  malformed_json: { fr: 'Le corps de la requête n’est pas un JSON valide.', en: 'The request body is not valid JSON.' },
  invalid_request: { fr: 'La requête est mal formée.', en: 'The request is malformed.' },
  unauthenticated: { fr: 'Connectez-vous pour continuer.', en: 'Sign in to continue.' },
  invalid_credentials: { fr: 'Adresse e-mail ou mot de passe incorrect.', en: 'Incorrect e-mail address or password.' },
  forbidden: { fr: 'Vous n’avez pas le droit de faire cette action.', en: 'You are not allowed to do this.' },
  not_found: { fr: 'Ressource introuvable.', en: 'Resource not found.' },
  method_not_allowed: { fr: 'Méthode non autorisée sur cette ressource.', en: 'Method not allowed on this resource.' },
  email_taken: {
    fr: 'Un compte existe déjà avec cette adresse e-mail.',
    en: 'An account already exists with this e-mail address.',
  },
  application_exists: {
    fr: 'Cette commune a déjà un dossier pour cet appel.',
    en: 'This commune already has an application for this call.',
  },
  call_not_open: { fr: 'Les candidatures ne sont pas encore ouvertes.', en: 'Applications are not open yet.' },
  call_closed: { fr: 'La date limite de dépôt est passée.', en: 'The application deadline has passed.' },
  not_editable: { fr: 'Ce dossier ne peut plus être modifié.', en: 'This application can no longer be edited.' },
  invalid_transition: {
    fr: 'Cette action n’est pas possible dans l’état actuel du dossier.',
    en: 'This action is not possible in the application’s current status.',
  },
  role_required: {
    fr: 'Votre rôle sur ce dossier ne permet pas cette action.',
    en: 'Your role on this dossier does not allow this action.',
  },
  email_unverified: {
    fr: 'Confirmez d’abord votre adresse e-mail (lien reçu par e-mail).',
    en: 'Confirm your e-mail address first (link sent by e-mail).',
  },
  commune_not_verified: {
    fr: 'Votre compte n’est pas encore vérifié pour cette commune.',
    en: 'Your account is not verified for this commune yet.',
  },
  organisation_not_commune: {
    fr: 'Votre organisation n’est pas une commune de la Métropole du Grand Paris.',
    en: 'Your organisation is not a commune of the Métropole du Grand Paris.',
  },
  reauthentication_required: {
    fr: 'Confirmez votre identité pour continuer.',
    en: 'Confirm your identity to continue.',
  },
  invitation_other_address: {
    fr: 'Cette invitation a été envoyée à une autre adresse e-mail.',
    en: 'This invitation was sent to another e-mail address.',
  },
  token_invalid: {
    fr: 'Ce lien n’est plus valable (déjà utilisé ou expiré).',
    en: 'This link is no longer valid (already used or expired).',
  },
  claim_exists: {
    fr: 'Vous avez déjà une demande pour cette commune.',
    en: 'You already have a request for this commune.',
  },
  account_holds_dossiers: {
    fr: 'Transmettez d’abord les dossiers déposés dont vous êtes propriétaire.',
    en: 'First hand over the submitted dossiers you own.',
  },
  proconnect_unavailable: {
    fr: 'La connexion avec ProConnect est indisponible pour le moment.',
    en: 'Signing in with ProConnect is unavailable at the moment.',
  },
  conflict_of_interest: {
    fr: 'Vous avez déclaré un conflit d’intérêts sur ce dossier : vous ne l’examinez pas.',
    en: 'You declared a conflict of interest on this dossier: you do not review it.',
  },
  assessment_closed: {
    fr: 'Ce dossier ne s’évalue pas à ce stade de l’examen.',
    en: 'This dossier cannot be assessed at this stage of the review.',
  },
  assessment_submitted: {
    fr: 'Votre évaluation est déjà transmise : elle ne se modifie plus.',
    en: 'Your assessment was already submitted: it can no longer be changed.',
  },
  assessment_incomplete: {
    fr: 'Notez chaque critère avant de transmettre votre évaluation.',
    en: 'Rate every criterion before submitting your assessment.',
  },
  decision_incomplete: {
    fr: 'Cette décision doit dire pourquoi ou quoi modifier.',
    en: 'This decision must say why, or what to change.',
  },
  selection_cap_reached: {
    fr: 'Le nombre maximal de communes sélectionnées pour cet appel est atteint.',
    en: 'The maximum number of selected communes for this call has been reached.',
  },
  advice_closed: {
    fr: 'Un avis se demande sur un dossier en cours de rédaction.',
    en: 'Advice can be asked for on a dossier being written.',
  },
  reviewer_not_found: { fr: 'Aucun examinateur de ce nom.', en: 'No such reviewer.' },
  already_collaborator: {
    fr: 'Cette personne a déjà accès au dossier.',
    en: 'This person already has access to the application.',
  },
  revision_mismatch: {
    fr: 'Le dossier a été modifié entre-temps.',
    en: 'The application was changed in the meantime.',
  },
  headers_too_large: {
    fr: 'Les en-têtes de la requête sont trop volumineux.',
    en: 'The request headers are too large.',
  },
  payload_too_large: { fr: 'La requête est trop volumineuse.', en: 'The request is too large.' },
  unsupported_media_type: { fr: 'Type de contenu non pris en charge.', en: 'Unsupported content type.' },
  validation_failed: { fr: 'Certaines valeurs ne sont pas valides.', en: 'Some values are not valid.' },
  commune_not_eligible: {
    fr: 'Cette commune ne peut pas candidater à cet appel.',
    en: 'This commune cannot apply to this call.',
  },
  incomplete_application: { fr: 'Le dossier est incomplet.', en: 'The application is incomplete.' },
  idempotency_key_reused: {
    fr: 'Cette clé d’idempotence a déjà servi pour une autre requête.',
    en: 'This idempotency key was already used for a different request.',
  },
  precondition_required: {
    fr: 'En-tête If-Match requis : indiquez la révision que vous modifiez.',
    en: 'If-Match header required: give the revision you are changing.',
  },
  rate_limited: { fr: 'Trop de requêtes.', en: 'Too many requests.' },
  document_kind_unknown: {
    fr: 'Ce type de document n’est pas demandé par cet appel.',
    en: 'This kind of document is not requested by this call.',
  },
  document_too_large: {
    fr: 'Ce fichier dépasse la taille maximale autorisée.',
    en: 'This file exceeds the maximum size allowed.',
  },
  document_total_exceeded: {
    fr: 'Le dossier dépasserait la taille totale autorisée pour ses documents.',
    en: 'The application would exceed the total size allowed for its documents.',
  },
  document_limit_reached: {
    fr: 'Le nombre maximal de fichiers pour ce document est atteint.',
    en: 'The maximum number of files for this document has been reached.',
  },
  document_type_not_accepted: {
    fr: 'Ce format de fichier n’est pas accepté pour ce document.',
    en: 'This file format is not accepted for this document.',
  },
  document_content_mismatch: {
    fr: 'Le contenu du fichier ne correspond pas à son nom ou à son type.',
    en: 'The file’s content does not match its name or type.',
  },
  document_rejected: {
    fr: 'Ce fichier a été refusé par l’analyse de sécurité.',
    en: 'This file was refused by the security scan.',
  },
  partner_unknown: {
    fr: 'Indiquez un partenaire déclaré dans le dossier.',
    en: 'Give a partner declared in the application.',
  },
  upload_length_required: {
    fr: 'Indiquez la taille du fichier (Upload-Length) dès la création du téléversement.',
    en: 'Give the file size (Upload-Length) when the upload is created.',
  },
  upload_length_exceeded: {
    fr: 'Les données envoyées dépassent la taille annoncée du fichier.',
    en: 'The data sent exceeds the announced file size.',
  },
  upload_offset_mismatch: {
    fr: 'La position d’envoi ne correspond pas à celle du serveur : reprenez depuis Upload-Offset.',
    en: 'The upload offset does not match the server’s: resume from Upload-Offset.',
  },
  upload_expired: {
    fr: 'Ce téléversement a expiré : recommencez l’envoi du fichier.',
    en: 'This upload has expired: send the file again.',
  },
  upload_locked: {
    fr: 'Ce téléversement est en cours dans une autre requête, réessayez dans un instant.',
    en: 'This upload is busy with another request, try again shortly.',
  },
  tus_resumable_required: { fr: 'En-tête Tus-Resumable: 1.0.0 requis.', en: 'Tus-Resumable: 1.0.0 header required.' },
  tus_extension_unsupported: {
    fr: 'Cette extension du protocole tus n’est pas prise en charge.',
    en: 'This extension of the tus protocol is not supported.',
  },
  internal_error: { fr: 'Erreur interne du serveur.', en: 'Internal server error.' },
} as const satisfies Record<ErrorCode, LocalizedText>;
