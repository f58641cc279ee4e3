import * as z from 'zod/mini';
import { INSEE_CODE, PHONE } from '../formats.js';
import type { MergePatch } from '../merge-patch.js';
import { Instant } from '../time.js';
import { ApplicationStatus } from './lifecycle.js';
import { visibleText } from './visible-text.js';

/**
 * The dossier is written over weeks: a draft must accept what an agent has typed so far
 * (empty fields, a half-typed e-mail), while a submitted dossier must be complete and well formed.
 * All three shapes come from one definition:
 * - `draft`: what a save accepts; every leaf optional, unknown keys refused (a typo must not vanish);
 * - `complete`: what a submission needs;
 * - `read`: what a client accepts from the server; like draft but tolerant of fields added later.
 */
type Mode = 'draft' | 'complete' | 'read';

/** A commune's INSEE code (5 characters, Corsica's 2A and 2B included; see `INSEE_CODE`). */
export const InseeCode = z.string().check(z.regex(INSEE_CODE));

const PARTNER_TYPES = [
  'social_landlord',
  'association',
  'collective',
  'facility_operator',
  'school',
  'company',
  'public_body',
  'other',
] as const;
/**
 * The kinds of partner a dossier may list (a partner's `type`): social landlord, association, collective,
 * facility operator, school, company, public body or other.
 */
export const PartnerType = z.enum(PARTNER_TYPES);
export type PartnerType = z.infer<typeof PartnerType>;

const ItemId = z.string().check(z.minLength(1), z.maxLength(64));

function build<M extends Mode>(mode: M) {
  const strict = mode === 'complete';
  // Typed as a plain object in all modes; at run time a draft refuses unknown keys.
  const obj = <T extends z.core.$ZodLooseShape>(shape: T) =>
    mode === 'draft' ? (z.strictObject(shape) as unknown as ReturnType<typeof z.object<T>>) : z.object(shape);
  /** Free text, required and bounded when complete. */
  const text = (max: number) =>
    strict
      ? visibleText(z.string().check(z.trim(), z.minLength(1, { abort: true }), z.maxLength(max)))
      : z.string().check(z.maxLength(max));
  const email = () => (strict ? z.email() : z.string().check(z.maxLength(254)));
  const phone = () => (strict ? z.string().check(z.regex(PHONE)) : z.string().check(z.maxLength(40)));
  // Conditional return types keep `ApplicationContent` (required fields) apart from the draft type (all optional).
  type Req<T extends z.core.SomeType> = M extends 'complete' ? T : z.ZodMiniOptional<T>;
  const req = <T extends z.core.SomeType>(schema: T): Req<T> => (strict ? schema : z.optional(schema)) as Req<T>;
  const list = <T extends z.core.SomeType>(item: T, min: number, max: number): Req<z.ZodMiniArray<T>> =>
    (strict
      ? z.array(item).check(z.minLength(min), z.maxLength(max))
      : z.optional(z.array(item).check(z.maxLength(max)))) as Req<z.ZodMiniArray<T>>;

  const Person = obj({
    firstName: req(text(100)),
    lastName: req(text(100)),
    role: req(text(200)),
    email: req(email()),
    phone: z.optional(phone()),
  });
  const Expert = z.extend(Person, { id: ItemId, domain: req(text(200)) });

  const Sector = obj({
    id: ItemId,
    name: req(text(200)),
    description: req(text(5000)),
    /** The sector retained becomes the preferred perimeter: the "quartier d'innovation". */
    preferred: z.optional(z.boolean()),
  });

  const Partner = obj({
    id: ItemId,
    name: req(text(200)),
    type: req(PartnerType),
    contact: req(obj({ name: req(text(200)), email: req(email()), phone: z.optional(phone()) })),
    role: z.optional(z.string().check(z.maxLength(2000))),
    /** The partner sends a support letter (a "partner support" document tied to it). */
    supportLetter: z.optional(z.boolean()),
  });

  return obj({
    applicant: req(
      obj({
        department: req(text(200)),
        contact: req(Person),
      }),
    ),
    challenge: req(
      obj({
        title: req(text(200)),
        description: req(text(8000)),
      }),
    ),
    sectors: list(Sector, 1, 5),
    policyCoherence: req(obj({ text: req(text(8000)) })),
    resources: req(
      obj({
        publicSpace: req(text(4000)),
        technicalServices: req(text(4000)),
        partnerActors: req(text(4000)),
        other: z.optional(z.string().check(z.maxLength(4000))),
      }),
    ),
    team: req(
      obj({
        electedOfficial: req(Person),
        agent: req(Person),
        communication: z.optional(Person),
        experts: z.optional(z.array(Expert).check(z.maxLength(20))),
        availability: req(text(4000)),
      }),
    ),
    partners: list(Partner, 1, 30),
    motivations: req(obj({ text: req(text(8000)) })),
    acknowledgements: req(
      obj({
        commitments: req(strict ? z.literal(true) : z.boolean()),
        dataProcessing: req(strict ? z.literal(true) : z.boolean()),
      }),
    ),
  });
}

/** What an agent may save at any time: every field optional, values of the right type. */
export const ApplicationDraftContent = build('draft');
export type ApplicationDraftContent = z.infer<typeof ApplicationDraftContent>;

/**
 * A save of the dossier's content (`applications.update`): a JSON Merge Patch of the draft, naming only
 * what changed; `null` removes a field; a list (sectors, partners, experts) is sent whole.
 */
export type ApplicationPatch = MergePatch<ApplicationDraftContent>;

/** What a submitted dossier must hold. */
export const ApplicationContent = build('complete');
export type ApplicationContent = z.infer<typeof ApplicationContent>;

/** A document attached to a dossier. */
export const DocumentRef = z.object({
  id: z.string(),
  kind: z.string(),
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().check(z.int(), z.nonnegative()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  partnerId: z.optional(z.string()),
  uploadedAt: Instant,
  /** The account that uploaded it (absent for documents from before): an editor may delete only their own. */
  uploadedBy: z.optional(z.string()),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

/** A dossier: its content and the fields the platform manages. */
export const Application = z.extend(build('read'), {
  id: z.string(),
  callId: z.string(),
  commune: InseeCode,
  status: ApplicationStatus,
  /** Increases by one on every accepted change; the ETag is this number. */
  revision: z.number().check(z.int(), z.positive()),
  ownerId: z.string(),
  /**
   * True when this dossier holds its commune's place in the call: its owner is verified for the
   * commune. Only such a dossier can be submitted; drafts of unverified accounts never block it.
   */
  holdsPlace: z.boolean(),
  documents: z.array(DocumentRef),
  createdAt: Instant,
  updatedAt: Instant,
  submittedAt: z.optional(Instant),
});
export type Application = z.infer<typeof Application>;

/** The body that creates a draft dossier for a commune in a call (`client.applications.create(callId, body)`). */
export const CreateApplicationRequest = z.object({ commune: InseeCode });
export type CreateApplicationRequest = z.infer<typeof CreateApplicationRequest>;

// applicationContent, withContent and SERVER_FIELDS are in ../application-content.ts, without zod.
