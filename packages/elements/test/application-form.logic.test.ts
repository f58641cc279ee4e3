// The form's pure parts, without a sandbox: which messages show where (reveal.ts), the dossier as the
// rules see it and its once-per-update cache (report.ts), the status line's words (status.ts), and
// where a focus target lands (focus.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { Application, QMI_2 } from '@qmi/core';
import { evaluate, type Issue, type Report } from '@qmi/validators';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FORM_MESSAGES } from '../src/form/application-form.messages.js';
import { focusTarget } from '../src/form/focus.js';
import { evaluableOf, PerUpdate, snapshotOf } from '../src/form/report.js';
import {
  blocking,
  blockingIn,
  inCurrentReport,
  isConfirmed,
  isShown,
  labelOf,
  messageAt,
  NOTHING_REVEALED,
  reveal,
  sectionOf,
} from '../src/form/reveal.js';
import { statusText } from '../src/form/status.js';

const issue = (
  path: string,
  message: string,
  severity: Issue['severity'] = 'error',
  rule = 'field.required',
): Issue => ({
  rule,
  category: 'completeness',
  severity,
  path,
  message,
  params: {},
});

const reportOf = (issues: Issue[]): Report => ({
  eligible: true,
  complete: false,
  readyToSubmit: false,
  issues,
  criteria: [],
  criteriaNote: '',
  sections: [],
});

const title = issue('challenge.title', 'Donnez un intitulé au défi.');
const agentEmail = issue('team.agent.email', 'Indiquez l’adresse de l’agent.');
const mayorLetter = issue('documents.mayor_letter', 'Joignez la lettre du maire.');
const hint = issue('challenge.description', 'Une description plus longue aiderait.', 'warning');
const report = reportOf([title, agentEmail, mayorLetter, hint]);

describe('<qmi-application-form> logic: which messages show, and where', () => {
  it('finds the section of a field, of a part of a person, of a list item, and of a document kind', () => {
    expect(sectionOf(QMI_2, 'challenge.title')).to.equal('challenge');
    expect(sectionOf(QMI_2, 'team.agent.email')).to.equal('team');
    expect(sectionOf(QMI_2, 'partners.0.name')).to.equal('partners');
    expect(sectionOf(QMI_2, 'documents.mayor_letter')).to.equal('documents');
    expect(sectionOf(QMI_2, 'nowhere.at.all')).to.equal(undefined);
    expect(sectionOf(undefined, 'challenge.title')).to.equal(undefined);
  });

  it('names a path by its field’s label, in the page’s language, with the part inside the field after it', () => {
    expect(labelOf(QMI_2, 'sectors', 'fr')).to.equal('Secteurs proposés');
    expect(labelOf(QMI_2, 'sectors', 'en')).to.equal('Proposed sectors');
    expect(labelOf(QMI_2, 'sectors.0.name', 'fr')).to.equal('Secteurs proposés (0.name)');
    expect(labelOf(QMI_2, 'nowhere', 'fr')).to.equal('nowhere');
  });

  it('shows nothing while typing, a section’s messages once it is checked, and every message once sending is tried', () => {
    expect(messageAt(report, QMI_2, NOTHING_REVEALED, 'challenge.title')).to.equal(undefined);
    const checked = reveal(NOTHING_REVEALED, 'challenge');
    expect(messageAt(report, QMI_2, checked, 'challenge.title')).to.equal('Donnez un intitulé au défi.');
    expect(messageAt(report, QMI_2, checked, 'team.agent.email')).to.equal(undefined);
    expect(isShown(checked, QMI_2, agentEmail)).to.equal(false);
    expect(messageAt(report, QMI_2, 'all', 'team.agent.email')).to.equal('Indiquez l’adresse de l’agent.');
    expect(messageAt(report, QMI_2, 'all', 'documents.mayor_letter')).to.equal('Joignez la lettre du maire.');
    // A warning never shows as a field's message: it does not block sending.
    expect(messageAt(report, QMI_2, 'all', 'challenge.description')).to.equal(undefined);
  });

  it('adds to what is revealed without changing it, and "all" stays "all"', () => {
    const first = reveal(NOTHING_REVEALED, 'team');
    const second = reveal(first, 'challenge');
    expect([...(NOTHING_REVEALED as Set<string>)]).to.deep.equal([]);
    expect([...(first as Set<string>)]).to.deep.equal(['team']);
    expect([...(second as Set<string>)].sort()).to.deep.equal(['challenge', 'team']);
    expect(reveal('all', 'team')).to.equal('all');
  });

  it('lists what blocks sending, in the whole dossier or in one section, warnings left out', () => {
    expect(blocking(report.issues)).to.deep.equal([title, agentEmail, mayorLetter]);
    expect(blockingIn(report, QMI_2, 'challenge')).to.deep.equal([title]);
    expect(blockingIn(report, QMI_2, 'documents')).to.deep.equal([mayorLetter]);
    expect(blockingIn(report, QMI_2, 'motivations')).to.deep.equal([]);
  });

  it('says a checked section is complete only when checked here, not after sending, and when nothing blocks in it', () => {
    const checked = reveal(reveal(NOTHING_REVEALED, 'motivations'), 'challenge');
    expect(isConfirmed(report, QMI_2, checked, 'motivations')).to.equal(true);
    expect(isConfirmed(report, QMI_2, checked, 'challenge')).to.equal(false);
    expect(isConfirmed(report, QMI_2, NOTHING_REVEALED, 'motivations')).to.equal(false);
    expect(isConfirmed(report, QMI_2, 'all', 'motivations')).to.equal(false);
  });

  it('words a listed problem as the current report does (the page’s language changed since it was listed)', () => {
    const english = reportOf([issue('challenge.title', 'Give the challenge a title.')]);
    expect(inCurrentReport(english, title).message).to.equal('Give the challenge a title.');
    // Gone from the report (fixed since): the problem as it was listed.
    expect(inCurrentReport(reportOf([]), title)).to.equal(title);
    expect(inCurrentReport(undefined, title)).to.equal(title);
  });
});

