import type * as z from 'zod/mini';
import type { SchemaName } from './json-schema.js';
import { ContinueUrl, Credentials, SendMessageRequest } from './schemas/index.js';

/*
 * What readers of the JSON Schema and the OpenAPI document are told about the schemas. Kept apart from
 * the schemas themselves (zod/mini, no `.meta()`): only `jsonSchemas()` needs these words, so a browser
 * page that validates a call or a dossier does not download them.
 */

/** The description of each named schema that has one (its `id` is its name in NAMED_SCHEMAS). */
export const SCHEMA_DESCRIPTIONS: Partial<Record<SchemaName, string>> = {
  Instant: 'An instant, ISO 8601 in UTC, e.g. 2024-01-12T22:59:59Z.',
  LocalizedText: 'A text in French (default) and English.',
  CallDate: 'An exact instant, or a month when only the month is known.',
  Phase: 'A phase of the call (the application phase, then the programme).',
  Criterion: 'A selection criterion of the call.',
  FormField: 'A field of the application form; groups hold the fields of one repeated item.',
  FormSection: 'A section of the application form, in display order.',
  CallDefinition: 'Everything a call for expressions of interest asks and when.',
  Application: 'A dossier: its content and the fields the platform manages.',
  DocumentRef: 'A document attached to a dossier.',
  ApplicationDraftContent:
    'The editable part of a dossier as saved while it is written: incomplete values are accepted.',
  ApplicationContent: 'The editable part of a dossier as it must be at submission: complete and well formed.',
  Message: 'A message between the applicant commune and the organisers.',
  Session:
    'A bearer token and the account it signs in. `expiresAt` is when the token stops working if it is not used: each use moves that moment forward, never past an absolute maximum counted from sign-in (by default 7 days unused, 30 days in all, in the platform’s real time). A change of password or role, or signing out everywhere, ends it sooner.',
  EmailSent:
    'Accepted: an e-mail is on its way to the address given. The same answer whether or not an account uses that address.',
  Lang: 'fr (default) or en.',
  Invitation: 'An invitation to edit a dossier, sent by e-mail; the same whether or not the address has an account.',
  CommuneClaim: 'A request to represent a commune, decided by an organiser.',
  CommuneClaimDecision: 'A refusal says why; the person receives it by e-mail.',
  HistoryEntry: 'One line of a dossier’s history: who did what, when, and why.',
  Problem: 'RFC 9457 problem details (application/problem+json).',
  Reviewer: 'A committee member or partner expert invited by the organisers.',
  Assignment: 'A reviewer assigned to a dossier by the organisers.',
  Assessment: 'One reviewer’s ratings and comments per criterion.',
  Synthesis: 'The committee’s synthesis of a dossier, written by organisers.',
  Annotation: 'A private note of the organisers on a dossier; never shown to applicants.',
  BoardRow: 'One dossier on the organisers’ board.',
  Board: 'The dossiers of a call for organisers (all) or a reviewer (those assigned, without a conflict).',
  Receipt: 'The « récépissé de dépôt » issued at each submission.',
  AdviceRequest: 'A commune asks the organisers for advice on its draft.',
  SectionComment: 'An organiser’s advice on one section of a draft, shown beside it.',
  Notification: 'An event also sent by e-mail, shown in the components.',
  AgreementRequest: 'Organisers record the date the laureate signed its agreement.',
};

/** What unnamed parts say wherever they appear (they are written out in place, not referenced). */
export const partMetadata = (): Array<[z.core.$ZodType, z.core.GlobalMeta]> => [
  [
    ContinueUrl,
    {
      description:
        'The page the e-mail’s link opens (on an allowed origin); `<qmi-session>` on that page completes the action. Default: the platform’s page.',
    },
  ],
  [
    Credentials.shape.password,
    {
      description:
        'At sign-up the platform also refuses a password that is easy to guess, has control characters or is the e-mail (422 field errors password_too_weak, password_control_characters, password_is_email).',
    },
  ],
  // The schema has no min(1) (a blank body gets no_visible_text), but API readers should know it may not be empty.
  [SendMessageRequest.shape.body, { minLength: 1 }],
];
