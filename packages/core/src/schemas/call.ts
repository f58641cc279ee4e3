import * as z from 'zod';
import { LocalizedText } from '../i18n.js';
import { Instant } from '../time.js';
import { ScaleLevel } from './review.js';

/** A date known to the exact instant, or only to the month ("février 2024"). */
export const CallDate = z
  .discriminatedUnion('precision', [
    z.object({ precision: z.literal('instant'), at: Instant }),
    z.object({
      precision: z.literal('month'),
      month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    }),
  ])
  .meta({ id: 'CallDate', description: 'An exact instant, or a month when only the month is known.' });
export type CallDate = z.infer<typeof CallDate>;

export const MilestoneKind = z.enum(['opening', 'webinar', 'deadline', 'announcement', 'programme']);
export type MilestoneKind = z.infer<typeof MilestoneKind>;

export const Milestone = z
  .object({
    id: z.string().min(1),
    kind: MilestoneKind,
    title: LocalizedText,
    description: LocalizedText.optional(),
    start: CallDate,
    end: CallDate.optional(),
    /** How to take part (e.g. the e-mail address for webinar registration). */
    registration: z.object({ email: z.email() }).optional(),
  })
  .meta({ id: 'Milestone' });
export type Milestone = z.infer<typeof Milestone>;

export const Phase = z
  .object({
    id: z.string().min(1),
    title: LocalizedText,
    start: CallDate,
    end: CallDate,
    milestones: z.array(Milestone),
  })
  .meta({ id: 'Phase', description: 'A phase of the call (the application phase, then the programme).' });
export type Phase = z.infer<typeof Phase>;

export const DocumentKindRule = z
  .object({
    id: z.string().min(1),
    title: LocalizedText,
    description: LocalizedText,
    /** Media types, checked on the file's bytes by the server. */
    acceptedTypes: z.array(z.string().min(1)).min(1),
    maxSizeBytes: z.number().int().positive(),
    minCount: z.number().int().nonnegative(),
    maxCount: z.number().int().positive(),
    /** Each file must be tied to one of the dossier's declared partners. */
    perPartner: z.boolean().default(false),
  })
  .meta({ id: 'DocumentKindRule' });
export type DocumentKindRule = z.infer<typeof DocumentKindRule>;

export const Criterion = z
  .object({
    id: z.string().min(1),
    number: z.number().int().positive(),
    title: LocalizedText,
    description: LocalizedText,
  })
  .meta({ id: 'Criterion', description: 'A selection criterion of the call.' });
export type Criterion = z.infer<typeof Criterion>;

export const ExcludedCommune = z.object({
  code: z.string().regex(/^[0-9][0-9AB][0-9]{3}$/),
  name: z.string().min(1),
  reason: LocalizedText,
});
export type ExcludedCommune = z.infer<typeof ExcludedCommune>;

export const EligibilityParameters = z
  .object({
    territory: z.object({
      kind: z.literal('epci'),
      siren: z.string().regex(/^\d{9}$/),
      name: z.string().min(1),
    }),
    excludedCommunes: z.array(ExcludedCommune),
    onePerCommune: z.boolean(),
  })
  .meta({ id: 'EligibilityParameters' });
export type EligibilityParameters = z.infer<typeof EligibilityParameters>;

export const FieldType = z.enum([
  'text',
  'longtext',
  'email',
  'phone',
  'choice',
  'commune',
  'person',
  'group',
  'checkbox',
]);
export type FieldType = z.infer<typeof FieldType>;

export const ChoiceOption = z.object({ value: z.string().min(1), label: LocalizedText });

export interface FormFieldShape {
  /** Dotted path into the application document, e.g. "challenge.title". */
  path: string;
  type: FieldType;
  label: LocalizedText;
  help?: LocalizedText | undefined;
  required: boolean;
  maxLength?: number | undefined;
  options?: Array<z.infer<typeof ChoiceOption>> | undefined;
  /** For repeatable groups (sectors, partners, experts): the fields of one item, paths relative to it. */
  fields?: FormFieldShape[] | undefined;
  minItems?: number | undefined;
  maxItems?: number | undefined;
}

export const FormField: z.ZodType<FormFieldShape> = z
  .lazy(() =>
    z.object({
      path: z.string().min(1),
      type: FieldType,
      label: LocalizedText,
      help: LocalizedText.optional(),
      required: z.boolean(),
      maxLength: z.number().int().positive().optional(),
      options: z.array(ChoiceOption).optional(),
      fields: z.array(FormField).optional(),
      minItems: z.number().int().nonnegative().optional(),
      maxItems: z.number().int().positive().optional(),
    }),
  )
  .meta({
    id: 'FormField',
    description: 'A field of the application form; groups hold the fields of one repeated item.',
  });
export type FormField = FormFieldShape;

export const FormSection = z
  .object({
    id: z.string().min(1),
    title: LocalizedText,
    help: LocalizedText.optional(),
    fields: z.array(FormField),
  })
  .meta({ id: 'FormSection', description: 'A section of the application form, in display order.' });
export type FormSection = z.infer<typeof FormSection>;

export const CallDefinition = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    edition: z.number().int().positive(),
    title: LocalizedText,
    organiser: z.string().min(1),
    operator: z.string().min(1),
    /** IANA time zone in which the call's dates are written (Europe/Paris). */
    timeZone: z.string().min(1),
    /** The window in which applications may be created, edited and submitted. */
    applicationWindow: z.object({ opensAt: Instant, deadline: Instant }),
    phases: z.array(Phase).min(1),
    documentKinds: z.array(DocumentKindRule),
    maxTotalDocumentBytes: z.number().int().positive(),
    criteria: z.array(Criterion),
    eligibility: EligibilityParameters,
    formSections: z.array(FormSection),
    contacts: z.array(z.object({ name: z.string(), email: z.email() })),
    /**
     * How long, in months after a dossier's final decision (or after the deadline, for drafts never
     * submitted and withdrawn dossiers), the personal data of dossiers not selected is kept; then
     * `qmi-sandbox erase-personal-data` erases it (GDPR art. 5(1)(e), storage limitation). Absent: kept.
     */
    personalDataRetentionMonths: z.number().int().positive().max(120).optional(),
    /** The levels reviewers rate each criterion on, lowest first. Absent: the call has no assessments. */
    assessmentScale: z.array(ScaleLevel).min(2).max(10).optional(),
    /** How many dossiers may be selected at most (QMI 2: four communes); a 409 beyond. */
    maxSelected: z.number().int().positive().optional(),
    /** Within how many months of the selection the laureate signs its agreement (QMI 2: one). */
    agreementWithinMonths: z.number().int().positive().max(24).optional(),
  })
  .meta({ id: 'CallDefinition', description: 'Everything a call for expressions of interest asks and when.' });
export type CallDefinition = z.infer<typeof CallDefinition>;

export const CallSummary = CallDefinition.pick({
  id: true,
  edition: true,
  title: true,
  timeZone: true,
  applicationWindow: true,
}).meta({
  id: 'CallSummary',
});
export type CallSummary = z.infer<typeof CallSummary>;
