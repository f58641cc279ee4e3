import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluate, type EvaluableApplication } from '../src/index.js';
import { CALL, completeApplication, doc, NOW } from './fixtures.js';

/** The issues a dossier raises, as "rule path" lines; every rule is tested passing and failing. */
const issuesOf = (application: EvaluableApplication, options: { otherApplicationId?: string; now?: Date } = {}) =>
  evaluate(application, CALL, { now: options.now ?? NOW, otherApplicationId: options.otherApplicationId }).issues;
const lines = (application: EvaluableApplication, options?: { otherApplicationId?: string }) =>
  issuesOf(application, options).map((issue) => `${issue.rule} ${issue.path}`);
const withChange = (change: (app: EvaluableApplication) => void) => {
  const application = completeApplication();
  change(application);
  return application;
};

describe('eligibility', () => {
  test('commune.required', () => {
    assert.deepEqual(lines(withChange((a) => delete a.commune)), ['commune.required commune']);
    assert.deepEqual(lines(completeApplication()), []);
  });

  test('commune.in-territory: Versailles and a malformed code are refused, MGP members pass', () => {
    assert.deepEqual(lines(withChange((a) => (a.commune = '78646'))), ['commune.in-territory commune']);
    assert.deepEqual(lines(withChange((a) => (a.commune = 'ABC'))), ['commune.in-territory commune']);
    assert.deepEqual(lines(withChange((a) => (a.commune = '75056'))), []);
    const [issue] = issuesOf(withChange((a) => (a.commune = '78646')));
    assert.equal(
      issue!.message,
      'Le code « 78646 » n’est pas celui d’une commune de la Métropole du Grand Paris : seules ses communes peuvent candidater.',
    );
  });

  test('commune.former-code: 93059 is accepted and named as part of Saint-Denis (information, not an error)', () => {
    const [issue, ...rest] = issuesOf(withChange((a) => (a.commune = '93059')));
    assert.deepEqual(rest, []);
    assert.equal(issue!.rule, 'commune.former-code');
    assert.equal(issue!.severity, 'info');
    assert.equal(
      issue!.message,
      'Pierrefitte-sur-Seine (93059) fait désormais partie de Saint-Denis (93066) : le dossier est déposé au nom de Saint-Denis.',
    );
    assert.equal(
      evaluate(
        withChange((a) => (a.commune = '93059')),
        CALL,
        { now: NOW },
      ).readyToSubmit,
      true,
    );
  });

  test('commune.not-excluded: the four edition-1 laureates, with the reason', () => {
    for (const code of ['93005', '92048', '93051', '92071']) {
      assert.deepEqual(lines(withChange((a) => (a.commune = code))), ['commune.not-excluded commune'], code);
    }
    const [issue] = issuesOf(withChange((a) => (a.commune = '92071')));
    assert.match(issue!.message, /^Sceaux est déjà lauréate de la 1re édition/);
  });

  test('commune.one-application: another live dossier of the same commune', () => {
    assert.deepEqual(lines(completeApplication(), { otherApplicationId: 'app_other' }), [
      'commune.one-application commune',
    ]);
    const [issue] = issuesOf(completeApplication(), { otherApplicationId: 'app_other' });
    assert.equal(issue!.message, 'Saint-Denis a déjà un dossier pour cet appel : une seule candidature par commune.');
  });

  test('call.window-open: before the opening and after the deadline', () => {
    assert.deepEqual(
      issuesOf(completeApplication(), { now: new Date('2023-10-22T21:59:59Z') }).map((i) => i.rule),
      ['call.window-open'],
    );
    assert.deepEqual(issuesOf(completeApplication(), { now: new Date('2023-10-22T22:00:00Z') }), []);
  });
});

