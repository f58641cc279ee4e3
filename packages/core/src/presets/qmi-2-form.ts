import type { FormField, FormSection } from '../schemas/call.js';

/** Shorthands that keep the form definition readable; labels are always given in fr and en. */
const t = (fr: string, en: string) => ({ fr, en });
const field = (
  path: string,
  type: FormField['type'],
  label: [string, string],
  extra: Partial<FormField> = {},
): FormField => ({
  path,
  type,
  label: t(...label),
  required: true,
  ...extra,
});
const optional = (f: FormField): FormField => ({ ...f, required: false });
const person = (path: string, label: [string, string], help?: [string, string]): FormField =>
  field(path, 'person', label, help ? { help: t(...help) } : {});

export const PARTNER_TYPE_OPTIONS = [
  { value: 'social_landlord', label: t('Bailleur social', 'Social landlord') },
  { value: 'association', label: t('Association', 'Association') },
  { value: 'collective', label: t('Collectif', 'Collective') },
  { value: 'facility_operator', label: t('Opérateur d’équipement', 'Facility operator') },
  { value: 'school', label: t('Établissement scolaire', 'School') },
  { value: 'company', label: t('Entreprise', 'Company') },
  { value: 'public_body', label: t('Organisme public', 'Public body') },
  { value: 'other', label: t('Autre', 'Other') },
];

