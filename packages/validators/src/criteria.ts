import type { Criterion, Lang } from '@qmi/core';
import type { EvaluableApplication } from './rules/types.js';

/**
 * Thresholds below which an answer is too short to be judged. They are guidance for the applicant,
 * chosen so that a few developed sentences pass: never a score, and the report says so.
 */
export const DEVELOPED_TEXT = 300;
/**
 * The length (in characters, trimmed) below which a short answer (a sector's presentation, a resource
 * described) is too short to be judged.
 */
export const SHORT_TEXT = 80;
/** How many different kinds of partner make a diverse partnership (a signal of the partnership criterion). */
export const DIVERSE_PARTNER_TYPES = 3;

/** How far the dossier speaks to a criterion: none of its signals met, some, or all. */
export type CriterionStatus = 'not_started' | 'partial' | 'ready';

/** One pointer of a criterion: whether the dossier meets it, and what it says in the reader's language. */
export interface Signal {
  id: string;
  met: boolean;
  message: string;
}

/**
 * How the dossier speaks to one selection criterion: the parts of the dossier concerned and the signals met
 * or not. Guidance for the applicant, never a score.
 */
export interface CriterionReport {
  id: string;
  number: number;
  title: string;
  status: CriterionStatus;
  /** The parts of the dossier that speak to this criterion (paths). */
  parts: string[];
  signals: Signal[];
}

type Check = { id: string; met: boolean; fr: string; en: string };
type SignalSource = (app: EvaluableApplication) => { parts: string[]; checks: Check[] };

const length = (value: unknown) => (typeof value === 'string' ? value.trim().length : 0);
const filled = (value: unknown) => length(value) > 0;
const personNamed = (person: { lastName?: string | undefined; email?: string | undefined } | undefined) =>
  filled(person?.lastName) && filled(person?.email);

/** Signals per criterion of the QMI call, keyed by criterion id (call data); other ids get none. */
const SOURCES: Record<string, SignalSource> = {
  challenge_relevance: (app) => ({
    parts: ['challenge.title', 'challenge.description', 'sectors'],
    checks: [
      {
        id: 'challenge-titled',
        met: filled(app.challenge?.title),
        fr: 'Le défi a un intitulé.',
        en: 'The challenge has a title.',
      },
      {
        id: 'challenge-developed',
        met: length(app.challenge?.description) >= DEVELOPED_TEXT,
        fr: `Le défi est décrit en au moins ${DEVELOPED_TEXT} caractères.`,
        en: `The challenge is described in at least ${DEVELOPED_TEXT} characters.`,
      },
      {
        id: 'sector-presented',
        met: (app.sectors ?? []).some((sector) => length(sector.description) >= SHORT_TEXT),
        fr: 'Au moins un secteur est présenté.',
        en: 'At least one sector is presented.',
      },
    ],
  }),
  policy_coherence: (app) => ({
    parts: ['policyCoherence.text'],
    checks: [
      {
        id: 'policies-developed',
        met: length(app.policyCoherence?.text) >= DEVELOPED_TEXT,
        fr: `Le lien avec vos politiques publiques est développé (${DEVELOPED_TEXT} caractères au moins).`,
        en: `The link with your public policies is developed (at least ${DEVELOPED_TEXT} characters).`,
      },
    ],
  }),
  resources: (app) => ({
    parts: ['resources.publicSpace', 'resources.technicalServices', 'resources.partnerActors'],
    checks: [
      {
        id: 'public-space',
        met: length(app.resources?.publicSpace) >= SHORT_TEXT,
        fr: 'Espace public mis à disposition décrit.',
        en: 'Public space described.',
      },
      {
        id: 'technical-services',
        met: length(app.resources?.technicalServices) >= SHORT_TEXT,
        fr: 'Soutien des services techniques décrit.',
        en: 'Technical services’ support described.',
      },
      {
        id: 'partner-actors',
        met: length(app.resources?.partnerActors) >= SHORT_TEXT,
        fr: 'Acteurs partenaires mobilisés décrits.',
        en: 'Partner actors described.',
      },
    ],
  }),
  team_availability: (app) => ({
    parts: ['team.electedOfficial', 'team.agent', 'team.communication', 'team.availability'],
    checks: [
      {
        id: 'elected-official',
        met: personNamed(app.team?.electedOfficial),
        fr: 'Un élu référent est désigné.',
        en: 'An elected official referent is named.',
      },
      {
        id: 'agent',
        met: personNamed(app.team?.agent),
        fr: 'Un agent référent est désigné.',
        en: 'An agent referent is named.',
      },
      {
        id: 'availability',
        met: length(app.team?.availability) >= SHORT_TEXT,
        fr: 'La disponibilité des équipes est précisée.',
        en: 'The teams’ availability is stated.',
      },
    ],
  }),
  partner_diversity: (app) => {
    const partners = app.partners ?? [];
    const types = new Set(partners.map((partner) => partner.type).filter(Boolean)).size;
    return {
      parts: ['partners'],
      checks: [
        {
          id: 'partner-types',
          met: types >= DIVERSE_PARTNER_TYPES,
          fr: `${types} type${types > 1 ? 's' : ''} de partenaires sur ${DIVERSE_PARTNER_TYPES} attendus au moins (bailleurs, associations, écoles…).`,
          en: `${types} partner type${types === 1 ? '' : 's'} out of at least ${DIVERSE_PARTNER_TYPES} expected (landlords, associations, schools…).`,
        },
        {
          id: 'support-letters',
          met: partners.length > 0 && partners.every((partner) => partner.supportLetter === true),
          fr: 'Chaque partenaire fournit un document de soutien.',
          en: 'Every partner provides a support document.',
        },
      ],
    };
  },
};

/** How a dossier speaks to each criterion: guidance for the applicant, never a score. */
export function criteriaSignals(
  application: EvaluableApplication,
  criteria: readonly Criterion[],
  lang: Lang,
): CriterionReport[] {
  return criteria.map((criterion) => {
    const source = SOURCES[criterion.id]?.(application) ?? { parts: [], checks: [] };
    const met = source.checks.filter((check) => check.met).length;
    const status: CriterionStatus = met === 0 ? 'not_started' : met === source.checks.length ? 'ready' : 'partial';
    return {
      id: criterion.id,
      number: criterion.number,
      title: criterion.title[lang],
      status: source.checks.length === 0 ? 'not_started' : status,
      parts: source.parts,
      signals: source.checks.map((check) => ({ id: check.id, met: check.met, message: check[lang] })),
    };
  });
}

/**
 * What the criteria's report must say beside it, in each language: its pointers are not a score; only the
 * selection committee assesses dossiers.
 */
export const CRITERIA_NOTE = {
  fr: 'Ces repères vous aident à préparer votre dossier ; ils ne sont pas une note : seul le comité de sélection évalue les candidatures.',
  en: 'These pointers help you prepare your application; they are not a score: only the selection committee assesses applications.',
} as const;
