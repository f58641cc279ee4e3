import * as z from 'zod/mini';
import { LocalizedText } from '../i18n.js';
import { Instant } from '../time.js';
import { ScaleLevel } from './scale.js';

/** A date known to the exact instant, or only to the month ("février 2024"). */
export const CallDate = z.discriminatedUnion('precision', [
  z.object({ precision: z.literal('instant'), at: Instant }),
  z.object({
    precision: z.literal('month'),
    month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  }),
]);
export type CallDate = z.infer<typeof CallDate>;

/**
 * The kinds of date a call's timeline shows: its opening, a webinar, a deadline, an announcement, a step of
 * the programme.
 */
export const MilestoneKind = z.enum(['opening', 'webinar', 'deadline', 'announcement', 'programme']);
export type MilestoneKind = z.infer<typeof MilestoneKind>;

/**
 * A dated event of a call (shown by `<qmi-timeline>`): its kind, title and description in each language, a
 * start and an optional end in the call's time zone.
 */
export const Milestone = z.object({
  id: z.string().check(z.minLength(1)),
  kind: MilestoneKind,
  title: LocalizedText,
  description: z.optional(LocalizedText),
  start: CallDate,
  end: z.optional(CallDate),
  /** How to take part (e.g. the e-mail address for webinar registration). */
  registration: z.optional(z.object({ email: z.email() })),
});
export type Milestone = z.infer<typeof Milestone>;

/** A phase of the call (the application phase, then the programme). */
export const Phase = z.object({
  id: z.string().check(z.minLength(1)),
  title: LocalizedText,
  start: CallDate,
  end: CallDate,
  milestones: z.array(Milestone),
});
export type Phase = z.infer<typeof Phase>;

/**
 * A kind of document the call asks for: its title and description, the media types accepted (checked on the
 * file's bytes by the server), the largest size, how many files (at least, at most), and whether each file
 * belongs to one of the dossier's partners.
 */
export const DocumentKindRule = z.object({
  id: z.string().check(z.minLength(1)),
  title: LocalizedText,
  description: LocalizedText,
  /** Media types, checked on the file's bytes by the server. */
  acceptedTypes: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  maxSizeBytes: z.number().check(z.int(), z.positive()),
  minCount: z.number().check(z.int(), z.nonnegative()),
  maxCount: z.number().check(z.int(), z.positive()),
  /** Each file must be tied to one of the dossier's declared partners. */
  perPartner: z._default(z.boolean(), false),
});
export type DocumentKindRule = z.infer<typeof DocumentKindRule>;

/** A selection criterion of the call. */
export const Criterion = z.object({
  id: z.string().check(z.minLength(1)),
  number: z.number().check(z.int(), z.positive()),
  title: LocalizedText,
  description: LocalizedText,
});
export type Criterion = z.infer<typeof Criterion>;

/** A commune of the territory that may not apply, and why (in each language). */
export const ExcludedCommune = z.object({
  code: z.string().check(z.regex(/^[0-9][0-9AB][0-9]{3}$/)),
  name: z.string().check(z.minLength(1)),
  reason: LocalizedText,
});
export type ExcludedCommune = z.infer<typeof ExcludedCommune>;

/** Who may apply to the call: the territory (an EPCI, by SIREN) and the communes of it that are excluded. */
export const EligibilityParameters = z.object({
  territory: z.object({
    kind: z.literal('epci'),
    siren: z.string().check(z.regex(/^\d{9}$/)),
    name: z.string().check(z.minLength(1)),
  }),
  excludedCommunes: z.array(ExcludedCommune),
  onePerCommune: z.boolean(),
});
export type EligibilityParameters = z.infer<typeof EligibilityParameters>;

/**
 * The kinds of field of the call's form (text, long text, e-mail, phone, choice, commune, person, a group of
 * repeated fields, checkbox): what the form renders and how a value is checked.
 */
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

/** One option of a `choice` field: the stored value and its label in each language. */
export const ChoiceOption = z.object({ value: z.string().check(z.minLength(1)), label: LocalizedText });

/**
 * One field of the call's form: where its value goes in the dossier (`path`), its type, label, help, whether
 * it is required and its limits; a group holds the fields of one repeated item.
 */
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

/** A field of the application form; groups hold the fields of one repeated item. */
export const FormField: z.ZodMiniType<FormFieldShape> = z.lazy(() =>
  z.object({
    path: z.string().check(z.minLength(1)),
    type: FieldType,
    label: LocalizedText,
    help: z.optional(LocalizedText),
    required: z.boolean(),
    maxLength: z.optional(z.number().check(z.int(), z.positive())),
    options: z.optional(z.array(ChoiceOption)),
    fields: z.optional(z.array(FormField)),
    minItems: z.optional(z.number().check(z.int(), z.nonnegative())),
    maxItems: z.optional(z.number().check(z.int(), z.positive())),
  }),
);
export type FormField = FormFieldShape;

/** A section of the application form, in display order. */
export const FormSection = z.object({
  id: z.string().check(z.minLength(1)),
  title: LocalizedText,
  help: z.optional(LocalizedText),
  fields: z.array(FormField),
});
export type FormSection = z.infer<typeof FormSection>;

/** Everything a call for expressions of interest asks and when. */
export const CallDefinition = z.object({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  edition: z.number().check(z.int(), z.positive()),
  title: LocalizedText,
  organiser: z.string().check(z.minLength(1)),
  operator: z.string().check(z.minLength(1)),
  /** IANA time zone in which the call's dates are written (Europe/Paris). */
  timeZone: z.string().check(z.minLength(1)),
  /** The window in which applications may be created, edited and submitted. */
  applicationWindow: z.object({ opensAt: Instant, deadline: Instant }),
  phases: z.array(Phase).check(z.minLength(1)),
  documentKinds: z.array(DocumentKindRule),
  maxTotalDocumentBytes: z.number().check(z.int(), z.positive()),
  criteria: z.array(Criterion),
  eligibility: EligibilityParameters,
  formSections: z.array(FormSection),
  contacts: z.array(z.object({ name: z.string(), email: z.email() })),
  /**
   * How long, in months after a dossier's final decision (or after the deadline, for drafts never
   * submitted and withdrawn dossiers), the personal data of dossiers not selected is kept; then
   * `qmi-sandbox erase-personal-data` erases it (GDPR art. 5(1)(e), storage limitation). Absent: kept.
   */
  personalDataRetentionMonths: z.optional(z.number().check(z.int(), z.positive(), z.lte(120))),
  /** The levels reviewers rate each criterion on, lowest first. Absent: the call has no assessments. */
  assessmentScale: z.optional(z.array(ScaleLevel).check(z.minLength(2), z.maxLength(10))),
  /** How many dossiers may be selected at most (QMI 2: four communes); a 409 beyond. */
  maxSelected: z.optional(z.number().check(z.int(), z.positive())),
  /** Within how many months of the selection the laureate signs its agreement (QMI 2: one). */
  agreementWithinMonths: z.optional(z.number().check(z.int(), z.positive(), z.lte(24))),
});
export type CallDefinition = z.infer<typeof CallDefinition>;

/** A call in short, as `client.calls.list` returns it: id, edition, title, time zone and application window. */
export const CallSummary = z.pick(CallDefinition, {
  id: true,
  edition: true,
  title: true,
  timeZone: true,
  applicationWindow: true,
});
export type CallSummary = z.infer<typeof CallSummary>;