/** The QMI edition 2 form: "informations sur vous, votre projet et vos motivations". */
export const QMI_2_FORM: FormSection[] = [
  {
    id: 'applicant',
    title: t('La commune candidate', 'The applicant commune'),
    help: t(
      'La commune est choisie à la création du dossier. Indiquez la personne à contacter pour ce dossier.',
      'The commune is chosen when the application is created. Give the person to contact about this application.',
    ),
    fields: [
      field('applicant.department', 'text', ['Service ou direction porteuse', 'Department leading the application'], {
        maxLength: 200,
      }),
      person('applicant.contact', ['Personne à contacter', 'Contact person']),
    ],
  },
  {
    id: 'challenge',
    title: t('Le défi et le quartier d’innovation', 'The challenge and the innovation district'),
    help: t(
      'Le secteur retenu sera le périmètre de déploiement privilégié des expérimentations, nommé « quartier d’innovation ».',
      'The sector retained will be the preferred deployment perimeter of the experiments, called the “innovation district”.',
    ),
    fields: [
      field('challenge.title', 'text', ['Intitulé du défi', 'Title of the challenge'], { maxLength: 200 }),
      field('challenge.description', 'longtext', ['Description du défi', 'Description of the challenge'], {
        maxLength: 8000,
        help: t(
          'Quel enjeu du territoire voulez-vous adresser par l’expérimentation ?',
          'Which local issue do you want experiments to address?',
        ),
      }),
      field('sectors', 'group', ['Secteurs proposés', 'Proposed sectors'], {
        minItems: 1,
        maxItems: 5,
        fields: [
          field('name', 'text', ['Nom du secteur', 'Name of the sector'], { maxLength: 200 }),
          field('description', 'longtext', ['Présentation du secteur', 'Presentation of the sector'], {
            maxLength: 5000,
          }),
          optional(field('preferred', 'checkbox', ['Secteur privilégié', 'Preferred sector'])),
        ],
      }),
    ],
  },
  {
    id: 'policy',
    title: t('Cohérence avec vos politiques publiques', 'Coherence with your public policies'),
    fields: [
      field(
        'policyCoherence.text',
        'longtext',
        ['Cohérence avec les politiques publiques de la commune', 'Coherence with the commune’s public policies'],
        {
          maxLength: 8000,
          help: t(
            'Montrez le lien entre vos politiques publiques et la démarche expérimentale proposée.',
            'Show how your public policies relate to the proposed experimental approach.',
          ),
        },
      ),
    ],
  },
  {
    id: 'resources',
    title: t('Ressources mobilisables', 'Resources the commune can mobilise'),
    fields: [
      field(
        'resources.publicSpace',
        'longtext',
        ['Mise à disposition d’espace public', 'Public space made available'],
        { maxLength: 4000 },
      ),
      field(
        'resources.technicalServices',
        'longtext',
        ['Soutien des services techniques', 'Support from technical services'],
        { maxLength: 4000 },
      ),
      field(
        'resources.partnerActors',
        'longtext',
        ['Mobilisation d’acteurs partenaires de la commune', 'Partner actors the commune will mobilise'],
        {
          maxLength: 4000,
        },
      ),
      optional(field('resources.other', 'longtext', ['Autres ressources', 'Other resources'], { maxLength: 4000 })),
    ],
  },
  {
    id: 'team',
    title: t('L’équipe de la commune', 'The commune’s team'),
    help: t(
      'Un élu et un agent référents sont indispensables ; l’agent référent assure une coordination hebdomadaire.',
      'An elected official and an agent referent are required; the agent referent coordinates weekly.',
    ),
    fields: [
      person('team.electedOfficial', ['Élu référent', 'Elected official referent']),
      person(
        'team.agent',
        ['Agent référent', 'Agent referent'],
        ['Membre du cabinet ou agent : coordination hebdomadaire.', 'A cabinet member or agent: weekly coordination.'],
      ),
      optional(
        person(
          'team.communication',
          ['Référent communication', 'Communication referent'],
          ['Point trimestriel.', 'Quarterly.'],
        ),
      ),
      optional(
        field('team.experts', 'group', ['Experts métiers', 'Subject-matter experts'], {
          maxItems: 20,
          fields: [
            field('firstName', 'text', ['Prénom', 'First name'], { maxLength: 100 }),
            field('lastName', 'text', ['Nom', 'Last name'], { maxLength: 100 }),
            field('role', 'text', ['Fonction', 'Position'], { maxLength: 200 }),
            field('domain', 'text', ['Domaine d’expertise', 'Field of expertise'], { maxLength: 200 }),
            field('email', 'email', ['Adresse e-mail', 'E-mail address']),
          ],
        }),
      ),
      field('team.availability', 'longtext', ['Disponibilité des équipes', 'Availability of the teams'], {
        maxLength: 4000,
        help: t(
          'Temps que les équipes pourront consacrer au suivi du programme (comité technique au moins mensuel).',
          'Time the teams can give to following the programme (a technical committee at least monthly).',
        ),
      }),
    ],
  },
  {
    id: 'partners',
    title: t('Partenaires locaux', 'Local partners'),
    help: t(
      'Bailleurs, associations, collectifs, opérateurs d’équipements, écoles… qui soutiennent la démarche.',
      'Social landlords, associations, collectives, facility operators, schools… who support the approach.',
    ),
    fields: [
      field('partners', 'group', ['Partenaires', 'Partners'], {
        minItems: 1,
        maxItems: 30,
        fields: [
          field('name', 'text', ['Nom du partenaire', 'Partner name'], { maxLength: 200 }),
          field('type', 'choice', ['Type de partenaire', 'Partner type'], { options: PARTNER_TYPE_OPTIONS }),
          field('contact.name', 'text', ['Personne à contacter', 'Contact person'], { maxLength: 200 }),
          field('contact.email', 'email', ['Adresse e-mail', 'E-mail address']),
          optional(field('role', 'longtext', ['Rôle dans la démarche', 'Role in the approach'], { maxLength: 2000 })),
          optional(
            field('supportLetter', 'checkbox', [
              'Ce partenaire fournit un document de soutien',
              'This partner provides a support document',
            ]),
          ),
        ],
      }),
    ],
  },
  {
    id: 'motivations',
    title: t('Motivations', 'Motivations'),
    fields: [field('motivations.text', 'longtext', ['Vos motivations', 'Your motivations'], { maxLength: 8000 })],
  },
  {
    id: 'acknowledgements',
    title: t('Engagements', 'Commitments'),
    fields: [
      field('acknowledgements.commitments', 'checkbox', [
        'Si elle est lauréate, la commune s’engage à désigner ses référents et à participer au diagnostic, à la gouvernance, à l’évaluation et à la communication du programme.',
        'If selected, the commune commits to naming its referents and to taking part in the programme’s diagnosis, governance, evaluation and communication.',
      ]),
      field('acknowledgements.dataProcessing', 'checkbox', [
        'J’accepte que les informations du dossier soient traitées par la Métropole du Grand Paris et Paris&Co pour l’instruction de la candidature.',
        'I agree that the information in this application is processed by the Métropole du Grand Paris and Paris&Co to examine the application.',
      ]),
    ],
  },
];
