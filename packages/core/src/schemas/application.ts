import * as z from 'zod';
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

export const InseeCode = z.string().regex(INSEE_CODE);

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
export const PartnerType = z.enum(PARTNER_TYPES);
export type PartnerType = z.infer<typeof PartnerType>;

const ItemId = z.string().min(1).max(64);

function build<M extends Mode>(mode: M) {
  const strict = mode === 'complete';
  // Typed as a plain object in all modes; at run time a draft refuses unknown keys.
  const obj = <T extends z.core.$ZodLooseShape>(shape: T) => {
    const schema = z.object(shape);
    return mode === 'draft' ? (schema.strict() as unknown as typeof schema) : schema;
  };
  /** Free text, required and bounded when complete. */
  const text = (max: number) =>
    strict ? visibleText(z.string().trim().min(1, { abort: true }).max(max)) : z.string().max(max);
  const email = () => (strict ? z.email() : z.string().max(254));
  const phone = () => (strict ? z.string().regex(PHONE) : z.string().max(40));
  // Conditional return types keep `ApplicationContent` (required fields) apart from the draft type (all optional).
  type Req<T extends z.ZodType> = M extends 'complete' ? T : z.ZodOptional<T>;
  const req = <T extends z.ZodType>(schema: T): Req<T> => (strict ? schema : schema.optional()) as Req<T>;
  const list = <T extends z.ZodType>(item: T, min: number, max: number): Req<z.ZodArray<T>> =>
    (strict ? z.array(item).min(min).max(max) : z.array(item).max(max).optional()) as Req<z.ZodArray<T>>;

  const Person = obj({
    firstName: req(text(100)),
    lastName: req(text(100)),
    role: req(text(200)),
    email: req(email()),
    phone: phone().optional(),
  });
  const Expert = Person.extend({ id: ItemId, domain: req(text(200)) });

  const Sector = obj({
    id: ItemId,
    name: req(text(200)),
    description: req(text(5000)),
    /** The sector retained becomes the preferred perimeter: the "quartier d'innovation". */
    preferred: z.boolean().optional(),
  });

  const Partner = obj({
    id: ItemId,
    name: req(text(200)),
    type: req(PartnerType),
    contact: req(obj({ name: req(text(200)), email: req(email()), phone: phone().optional() })),
    role: z.string().max(2000).optional(),
    /** The partner sends a support letter (a "partner support" document tied to it). */
    supportLetter: z.boolean().optional(),
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
        other: z.string().max(4000).optional(),
      }),
    ),
    team: req(
      obj({
        electedOfficial: req(Person),
        agent: req(Person),
        communication: Person.optional(),
        experts: z.array(Expert).max(20).optional(),
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
export const ApplicationDraftContent = build('draft').meta({
  id: 'ApplicationDraftContent',
  description: 'The editable part of a dossier as saved while it is written: incomplete values are accepted.',
});
export type ApplicationDraftContent = z.infer<typeof ApplicationDraftContent>;

/**
 * A save of the dossier's content (`applications.update`): a JSON Merge Patch of the draft, naming only
 * what changed; `null` removes a field; a list (sectors, partners, experts) is sent whole.
 */
export type ApplicationPatch = MergePatch<ApplicationDraftContent>;

/** What a submitted dossier must hold. */
export const ApplicationContent = build('complete').meta({
  id: 'ApplicationContent',
  description: 'The editable part of a dossier as it must be at submission: complete and well formed.',
});
export type ApplicationContent = z.infer<typeof ApplicationContent>;

export const DocumentRef = z
  .object({
    id: z.string(),
    kind: z.string(),
    filename: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    partnerId: z.string().optional(),
    uploadedAt: Instant,
    /** The account that uploaded it (absent for documents from before): an editor may delete only their own. */
    uploadedBy: z.string().optional(),
  })
  .meta({ id: 'DocumentRef', description: 'A document attached to a dossier.' });
export type DocumentRef = z.infer<typeof DocumentRef>;

/** Fields the server owns: a merge patch may not touch them. */
export const SERVER_FIELDS = [
  'id',
  'callId',
  'commune',
  'status',
  'revision',
  'ownerId',
  'holdsPlace',
  'documents',
  'createdAt',
  'updatedAt',
  'submittedAt',
] as const;

export const Application = build('read')
  .extend({
    id: z.string(),
    callId: z.string(),
    commune: InseeCode,
    status: ApplicationStatus,
    /** Increases by one on every accepted change; the ETag is this number. */
    revision: z.number().int().positive(),
    ownerId: z.string(),
    /**
     * True when this dossier holds its commune's place in the call: its owner is verified for the
     * commune. Only such a dossier can be submitted; drafts of unverified accounts never block it.
     */
    holdsPlace: z.boolean(),
    documents: z.array(DocumentRef),
    createdAt: Instant,
    updatedAt: Instant,
    submittedAt: Instant.optional(),
  })
  .meta({ id: 'Application', description: 'A dossier: its content and the fields the platform manages.' });
export type Application = z.infer<typeof Application>;

export const CreateApplicationRequest = z.object({ commune: InseeCode }).meta({ id: 'CreateApplicationRequest' });
export type CreateApplicationRequest = z.infer<typeof CreateApplicationRequest>;

/** Extracts the editable content of an application document. */
export function applicationContent(application: Application): ApplicationDraftContent {
  const content: Record<string, unknown> = { ...application };
  for (const key of SERVER_FIELDS) delete content[key];
  return content as ApplicationDraftContent;
}

/** The same application with other content: the server-owned fields are kept, the editable part replaced. */
export function withContent(application: Application, content: ApplicationDraftContent): Application {
  const result: Record<string, unknown> = { ...content };
  for (const key of SERVER_FIELDS) if (application[key] !== undefined) result[key] = application[key];
  return result as Application;
}
