import type { ApplicationContent } from '../schemas/application.js';

const person = (firstName: string, lastName: string, role: string, email: string) => ({
  firstName,
  lastName,
  role,
  email,
  phone: '01 23 45 67 89',
});

/**
 * A complete, realistic QMI 2 dossier (a fictional commune's answers), valid for submission.
 * For demos, stories and tests; every call returns a fresh copy.
 */
export function exampleDossier(): ApplicationContent {
  return {
    applicant: {
      department: 'Direction de la transition écologique et de l’innovation',
      contact: person('Camille', 'Martin', 'Cheffe de projet innovation', 'camille.martin@mairie.example'),
    },
    challenge: {
      title: 'Apaiser les abords des écoles du quartier Pleyel',
      description:
        'Les rues autour des trois groupes scolaires du quartier concentrent circulation de transit, stationnement sauvage et îlots de chaleur. Nous voulons expérimenter des solutions de mobilité apaisée, de végétalisation temporaire et de mesure de la qualité de l’air avec les habitants.',
    },
    sectors: [
      {
        id: 'sector-pleyel',
        name: 'Quartier Pleyel',
        description:
          'Secteur de 40 hectares entre la gare Saint-Denis Pleyel et le canal, trois groupes scolaires, 12 000 habitants.',
        preferred: true,
      },
    ],
    policyCoherence: {
      text: 'Le plan climat communal, le programme « rues aux écoles » et le budget participatif soutiennent déjà ces objectifs ; l’expérimentation permettra de tester avant de généraliser.',
    },
    resources: {
      publicSpace: 'Deux rues piétonnisables aux heures d’entrée et de sortie des classes, une place de 800 m².',
      technicalServices: 'Voirie, espaces verts et systèmes d’information : un référent chacun, deux jours par mois.',
      partnerActors: 'Bailleur social du quartier, associations de parents d’élèves, maison de quartier.',
    },
    team: {
      electedOfficial: person(
        'Nadia',
        'Benali',
        'Adjointe au maire chargée de l’innovation',
        'nadia.benali@mairie.example',
      ),
      agent: person('Thomas', 'Lefèvre', 'Directeur de cabinet adjoint', 'thomas.lefevre@mairie.example'),
      communication: person('Inès', 'Garcia', 'Chargée de communication', 'ines.garcia@mairie.example'),
      experts: [
        {
          id: 'expert-voirie',
          ...person('Paul', 'Durand', 'Ingénieur voirie', 'paul.durand@mairie.example'),
          domain: 'Voirie et mobilités',
        },
      ],
      availability:
        'Agent référent à 30 % ; comité technique mensuel avec la voirie, les espaces verts et l’éducation.',
    },
    partners: [
      {
        id: 'partner-oph',
        name: 'Office public de l’habitat',
        type: 'social_landlord',
        contact: { name: 'Julie Moreau', email: 'j.moreau@oph.example' },
        role: 'Met à disposition les pieds d’immeubles.',
        supportLetter: true,
      },
      {
        id: 'partner-parents',
        name: 'Association des parents d’élèves Pleyel',
        type: 'association',
        contact: { name: 'Karim Haddad', email: 'contact@parents-pleyel.example' },
        supportLetter: true,
      },
    ],
    motivations: {
      text: 'Faire du quartier Pleyel un lieu d’expérimentation ouvert, avec les habitants, avant l’arrivée des nouvelles lignes de métro.',
    },
    acknowledgements: { commitments: true, dataProcessing: true },
  };
}
