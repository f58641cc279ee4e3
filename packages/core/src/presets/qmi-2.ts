import { CallDefinition, type CallDate } from '../schemas/call.js';
import { zonedTimeToInstant } from '../time.js';
import { QMI_2_FORM } from './qmi-2-form.js';

/**
 * The "Quartiers Métropolitains d'Innovation" call, 2nd edition (brochure of October 2023).
 * Dates are written as the brochure gives them, in Europe/Paris, and converted to instants once.
 * Where the brochure is silent or wrong, the decisions of shared/domain.md apply
 * (the "12 janvier 2023" typo is read as 2024; the deadline is 23:59:59 Paris time).
 */
const TZ = 'Europe/Paris';
const t = (fr: string, en: string) => ({ fr, en });
const instant = (wallTime: string) => zonedTimeToInstant(wallTime, TZ);
const at = (wallTime: string): CallDate => ({ precision: 'instant', at: instant(wallTime) });
const month = (yyyyMm: string): CallDate => ({ precision: 'month', month: yyyyMm });
const MB = 1024 * 1024;
const PDF = 'application/pdf';
const ODT = 'application/vnd.oasis.opendocument.text';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const JPEG = 'image/jpeg';
const PNG = 'image/png';
const CONTACT = 'inno-num@metropolegrandparis.fr';

const OPENS_AT = '2023-10-23T00:00:00';
const DEADLINE = '2024-01-12T23:59:59';
const opening = at(OPENS_AT);
const deadline = at(DEADLINE);

/**
 * The definition of the QMI 2 call (Quartiers Métropolitains d'Innovation, 2nd edition) as the platform serves
 * it: its phases and milestones, form, criteria, documents and eligibility (the Métropole du Grand Paris), checked
 * by `CallDefinition` when this module loads. The sandbox's default call.
 */
