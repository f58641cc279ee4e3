// Dossiers for the benchmark. The full one sits at the upper end of what the QMI 2 form allows
// (30 partners, 5 sectors, 20 experts, long texts), so that a size measured on it is an upper
// bound for real dossiers; the small one is what an agent has after a first session.

const PARTNER_TYPES = [
  'social_landlord',
  'association',
  'collective',
  'facility_operator',
  'school',
  'company',
  'public_body',
  'other',
];

const WORDS = (
  'Le quartier Pleyel accueille des habitants, des associations et des entreprises qui partagent un même espace public ' +
  'en pleine transformation. La commune souhaite y expérimenter des solutions numériques sobres, co-construites avec ' +
  'les riverains, pour mieux gérer la chaleur estivale, la propreté des rues et l’accès aux services de proximité. ' +
  'Les services techniques mettront à disposition des emplacements, des réseaux et un accompagnement quotidien, ' +
  'tandis que les partenaires locaux mobiliseront leurs publics lors des ateliers et des tests en conditions réelles.'
).split(' ');

/** Deterministic prose of about `length` characters (cut at a word), so runs compare byte for byte. */
export function prose(length, seed = 0) {
  const out = [];
  let size = 0;
  for (let i = seed; ; i++) {
    const word = WORDS[i % WORDS.length];
    if (size + word.length + 1 > length) break;
    out.push(word);
    size += word.length + 1;
  }
  return out.join(' ');
}

const person = (first, last, role, domain = 'saint-denis.fr') => ({
  firstName: first,
  lastName: last,
  role,
  // Addresses are ASCII even when names are not, as most mail systems still require.
  email: `${first}.${last}@${domain}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase(),
  phone: '+33 1 49 33 66 66',
});

/**
 * A complete dossier, valid as a submission (ApplicationContent), at the limits of the form.
 * Options shrink it, to show how sizes scale.
 */
export function fullDossier({ partners = 30, sectors = 5, experts = 20, textScale = 1 } = {}) {
  const text = (length, seed) => prose(Math.round(length * textScale), seed);
  return {
    applicant: {
      department: 'Direction de la transition numérique',
      contact: person('Camille', 'Martin', 'Cheffe de projet innovation urbaine'),
    },
    challenge: {
      title: 'Rafraîchir et apaiser les rues du quartier Pleyel grâce aux données de terrain',
      description: text(7500, 1),
    },
    sectors: Array.from({ length: sectors }, (_, i) => ({
      id: `sector-${i + 1}`,
      name: `Secteur ${i + 1} : îlot ${['Pleyel', 'Confluence', 'Gare', 'Cristino Garcia', 'Landy'][i % 5]}`,
      description: text(4500, 10 + i),
      ...(i === 0 ? { preferred: true } : {}),
    })),
    policyCoherence: { text: text(7500, 20) },
    resources: {
      publicSpace: text(3800, 30),
      technicalServices: text(3800, 31),
      partnerActors: text(3800, 32),
      other: text(2000, 33),
    },
    team: {
      electedOfficial: person('Dominique', 'Bernard', 'Adjointe au maire chargée de l’innovation'),
      agent: person('Karim', 'Haddad', 'Chargé de mission smart city'),
      communication: person('Léa', 'Nguyen', 'Responsable de la communication'),
      experts: Array.from({ length: experts }, (_, i) => ({
        id: `expert-${i + 1}`,
        ...person(`Expert${i + 1}`, 'Conseil', 'Référent technique', 'example.org'),
        domain: ['Données urbaines', 'Îlots de chaleur', 'Mobilités', 'Participation citoyenne'][i % 4],
      })),
      availability: text(3000, 40),
    },
    partners: Array.from({ length: partners }, (_, i) => ({
      id: `partner-${i + 1}`,
      name: `Partenaire local n° ${i + 1}`,
      type: PARTNER_TYPES[i % PARTNER_TYPES.length],
      contact: {
        name: `Contact ${i + 1}`,
        email: `contact${i + 1}@partenaire${i + 1}.example.org`,
        phone: '01 48 13 00 00',
      },
      role: text(600, 50 + i),
      supportLetter: i % 3 !== 0,
    })),
    motivations: { text: text(7500, 90) },
    acknowledgements: { commitments: true, dataProcessing: true },
  };
}

/** What an agent has after a first session: a few fields, no lists. */
export function smallDossier() {
  return {
    applicant: { department: 'Direction de la transition numérique' },
    challenge: { title: 'Rafraîchir et apaiser les rues du quartier Pleyel grâce aux données de terrain' },
  };
}

/** The one-field edit that every autosave of the benchmark makes. */
export const withTitle = (dossier, title) => ({ ...dossier, challenge: { ...dossier.challenge, title } });

/** A one-field edit inside a list item: merge patches replace arrays whole (RFC 7396). */
export const withPartnerEmail = (dossier, index, email) => ({
  ...dossier,
  partners: dossier.partners.map((p, i) => (i === index ? { ...p, contact: { ...p.contact, email } } : p)),
});
