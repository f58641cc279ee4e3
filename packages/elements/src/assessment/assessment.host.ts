import type { CriterionRating, Lang, ScaleLevel } from '@qmi/core';
import type { Draft } from '../account/account.fields.js';
import { locale } from '../i18n/translate.js';
import type { SaveStatus } from './assessment.draft.js';
import type { AssessmentMessages } from './assessment.messages.js';

export const FORMS = ['conflict', 'rating', 'assign', 'synthesis', 'annotation', 'decision', 'agreement'] as const;
export type AssessmentForm = (typeof FORMS)[number];

/** What the renderers need of the element: its words, each form's state and the person's actions. */
export interface AssessmentHost {
  t: AssessmentMessages;
  lang: Lang;
  level: number;
  forms: Record<AssessmentForm, Draft>;
  /** Each form's last result, shown under it. */
  done: Partial<Record<AssessmentForm, string>>;
  /** The reviewer's ratings as typed (saved in the background). */
  ratings: Record<string, CriterionRating>;
  saveStatus: SaveStatus;
  /** The conflict-of-interest form is open. */
  conflictOpen: boolean;
  decisionFields: ReadonlySet<string>;
  decisionReasons: ReadonlySet<string>;
  edit(form: AssessmentForm, name: string, value: string): void;
  focus(id: string): void;
  rate(criterionId: string, change: Partial<CriterionRating>): void;
  toggleConflict(open: boolean): void;
  declareConflict(): void;
  submitAssessment(): void;
  assign(): void;
  unassign(reviewerId: string, email: string): void;
  saveSynthesis(): void;
  addAnnotation(): void;
  removeAnnotation(annotationId: string): void;
  toggle(set: 'fields' | 'reasons', value: string, on: boolean): void;
  decide(): void;
  recordAgreement(): void;
}

/** "1 décembre 2023 à 10:00", in Paris time (the call's). */
export const when = (instant: string, lang: Lang): string =>
  new Intl.DateTimeFormat(locale(lang), {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(new Date(instant));

/** "1 décembre 2023", in Paris time. */
export const day = (instant: string, lang: Lang): string =>
  new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(new Date(instant));

/** "3 · Satisfaisant": the value and its label on the call's scale. */
export const levelName = (scale: readonly ScaleLevel[], value: number | null | undefined, lang: Lang): string => {
  if (value == null) return '';
  const level = scale.find((item) => item.value === value);
  return level ? `${value} · ${level.label[lang]}` : String(value);
};

/** "10:02", the time of day in Paris. */
export const clockTime = (at: Date, lang: Lang): string =>
  new Intl.DateTimeFormat(locale(lang), { timeStyle: 'short', timeZone: 'Europe/Paris' }).format(at);

/** "2023-12-01": the calendar day in Paris (for a date input's value and `max`). */
export const parisDate = (at: Date): string =>
  new Intl.DateTimeFormat('en-CA', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZone: 'Europe/Paris',
  }).format(at);