export const QMI_2: CallDefinition = CallDefinition.parse({
  id: 'qmi-2',
  edition: 2,
  title: t('Quartiers Métropolitains d’Innovation — 2e édition', 'Metropolitan Innovation Districts — 2nd edition'),
  organiser: 'Métropole du Grand Paris',
  operator: 'Paris&Co',
  timeZone: TZ,
  applicationWindow: {
    opensAt: instant(OPENS_AT),
    deadline: instant(DEADLINE),
  },
  phases: [
    {
      id: 'application',
      title: t('Appel à manifestation d’intérêt', 'Call for expressions of interest'),
      start: opening,
      end: month('2024-02'),
      milestones: [
        { id: 'opening', kind: 'opening', title: t('Ouverture des candidatures', 'Applications open'), start: opening },
        {
          id: 'webinar-1',
          kind: 'webinar',
          title: t('Webinaire de présentation n° 1', 'Information webinar no. 1'),
          description: t(
            'Demandez le lien de connexion par e-mail à inno-num@metropolegrandparis.fr.',
            'Ask for the connection link by e-mail to inno-num@metropolegrandparis.fr.',
          ),
          start: at('2023-11-14T09:00'),
          end: at('2023-11-14T10:00'),
          registration: { email: CONTACT },
        },
        {
          id: 'webinar-2',
          kind: 'webinar',
          title: t('Webinaire de présentation n° 2', 'Information webinar no. 2'),
          description: t(
            'Demandez le lien de connexion par e-mail à inno-num@metropolegrandparis.fr.',
            'Ask for the connection link by e-mail to inno-num@metropolegrandparis.fr.',
          ),
          start: at('2023-11-23T12:30'),
          end: at('2023-11-23T13:30'),
          registration: { email: CONTACT },
        },
        {
          id: 'deadline',
          kind: 'deadline',
          title: t('Date limite de dépôt des candidatures', 'Application deadline'),
          start: deadline,
        },
        {
          id: 'laureates',
          kind: 'announcement',
          title: t('Annonce des communes lauréates', 'Laureate communes announced'),
          start: month('2024-02'),
        },
      ],
    },
    {
      id: 'framing',
      title: t('Cadrage du programme', 'Framing the programme'),
      start: month('2024-02'),
      end: month('2024-02'),
      milestones: [
        {
          id: 'diagnosis',
          kind: 'programme',
          title: t('Diagnostic territorial et choix du défi', 'Territorial diagnosis and choice of the challenge'),
          start: month('2024-02'),
        },
      ],
    },
    {
      id: 'project-selection',
      title: t('Sélection des projets à expérimenter', 'Selecting the projects to experiment'),
      start: month('2024-02'),
      end: month('2024-09'),
      milestones: [
        {
          id: 'call-for-projects',
          kind: 'programme',
          title: t('Appel à candidatures commun à toutes les communes', 'Common call for projects across all communes'),
          start: month('2024-03'),
        },
        {
          id: 'projects-announced',
          kind: 'announcement',
          title: t('Annonce des projets d’expérimentation lauréats', 'Laureate experimentation projects announced'),
          start: month('2024-09'),
        },
      ],
    },
    {
      id: 'experimentation',
      title: t('Expérimentation', 'Experimentation'),
      start: month('2024-09'),
      end: month('2025-06'),
      milestones: [],
    },
    {
      id: 'evaluation',
      title: t('Évaluation et changement d’échelle', 'Evaluation and scale-up'),
      start: month('2025-06'),
      end: month('2026-02'),
      milestones: [],
    },
  ],
  documentKinds: [
    {
      id: 'mayor_letter',
      title: t('Lettre d’engagement du maire', 'Mayor’s letter of commitment'),
      description: t(
        'Elle fait état de la candidature de la commune à l’appel à manifestation d’intérêt.',
        'It states the commune’s application to the call for expressions of interest.',
      ),
      acceptedTypes: [PDF],
      maxSizeBytes: 10 * MB,
      minCount: 1,
      maxCount: 1,
      perPartner: false,
    },
    {
      id: 'sector_sheet',
      title: t('Fiche de présentation du ou des secteurs proposés', 'Presentation sheet of the proposed sector(s)'),
      description: t(
        'Le secteur retenu sera le périmètre de déploiement privilégié des expérimentations.',
        'The sector retained will be the preferred deployment perimeter of the experiments.',
      ),
      acceptedTypes: [PDF, ODT, DOCX, JPEG, PNG],
      maxSizeBytes: 20 * MB,
      minCount: 1,
      maxCount: 5,
      perPartner: false,
    },
    {
      id: 'partner_support',
      title: t(
        'Documents attestant le soutien des partenaires locaux',
        'Documents attesting the support of local partners',
      ),
      description: t(
        'Bailleurs, associations, collectifs, opérateurs d’équipements, écoles… Un document par partenaire déclaré.',
        'Social landlords, associations, collectives, facility operators, schools… One document per declared partner.',
      ),
      acceptedTypes: [PDF, JPEG, PNG],
      maxSizeBytes: 10 * MB,
      minCount: 1,
      maxCount: 30,
      perPartner: true,
    },
  ],
  maxTotalDocumentBytes: 200 * MB,
  criteria: [
    {
      id: 'challenge_relevance',
      number: 1,
      title: t('Pertinence du défi', 'Relevance of the challenge'),
      description: t(
        'La pertinence du défi (et du secteur associé) proposé pour expérimenter.',
        'The relevance of the challenge (and its sector) proposed for experimentation.',
      ),
    },
    {
      id: 'policy_coherence',
      number: 2,
      title: t('Cohérence des politiques publiques', 'Coherence of public policies'),
      description: t(
        'La cohérence entre vos politiques publiques et la démarche expérimentale proposée.',
        'The coherence between your public policies and the proposed experimental approach.',
      ),
    },
    {
      id: 'resources',
      number: 3,
      title: t('Capacité à mobiliser des ressources', 'Capacity to mobilise resources'),
      description: t(
        'La capacité à mobiliser les ressources nécessaires au déploiement des solutions (mise à disposition d’espace public, soutien des services techniques, mobilisation d’acteurs partenaires de la commune, etc.).',
        'The capacity to mobilise the resources needed to deploy solutions (public space, support from technical services, partner actors of the commune, etc.).',
      ),
    },
    {
      id: 'team_availability',
      number: 4,
      title: t('Disponibilité des équipes', 'Availability of the teams'),
      description: t(
        'La disponibilité des équipes de la commune nécessaires au suivi du programme.',
        'The availability of the commune’s teams needed to follow the programme.',
      ),
    },
    {
      id: 'partner_diversity',
      number: 5,
      title: t('Diversité des partenaires locaux', 'Diversity of local partners'),
      description: t(
        'La diversité des partenaires locaux proposés par la commune, qui soutiennent la démarche.',
        'The diversity of the local partners proposed by the commune who support the approach.',
      ),
    },
  ],
  eligibility: {
    territory: { kind: 'epci', siren: '200054781', name: 'Métropole du Grand Paris' },
    excludedCommunes: [
      ['93005', 'Aulnay-sous-Bois'],
      ['92048', 'Meudon'],
      ['93051', 'Noisy-le-Grand'],
      ['92071', 'Sceaux'],
    ].map(([code, name]) => ({
      code,
      name,
      reason: t(
        `${name} est déjà lauréate de la 1re édition (2022) : cette 2e édition sélectionne de nouvelles communes.`,
        `${name} is already a laureate of the 1st edition (2022): this 2nd edition selects new communes.`,
      ),
    })),
    onePerCommune: true,
  },
  formSections: QMI_2_FORM,
  contacts: [{ name: 'Métropole du Grand Paris — innovation numérique', email: CONTACT }],
  // A year after the decision: long enough for a commune not selected to ask why, appeal before the
  // administrative court (two months) and apply again to the next edition with its dossier in hand
  // (export it before), short enough that agents' and partners' contacts do not outlive their use.
  personalDataRetentionMonths: 12,
  // Four levels, no middle one: a committee member leans one way or the other. Guidance for the
  // committee's deliberation, never an automatic ranking (brochure: the committee studies each dossier).
  assessmentScale: [
    { value: 1, label: t('Insuffisant', 'Insufficient') },
    { value: 2, label: t('À consolider', 'Needs work') },
    { value: 3, label: t('Satisfaisant', 'Satisfactory') },
    { value: 4, label: t('Excellent', 'Excellent') },
  ],
  // « jusqu'à 4 communes » are selected in edition 2, and sign an agreement « dans un délai d'un mois ».
  maxSelected: 4,
  agreementWithinMonths: 1,
});
