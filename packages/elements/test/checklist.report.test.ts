import { expect } from '@open-wc/testing';
import type { Issue, Report } from '@qmi/validators';
import { CHECKLIST_MESSAGES } from '../src/checklist/checklist.messages.js';
import { groupIssues, listFormat, overallText, zoneCity } from '../src/checklist/checklist.report.js';

const issue = (category: Issue['category'], severity: Issue['severity'], rule: string): Issue => ({
  rule,
  category,
  severity,
  path: '',
  message: rule,
  params: {},
});

const report = (issues: Issue[], flags: Partial<Pick<Report, 'eligible' | 'readyToSubmit'>> = {}): Report => ({
  eligible: flags.eligible ?? true,
  complete: false,
  readyToSubmit: flags.readyToSubmit ?? false,
  issues,
  criteria: [],
  criteriaNote: '',
  sections: [],
});

const fr = CHECKLIST_MESSAGES.fr;
// English is loaded on first use (lazyTranslations), as a page in English would.
const en = await CHECKLIST_MESSAGES.load.en();

describe('the checklist’s reading of a report (pure)', () => {
  it('groups the issues into eligibility errors and notes, missing and doubtful items', () => {
    const issues = [
      issue('eligibility', 'error', 'commune.outside'),
      issue('eligibility', 'info', 'commune.note'),
      issue('completeness', 'error', 'field.required'),
      issue('completeness', 'warning', 'field.short'),
      issue('completeness', 'error', 'documents.count'),
    ];
    const groups = groupIssues(report(issues));
    expect(groups.eligibilityErrors.map((i) => i.rule)).to.deep.equal(['commune.outside']);
    expect(groups.eligibilityNotes.map((i) => i.rule)).to.deep.equal(['commune.note']);
    expect(groups.missing.map((i) => i.rule)).to.deep.equal(['field.required', 'documents.count']);
    expect(groups.doubtful.map((i) => i.rule)).to.deep.equal(['field.short']);
  });

  it('says ready, blocked, or how many points are left, in the reader’s language', () => {
    expect(overallText(report([], { readyToSubmit: true }), fr)).to.equal(fr.ready);
    expect(overallText(report([issue('eligibility', 'error', 'x')], { eligible: false }), fr)).to.equal(fr.blocked);
    const two = report([
      issue('completeness', 'error', 'a'),
      issue('completeness', 'warning', 'b'),
      issue('completeness', 'error', 'c'),
    ]);
    expect(overallText(two, fr)).to.equal('2 points à compléter');
    expect(overallText(two, en)).to.equal('2 items to complete');
  });

  it('names a time zone by its city, and lists names as a sentence does', () => {
    expect(zoneCity('Europe/Paris')).to.equal('Paris');
    expect(zoneCity('America/New_York')).to.equal('New York');
    expect(zoneCity('UTC')).to.equal('UTC');
    expect(listFormat(['Meudon', 'Sceaux', 'Bobigny'], 'fr')).to.equal('Meudon, Sceaux et Bobigny');
    expect(listFormat(['Meudon', 'Sceaux', 'Bobigny'], 'en')).to.equal('Meudon, Sceaux and Bobigny');
  });
});
