import { expect, fixture, html } from '@open-wc/testing';
import { createClient, QMI_2 } from '@qmi/core';
import { exampleDossier } from '@qmi/core/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/assessment/assessment.js';
import '../src/checklist/checklist.js';
import '../src/commune-picker/commune-picker.js';
import '../src/dossier-view/dossier-view.js';
import '../src/form/application-form.js';
import '../src/messages/messages.js';
import '../src/notifications/notifications.js';
import '../src/review-board/review-board.js';
import '../src/session/session.js';
import type { QmiSessionElement } from '../src/session/session.js';
import { tokenKey } from '../src/session/session.storage.js';
import '../src/timeline/timeline.js';
import '../src/uploader/uploader.js';
import { invitedReviewer, organiserClient, submittedDossier } from './support/committee.js';
import { $, newDossier, SANDBOX_NOW } from './support/form-helpers.js';
import { kind, pdf, pick } from './support/uploads.js';
import { ORGANISER, PASSWORD, sandboxUrl, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

/**
 * WCAG 1.4.10 (reflow at 320 CSS px) with 1.4.12 (text spacing) at once, as an auditor checks them:
 * a 320 px wide viewport, and the text-spacing bookmarklet's styles in the page and in every shadow
 * root (an extension that only styles the document would not reach inside the elements, where
 * their own rules set line heights). Nothing may stick out of the 320 px or scroll sideways.
 */
const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;
const WIDTH = 320;

/** Adds the text-spacing styles to the document and to each shadow root under it, again as elements render new ones. */
function applyTextSpacing(root: Document | ShadowRoot) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(TEXT_SPACING);
  const roots = new Set<Document | ShadowRoot>();
  const add = (node: Document | ShadowRoot) => {
    if (!roots.has(node)) {
      roots.add(node);
      node.adoptedStyleSheets = [...node.adoptedStyleSheets, sheet];
    }
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) add(el.shadowRoot);
  };
  add(root);
  return () => add(root);
}

/** Elements clipped to a pixel on purpose (visually hidden text) hold nothing a person sees. */
const visuallyHidden = (el: Element) => {
  const rect = el.getBoundingClientRect();
  return rect.width <= 1 || rect.height <= 1;
};

/** A box that holds one data table and nothing else (with its header cells: a table of data, not of layout). */
const tableScroller = (el: Element) =>
  el.children.length === 1 && el.firstElementChild!.localName === 'table' && Boolean(el.querySelector('th'));

/**
 * Every visible element, across shadow roots, that reaches beyond the container's sides or scrolls
 * sideways inside itself, with by how many pixels.
 */
function overflows(container: Element): string[] {
  const bounds = container.getBoundingClientRect();
  const out: string[] = [];
  const describe = (el: Element) => {
    const part = el.getAttribute('part');
    const text = el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 40);
    return `<${el.localName}${el.id ? `#${el.id}` : ''}${part ? ` part="${part}"` : ''}> “${text}”`;
  };
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.children) {
      if (visuallyHidden(el) || getComputedStyle(el).display === 'none') continue;
      const rect = el.getBoundingClientRect();
      const beyond = Math.max(rect.right - bounds.right, bounds.left - rect.left);
      if (beyond > 0.5) out.push(`${describe(el)} sticks out by ${Math.round(beyond)} px`);
      // Fields scroll their own value by design; any other box that scrolls sideways fails reflow.
      const style = getComputedStyle(el);
      const scrolls = style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
      // But a data table, whose columns only mean something side by side, may scroll inside a box of
      // its own (the exception WCAG 1.4.10 makes for two-dimensional content): that box must fit,
      // and what it scrolls stays in it.
      if (scrolls && tableScroller(el)) continue;
      if (!/^(input|textarea|select)$/.test(el.localName) && scrolls) {
        out.push(`${describe(el)} scrolls sideways by ${el.scrollWidth - el.clientWidth} px`);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
      walk(el);
    }
  };
  walk(container);
  return out;
}

