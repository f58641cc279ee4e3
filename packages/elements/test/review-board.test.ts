import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { QmiClient } from '@qmi/core';
import { MGP } from '@qmi/validators';
import { sendKeys } from '@web/test-runner-commands';
import '../src/review-board/review-board.js';
import type { QmiReviewBoard } from '../src/review-board/review-board.component.js';
import type { QmiDossierOpenEvent } from '../src/review-board/review-board.events.js';
import { recordAnnouncements } from './support/announcements.js';
import { invitedReviewer, organiserClient, submittedDossier } from './support/committee.js';
import { describeFocus } from './support/focus.js';
import { waitFor } from './support/world.js';

const CALL = 'qmi-2-test';
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const nameOf = (commune: string) => MGP.communes().find((c) => c.code === commune)!.name;

async function mount(client: QmiClient, lang = 'fr') {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><qmi-review-board .client=${client} call-id=${CALL}></qmi-review-board></div>`,
  );
  const el = wrapper.querySelector('qmi-review-board') as QmiReviewBoard;
  await waitFor(() => Boolean($(el, 'table') || $(el, '[role="alert"]')), { message: 'the board to load' });
  expect($(el, '[role="alert"]'), text($(el, '[role="alert"]'))).to.equal(null);
  return el;
}

/** The row of a commune's dossier: its header cell holds the commune's name. */
/** A dossier's row, by its id (a commune may have a draft beside the dossier holding its place). */
const rowOf = (el: Element, id: string) => $$(el, 'tbody tr').find((row) => row.dataset.id === id);

/** Types into the commune filter with real key presses. */
async function filterBy(el: Element, value: string) {
  $(el, 'input[type="search"]')!.focus();
  await sendKeys({ type: value });
}

const CLICK = HTMLAnchorElement.prototype.click;

/** The file the board hands to the browser (the object URL's bytes and the name it is saved under). */
function nextDownload(): Promise<{ name: string; blob: Blob }> {
  const original = HTMLAnchorElement.prototype.click;
  return new Promise((resolve, reject) => {
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.download) return original.call(this);
      HTMLAnchorElement.prototype.click = original;
      fetch(this.href)
        .then((response) => response.blob())
        .then((blob) => resolve({ name: this.download, blob }), reject);
    };
  });
}

const button = (el: Element, label: RegExp) => $$<HTMLButtonElement>(el, 'button').find((b) => label.test(text(b)))!;

describe('<qmi-review-board>', () => {
  let organiser: QmiClient;
  before(async () => {
    organiser = await organiserClient();
  });
  // A test that fails before its download leaves no patched click behind.
  afterEach(() => {
    HTMLAnchorElement.prototype.click = CLICK;
  });

  it('shows an organiser each dossier with its status, completeness, eligibility and the laureates against the cap, in French and English', async () => {
    const { application } = await submittedDossier();
    const name = nameOf(application.commune);
    const el = await mount(organiser);
    const row = rowOf(el, application.id)!;
    expect(row, `a row for ${name}`).to.exist;
    const cells = [...row.querySelectorAll('td')].map(text);
    expect(cells).to.include('Déposé');
    expect(cells.filter((cell) => cell === 'Oui')).to.have.length(2);
    expect(text($(el, '[part="cap"]'))).to.match(/^\d+ \/ 4 sélectionnées?$/);
    expect(text($(el, 'caption'))).to.contain('Quartiers Métropolitains d’Innovation');
    expect($(el, 'th[aria-sort="ascending"]')?.textContent).to.contain('Commune');
    await expect(el).to.be.accessible();

    const en = await mount(organiser, 'en');
    expect([...rowOf(en, application.id)!.querySelectorAll('td')].map(text)).to.include('Submitted');
    expect(text($(en, '[part="cap"]'))).to.match(/^\d+ \/ 4 selected$/);
    await expect(en).to.be.accessible();
  });

  it('filters by commune as the organiser types, and says how many dossiers it shows', async () => {
    const { application } = await submittedDossier();
    await submittedDossier();
    const name = nameOf(application.commune);
    const el = await mount(organiser);
    const said = recordAnnouncements(el);
    await filterBy(el, name);
    await waitFor(() => $$(el, 'tbody tr').length === 1, { message: 'one row left' });
    expect(text($$(el, 'tbody th')[0])).to.contain(name);
    expect(text($(el, 'caption'))).to.match(/1 dossier affiché sur \d+/);
    await waitFor(() => said.list.includes('1 dossier affiché.'), { message: 'the count to be announced' });
    button(el, /Effacer les filtres/).click();
    await waitFor(() => $$(el, 'tbody tr').length >= 2, { message: 'every row back' });
  });

  it('counts the dossiers per status, and a count filters the table by its status', async () => {
    await submittedDossier();
    const el = await mount(organiser);
    const submitted = button(el, /^Déposé : \d+$/);
    const count = Number(/\d+/.exec(text(submitted))![0]);
    submitted.click();
    await waitFor(() => submitted.getAttribute('aria-pressed') === 'true', { message: 'the count to be pressed' });
    expect($$(el, 'tbody tr')).to.have.length(count);
    for (const row of $$(el, 'tbody tr')) expect([...row.querySelectorAll('td')].map(text)).to.include('Déposé');
  });

  it('exports only the checked dossiers as a CSV that keeps accents, and as an XLSX workbook', async () => {
    const { application } = await submittedDossier();
    await submittedDossier();
    const name = nameOf(application.commune);
    const el = await mount(organiser);
    const box = rowOf(el, application.id)!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.getAttribute('aria-label')).to.equal(`Cocher le dossier de ${name}`);
    box.click();
    await waitFor(() => text($(el, '[part="checked"]')) === '1 dossier coché', { message: 'one dossier checked' });

    const csv = nextDownload();
    button(el, /Exporter en CSV/).click();
    const file = await csv;
    expect(file.name).to.match(/\.csv$/);
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect([...bytes.slice(0, 3)], 'a UTF-8 byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder()
      .decode(bytes)
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines, 'the header and the one dossier checked').to.have.length(2);
    expect(lines[0]).to.contain(';').and.contain('Éligible');
    expect(lines[1]).to.contain(name).and.contain('Déposé');
    await waitFor(() => text($(el, '[part="status"]')).startsWith('Fichier téléchargé'), { message: 'the result' });

    const xlsx = nextDownload();
    button(el, /Exporter en XLSX/).click();
    const workbook = await xlsx;
    expect(workbook.name).to.match(/\.xlsx$/);
    const head = new Uint8Array(await workbook.blob.slice(0, 2).arrayBuffer());
    expect(String.fromCharCode(...head), 'a ZIP container, as every XLSX').to.equal('PK');
  });

  it('downloads a dossier’s documents as a ZIP from its row', async () => {
    const { application } = await submittedDossier();
    const name = nameOf(application.commune);
    const el = await mount(organiser);
    const zip = rowOf(el, application.id)!.querySelector<HTMLButtonElement>('[part~="zip"]')!;
    expect(text(zip)).to.equal(`ZIP des pièces de ${name}`);
    const download = nextDownload();
    zip.click();
    const file = await download;
    expect(file.name).to.match(/\.zip$/);
    const head = new Uint8Array(await file.blob.slice(0, 2).arrayBuffer());
    expect(String.fromCharCode(...head)).to.equal('PK');
  });

  it('sorts by a column from its header, marks the order and says it', async () => {
    await submittedDossier();
    await submittedDossier();
    const el = await mount(organiser);
    const said = recordAnnouncements(el);
    const names = () => $$(el, 'tbody th').map((th) => text(th.querySelector('[part="link"]')));
    button(el, /^Commune/).click();
    await waitFor(() => $(el, 'th[aria-sort="descending"]') !== null, { message: 'descending order' });
    const shown = names();
    expect(shown).to.deep.equal([...shown].sort((a, b) => b.localeCompare(a, 'fr', { sensitivity: 'base' })));
    await waitFor(() => said.list.includes('Trié par Commune, ordre décroissant.'), { message: 'the order said' });
  });

  it('moves between dossiers with the arrow keys, one tab stop, and opens one with Enter', async () => {
    await submittedDossier();
    await submittedDossier();
    const el = await mount(organiser);
    const links = $$(el, '[part="link"]');
    expect(
      links.filter((link) => link.tabIndex === 0),
      'one tab stop',
    ).to.have.length(1);
    links[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(describeFocus()).to.contain(text(links[1]));
    expect(links[1]!.tabIndex).to.equal(0);
    expect(links[0]!.tabIndex).to.equal(-1);
    const opened = oneEvent(el, 'qmi-dossier-open') as Promise<QmiDossierOpenEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await opened;
    expect(event.applicationId).to.equal(links[1]!.getAttribute('data-row'));
    expect(event.cancelable).to.equal(true);
  });

  it('shows a reviewer only the dossiers assigned to them and where their own assessment stands', async () => {
    const assigned = await submittedDossier();
    const other = await submittedDossier();
    const reviewer = await invitedReviewer(organiser);
    await organiser.assignments.assign(assigned.application.id, reviewer.id);
    const el = await mount(reviewer.client);
    expect(text($(el, '[part="heading"]'))).to.equal('Dossiers qui vous sont confiés');
    expect($$(el, 'tbody tr')).to.have.length(1);
    expect(rowOf(el, assigned.application.id)).to.exist;
    expect(rowOf(el, other.application.id)).to.equal(undefined);
    expect([...$$(el, 'tbody tr')[0]!.querySelectorAll('td')].map(text)).to.include('À commencer');
    expect(button(el, /Exporter/), 'no export for reviewers').to.equal(undefined);
    await expect(el).to.be.accessible();
  });
});