describe('<qmi-application-form> logic: the dossier as the rules see it', () => {
  const application = Application.parse({
    id: 'app-1',
    callId: 'qmi-2',
    commune: '93066',
    status: 'draft',
    revision: 3,
    ownerId: 'user-1',
    holdsPlace: true,
    documents: [],
    createdAt: '2023-12-01T09:00:00Z',
    updatedAt: '2023-12-01T09:00:00Z',
    challenge: { title: 'Ancien intitulé' },
  });

  it('is the draft (local edits included) with the server’s id, commune, documents and status', () => {
    const evaluable = evaluableOf(application, { challenge: { title: 'Rues aux écoles' } });
    expect(evaluable.challenge?.title).to.equal('Rues aux écoles');
    expect([evaluable.id, evaluable.commune, evaluable.status]).to.deep.equal(['app-1', '93066', 'draft']);
    expect(evaluable.documents).to.deep.equal([]);
  });

  it('is judged by the call’s rules, in the language asked', () => {
    const at = new Date('2023-12-01T09:00:00Z');
    const { report: fr } = snapshotOf({ application, draft: {} }, QMI_2, at, 'fr', { evaluate });
    const { report: en } = snapshotOf({ application, draft: {} }, QMI_2, at, 'en', { evaluate });
    expect(fr.readyToSubmit).to.equal(false);
    expect(blockingIn(fr, QMI_2, 'challenge').map((i) => i.path)).to.include('challenge.title');
    expect(fr.issues.map((i) => i.rule)).to.deep.equal(en.issues.map((i) => i.rule));
    expect(fr.issues[0]?.message).to.not.equal(en.issues[0]?.message);
  });

  it('is computed at most once per update of the form for the same dossier, and again at the next update', () => {
    const controllers: ReactiveController[] = [];
    const host = { addController: (c: ReactiveController) => controllers.push(c) } as unknown as ReactiveControllerHost;
    let runs = 0;
    const cache = new PerUpdate(host, (key: { id: string }) => ({ id: key.id, run: ++runs }));
    const a = { id: 'a' };
    const b = { id: 'b' };
    expect(cache.get(a)).to.deep.equal({ id: 'a', run: 1 });
    expect(cache.get(a)).to.deep.equal({ id: 'a', run: 1 });
    expect(cache.get(b)).to.deep.equal({ id: 'b', run: 2 });
    controllers.forEach((controller) => controller.hostUpdate?.());
    expect(cache.get(b)).to.deep.equal({ id: 'b', run: 3 });
  });
});

describe('<qmi-application-form> logic: the status line and focus targets', () => {
  it('says when the last save was, or the status in words', () => {
    const fr = FORM_MESSAGES.fr;
    const at = new Date(2023, 11, 1, 10, 2);
    expect(statusText(fr, 'fr', { status: 'saved', lastSavedAt: at })).to.equal(fr.savedAt('10:02'));
    expect(statusText(fr, 'fr', { status: 'saved', lastSavedAt: undefined })).to.equal(fr.status.saved);
    expect(statusText(fr, 'fr', { status: 'offline', lastSavedAt: at })).to.equal(fr.status.offline);
  });

  it('focuses a control itself, a container that takes focus, or a container’s first enabled control', async () => {
    const root = await fixture<HTMLElement>(
      html`<div>
        <fieldset id="group"><input id="off" disabled /><input id="first" /><input id="second" /></fieldset>
        <div id="summary" tabindex="-1"><a href="#x">x</a></div>
        <button id="button">Ajouter</button>
        <div id="empty"></div>
      </div>`,
    );
    const q = (selector: string) => root.querySelector(selector);
    expect(focusTarget(q('#group'))?.id).to.equal('first');
    expect(focusTarget(q('#summary'))?.id).to.equal('summary');
    expect(focusTarget(q('#button'))?.id).to.equal('button');
    expect(focusTarget(q('#empty'))).to.equal(null);
    expect(focusTarget(null)).to.equal(null);
  });
});