describe('320 px wide with text spacing (WCAG 1.4.10 and 1.4.12): nothing sticks out or scrolls sideways', () => {
  let url: string;
  let refresh: () => void;
  let bodyMargin: string;
  before(async () => {
    url = await sandboxUrl();
    await setViewport({ width: WIDTH, height: 640 });
    bodyMargin = document.body.style.margin;
    document.body.style.margin = '0';
    refresh = applyTextSpacing(document);
  });
  after(async () => {
    document.adoptedStyleSheets = [];
    document.body.style.margin = bodyMargin;
    await setViewport({ width: 800, height: 600 });
  });
  beforeEach(() => localStorage.removeItem(tokenKey(url)));

  /** Mounts some content in a 320 px column and returns that column once `ready` holds. */
  async function column(content: TemplateResult | string, ready: (container: HTMLElement) => boolean) {
    const container = await fixture<HTMLElement>(
      typeof content === 'string'
        ? `<div lang="fr" style="width: ${WIDTH}px">${content}</div>`
        : html`<div lang="fr" style="width: ${WIDTH}px">${content}</div>`,
    );
    await waitFor(() => ready(container), { message: 'the element to render' });
    return container;
  }
  const within = (container: HTMLElement, selector: string) => container.querySelector(selector)!;
  const expectNoOverflow = async (container: HTMLElement) => {
    refresh();
    await new Promise(requestAnimationFrame);
    // The spacing reaches inside the elements: a label, a button or a paragraph of the shadow root.
    const inside = [...container.querySelectorAll('*')]
      .find((el) => el.shadowRoot)!
      .shadowRoot!.querySelector('label, button, p, li')!;
    const style = getComputedStyle(inside);
    expect(
      parseFloat(style.letterSpacing) / parseFloat(style.fontSize),
      'letter spacing inside the element',
    ).to.be.closeTo(0.12, 0.005);
    expect(overflows(container)).to.deep.equal([]);
  };

  it('the uploader of a per-partner document, with its "Partenaire concerné" select', async () => {
    const { client, application } = await newDossier('qmi-2');
    const rule = QMI_2.documentKinds.find((k) => k.perPartner)!;
    const partners = [
      { id: 'p1', name: 'Office public de l’habitat de la ville' },
      { id: 'p2', name: 'Association des parents d’élèves Pleyel' },
    ];
    const container = await column(
      html`<qmi-document-uploader .client=${client} application=${application.id} .rule=${rule} .partners=${partners}></qmi-document-uploader>`,
      (c) => Boolean($(within(c, 'qmi-document-uploader'), 'select')),
    );
    await expectNoOverflow(container);
  });

  it('the uploader with a file of a long name, sent', async () => {
    const { client, application } = await newDossier('qmi-2');
    const rule = kind('sector_sheet');
    const container = await column(
      html`<qmi-document-uploader .client=${client} application=${application.id} .rule=${rule}></qmi-document-uploader>`,
      (c) => Boolean($(within(c, 'qmi-document-uploader'), 'input[type="file"]')),
    );
    const el = within(container, 'qmi-document-uploader');
    pick(el, pdf('fiche-secteur-quartier-pleyel-saint-denis-2024.pdf'));
    await waitFor(() => $(el, '.files')?.textContent?.includes('Envoyé') ?? false, {
      message: 'the file shown as sent',
    });
    await expectNoOverflow(container);
  });

  it('the form, filled (every section, repeatable groups, the documents’ uploaders), then with its error summary', async () => {
    const { client, application, call } = await newDossier('qmi-2');
    await client.applications.update(application.id, exampleDossier(), { ifMatch: application.revision });
    const container = await column(
      html`<qmi-application-form .client=${client} call=${call} application=${application.id} now=${SANDBOX_NOW}></qmi-application-form>`,
      (c) => Boolean($(within(c, 'qmi-application-form'), '.task-list')),
    );
    // Every section and uploader, built after the form's first frame for those past the first screen.
    const form = within(container, 'qmi-application-form');
    await (form as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    await expectNoOverflow(container);
    // Sent too early (documents missing): the error summary and the fields' messages.
    $<HTMLButtonElement>(form, '#section-submit button')!.click();
    await waitFor(() => Boolean($(form, '.error-summary')), { message: 'the error summary' });
    await expectNoOverflow(container);
  });

  it('the form’s start step, with the commune picker showing suggestions', async () => {
    const client = createClient({ baseUrl: url });
    await signUpVerified(client, { email: uniqueEmail(), password: PASSWORD });
    const container = await column(
      html`<qmi-application-form .client=${client} call="qmi-2" now=${SANDBOX_NOW}></qmi-application-form>`,
      (c) => Boolean($(within(c, 'qmi-application-form'), '.start')),
    );
    const form = within(container, 'qmi-application-form');
    const picker = form.shadowRoot!.querySelector('qmi-commune-picker')!;
    picker.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ type: 'Saint-D' });
    await waitFor(() => Boolean(picker.shadowRoot!.querySelector('li')), { message: 'suggestions' });
    await expectNoOverflow(container);
  });

  it('the session, signed out, then signed in and asking to sign in again', async () => {
    let container = await column(`<qmi-session api-base="${url}"><p>Le dossier</p></qmi-session>`, (c) =>
      within(c, 'qmi-session').matches(':state(signed-out)'),
    );
    await expectNoOverflow(container);
    const session = await signUpVerified(createClient({ baseUrl: url }), {
      email: uniqueEmail('une-adresse-assez-longue'),
      password: PASSWORD,
    });
    localStorage.setItem(tokenKey(url), session.token);
    container = await column(`<qmi-session api-base="${url}"><p>Le dossier</p></qmi-session>`, (c) =>
      within(c, 'qmi-session').matches(':state(signed-in)'),
    );
    await expectNoOverflow(container);
    const el = within(container, 'qmi-session') as QmiSessionElement;
    void el.reauthenticate().catch(() => undefined);
    await waitFor(() => Boolean(el.shadowRoot!.querySelector('dialog[open]')), { message: 'the dialog' });
    await expectNoOverflow(container);
  });

  it('the messages, with a thread', async () => {
    const { client, application } = await newDossier();
    const organiser = createClient({ baseUrl: url });
    await organiser.auth.signIn(ORGANISER);
    await organiser.messages.send(application.id, {
      body: 'Votre dossier est bien reçu ; une pièce manque : la lettre d’engagement du maire.',
    });
    const container = await column(
      html`<qmi-messages .client=${client} application=${application.id} now=${SANDBOX_NOW}></qmi-messages>`,
      (c) => Boolean($(within(c, 'qmi-messages'), '[part="thread"] li')),
    );
    await expectNoOverflow(container);
  });

  it('the review board of an organiser, with its filters, counts and table (the table scrolls in its own box)', async () => {
    const [organiser] = await Promise.all([organiserClient(), submittedDossier()]);
    const container = await column(
      html`<qmi-review-board .client=${organiser} call-id="qmi-2-test" now=${SANDBOX_NOW}></qmi-review-board>`,
      (c) => Boolean($(within(c, 'qmi-review-board'), 'tbody tr')),
    );
    await expectNoOverflow(container);
  });

  it('a submitted dossier read by its commune, then its history read by the organiser', async () => {
    const { client, application } = await submittedDossier();
    const dossier = (viewer: typeof client) =>
      column(html`<qmi-dossier-view .client=${viewer} application-id=${application.id}></qmi-dossier-view>`, (c) =>
        Boolean($(within(c, 'qmi-dossier-view'), '[part="heading"]')),
      );
    await expectNoOverflow(await dossier(client));
    const organiser = await organiserClient();
    const container = await dossier(organiser);
    await waitFor(() => Boolean($(within(container, 'qmi-dossier-view'), '.history')), { message: 'the history' });
    await expectNoOverflow(container);
  });

  it('the assessment: a reviewer rating the criteria, then the organiser’s panels', async () => {
    const organiser = await organiserClient();
    const { application } = await submittedDossier();
    const reviewer = await invitedReviewer(organiser);
    await organiser.assignments.assign(application.id, reviewer.id);
    const assessment = (client: typeof organiser) =>
      column(html`<qmi-assessment .client=${client} application-id=${application.id}></qmi-assessment>`, (c) =>
        Boolean($(within(c, 'qmi-assessment'), '.section, .done')),
      );
    await expectNoOverflow(await assessment(reviewer.client));
    await expectNoOverflow(await assessment(organiser));
  });

  it('the notifications, with an unread one', async () => {
    const { client, application } = await newDossier();
    const organiser = await organiserClient();
    await organiser.messages.send(application.id, { body: 'Votre dossier est bien reçu.' });
    const container = await column(html`<qmi-notifications .client=${client}></qmi-notifications>`, (c) =>
      Boolean($(within(c, 'qmi-notifications'), 'li')),
    );
    await expectNoOverflow(container);
  });

  it('the timeline (both layouts) and the checklist', async () => {
    for (const layout of ['vertical', 'horizontal']) {
      const container = await column(
        html`<qmi-timeline .definition=${QMI_2} now="2023-12-15T09:30:00Z" layout=${layout}></qmi-timeline>`,
        (c) => Boolean($(within(c, 'qmi-timeline'), 'ol')),
      );
      await expectNoOverflow(container);
    }
    const container = await column(
      html`<qmi-criteria-checklist api-base=${url} call="qmi-2"></qmi-criteria-checklist>`,
      (c) => Boolean($(within(c, 'qmi-criteria-checklist'), '[part~="criterion"]')),
    );
    await expectNoOverflow(container);
  });
});