describe('completeness: the form', () => {
  test('field.required: text, long text, and every required part of a referent', () => {
    assert.deepEqual(lines(withChange((a) => (a.challenge!.title = '   '))), ['field.required challenge.title']);
    assert.deepEqual(lines(withChange((a) => delete a.team!.agent)), [
      'field.required team.agent.firstName',
      'field.required team.agent.lastName',
      'field.required team.agent.role',
      'field.required team.agent.email',
    ]);
    assert.deepEqual(lines(withChange((a) => delete a.team!.electedOfficial!.role)), [
      'field.required team.electedOfficial.role',
    ]);
  });

  test('an optional referent may be left out, but one partly given must be complete', () => {
    assert.deepEqual(lines(withChange((a) => delete a.team!.communication)), []);
    assert.deepEqual(lines(withChange((a) => (a.team!.communication = { firstName: 'Inès' }))), [
      'field.required team.communication.lastName',
      'field.required team.communication.role',
      'field.required team.communication.email',
    ]);
  });

  test('field.checkbox-required: the commitments must be ticked', () => {
    assert.deepEqual(lines(withChange((a) => (a.acknowledgements!.commitments = false))), [
      'field.checkbox-required acknowledgements.commitments',
    ]);
  });

  test('field.format: e-mail of a referent, of a partner contact, a phone number, a partner type', () => {
    assert.deepEqual(lines(withChange((a) => (a.team!.agent!.email = 'thomas.lef'))), [
      'field.format team.agent.email',
    ]);
    assert.deepEqual(lines(withChange((a) => (a.partners![0]!.contact!.email = 'oph@'))), [
      'field.format partners.0.contact.email',
    ]);
    assert.deepEqual(lines(withChange((a) => (a.team!.agent!.phone = 'demain'))), ['field.format team.agent.phone']);
    assert.deepEqual(lines(withChange((a) => (a.partners![1]!.type = 'voisin' as never))), [
      'field.format partners.1.type',
    ]);
    const [issue] = issuesOf(withChange((a) => (a.team!.agent!.email = 'thomas.lef')));
    assert.equal(
      issue!.message,
      '« Agent référent — adresse e-mail » doit être une adresse e-mail valide, par exemple prenom.nom@mairie.fr.',
    );
  });

  test('field.too-long: the form’s maximum length', () => {
    assert.deepEqual(lines(withChange((a) => (a.challenge!.title = 'x'.repeat(201)))), [
      'field.too-long challenge.title',
    ]);
    assert.deepEqual(lines(withChange((a) => (a.challenge!.title = 'x'.repeat(200)))), []);
  });

  test('group.min-items and group.max-items: 1 to 5 sectors, 1 to 30 partners, item fields checked', () => {
    assert.deepEqual(lines(withChange((a) => (a.sectors = []))), ['group.min-items sectors']);
    const six = withChange(
      (a) =>
        (a.sectors = Array.from({ length: 6 }, (_, i) => ({
          id: `s${i}`,
          name: `S${i}`,
          description: 'Un secteur.',
          preferred: i === 0,
        }))),
    );
    assert.deepEqual(lines(six), ['group.max-items sectors']);
    assert.deepEqual(lines(withChange((a) => (a.sectors![0]!.name = ''))), ['field.required sectors.0.name']);
    const [issue] = issuesOf(withChange((a) => (a.sectors![0]!.name = '')));
    assert.equal(issue!.message, 'Renseignez « Secteurs proposés 1 — Nom du secteur ».');
  });

  test('sectors.preferred: with several sectors, exactly one is preferred (a warning, not a blocker)', () => {
    const two = (preferred: [boolean, boolean]) =>
      withChange(
        (a) =>
          (a.sectors = preferred.map((p, i) => ({
            id: `s${i}`,
            name: `S${i}`,
            description: 'Un secteur.',
            preferred: p,
          }))),
      );
    assert.deepEqual(lines(two([true, false])), []);
    const none = issuesOf(two([false, false]));
    assert.deepEqual(
      none.map((i) => [i.rule, i.severity]),
      [['sectors.preferred', 'warning']],
    );
    assert.deepEqual(lines(two([true, true])), ['sectors.preferred sectors']);
    assert.equal(evaluate(two([false, false]), CALL, { now: NOW }).readyToSubmit, true);
  });
});

describe('completeness: the documents', () => {
  test('documents.count: exactly one mayor’s letter', () => {
    assert.deepEqual(lines(withChange((a) => (a.documents = a.documents!.filter((d) => d.kind !== 'mayor_letter')))), [
      'documents.count documents.mayor_letter',
    ]);
    assert.deepEqual(
      lines(withChange((a) => (a.documents = [...a.documents!, doc('mayor_letter', { id: 'second' })]))),
      ['documents.count documents.mayor_letter'],
    );
  });

  test('documents.type and documents.size: each file within its kind’s rules', () => {
    assert.deepEqual(
      lines(
        withChange(
          (a) =>
            (a.documents = a.documents!.map((d, i) =>
              i === 0 ? doc('mayor_letter', { mediaType: 'image/png', filename: 'lettre.png' }) : d,
            )),
        ),
      ),
      ['documents.type documents.mayor_letter.doc-mayor_letter-lettre.png'],
    );
    assert.deepEqual(
      lines(
        withChange(
          (a) =>
            (a.documents = a.documents!.map((d, i) =>
              i === 1 ? doc('sector_sheet', { mediaType: 'image/png', sizeBytes: 21 * 1024 * 1024 }) : d,
            )),
        ),
      ),
      ['documents.size documents.sector_sheet.doc-sector_sheet-x'],
    );
    const [size] = issuesOf(
      withChange(
        (a) =>
          (a.documents = a.documents!.map((d, i) =>
            i === 0 ? doc('mayor_letter', { sizeBytes: 11 * 1024 * 1024 }) : d,
          )),
      ),
    );
    assert.equal(
      size!.message,
      '« mayor_letter.pdf » dépasse la taille maximale de 10 Mo pour « Lettre d’engagement du maire ».',
    );
  });

  test('documents.partner-link: a support document belongs to a declared partner', () => {
    assert.deepEqual(
      lines(
        withChange((a) => (a.documents = [...a.documents!, doc('partner_support', { partnerId: 'partner-inconnu' })])),
      ),
      ['documents.partner-link documents.partner_support.doc-partner_support-partner-inconnu'],
    );
  });

  test('documents.total-size: the whole dossier under 200 MB', () => {
    const heavy = withChange((a) => {
      a.documents = [
        ...a.documents!,
        ...[1, 2, 3].map((i) => doc('sector_sheet', { id: `big-${i}`, sizeBytes: 19 * 1024 * 1024 })),
      ];
      a.partners = Array.from({ length: 16 }, (_, i) => ({
        id: `p${i}`,
        name: `P${i}`,
        type: 'association' as const,
        contact: { name: 'X', email: 'x@y.fr' },
        supportLetter: true,
      }));
      a.documents = [
        ...a.documents.filter((d) => d.kind !== 'partner_support'),
        ...a.partners.map((p) => doc('partner_support', { partnerId: p.id, sizeBytes: 9 * 1024 * 1024 })),
      ];
    });
    assert.deepEqual(lines(heavy), ['documents.total-size documents']);
  });

  test('partners.support-letter: a partner that promises a letter has one', () => {
    assert.deepEqual(
      lines(withChange((a) => (a.documents = a.documents!.filter((d) => d.partnerId !== 'partner-oph')))),
      ['partners.support-letter partners.0.supportLetter'],
    );
    // A partner that does not promise a letter needs none (but at least one support document remains required).
    assert.deepEqual(
      lines(
        withChange((a) => {
          a.partners![0]!.supportLetter = false;
          a.documents = a.documents!.filter((d) => d.partnerId !== 'partner-oph');
        }),
      ),
      [],
    );
  });
});

describe('criteria signals', () => {
  test('criterion 5 counts the distinct partner types', () => {
    const report = (types: string[]) =>
      evaluate(
        withChange(
          (a) =>
            (a.partners = types.map((type, i) => ({
              id: `p${i}`,
              name: `P${i}`,
              type: type as never,
              contact: { name: 'X', email: 'x@y.fr' },
              supportLetter: false,
            }))),
        ),
        CALL,
        { now: NOW },
      ).criteria.find((c) => c.id === 'partner_diversity')!;
    const two = report(['association', 'association', 'school']);
    assert.equal(two.signals[0]!.met, false);
    assert.equal(
      two.signals[0]!.message,
      '2 types de partenaires sur 3 attendus au moins (bailleurs, associations, écoles…).',
    );
    const three = report(['association', 'school', 'social_landlord']);
    assert.equal(three.signals[0]!.met, true);
  });

  test('criterion 4 looks at the referents and the declared availability', () => {
    const team = (app: EvaluableApplication) =>
      evaluate(app, CALL, { now: NOW }).criteria.find((c) => c.id === 'team_availability')!;
    assert.equal(team(completeApplication()).status, 'ready');
    assert.equal(team(withChange((a) => (a.team!.availability = 'Un peu.'))).status, 'partial');
    assert.equal(team({ commune: '93066' }).status, 'not_started');
  });

  test('criteria 1 to 3 move from not started to ready as the answers are developed', () => {
    const statuses = (app: EvaluableApplication) =>
      evaluate(app, CALL, { now: NOW })
        .criteria.slice(0, 3)
        .map((c) => c.status);
    assert.deepEqual(statuses({ commune: '93066' }), ['not_started', 'not_started', 'not_started']);
    const developed = withChange((a) => {
      a.challenge!.description = 'Un défi développé. '.repeat(20);
      a.policyCoherence!.text = 'Nos politiques publiques. '.repeat(15);
    });
    assert.deepEqual(statuses(developed), ['ready', 'ready', 'ready']);
  });
});
