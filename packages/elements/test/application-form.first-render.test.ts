// The form's first render on a long dossier (issue 17): what a person notices of the work that made it
// faster. The dossier named by the page is asked for beside its call, not after it; a type chosen for each
// partner shows as chosen; and the list items that are not laid out until they come into view still
// show a control's whole focus ring once they are.
import { expect } from '@open-wc/testing';
import { createClient } from '@qmi/core';
import type { QmiApplicationForm } from '../src/form/application-form.component.js';
import { $, mountForm, newDossier, SANDBOX_NOW } from './support/form-helpers.js';
import { waitFor } from './support/world.js';

const PARTNERS = 12;
const TYPES = ['association', 'school', 'company'] as const;

/**
 * A form on a dossier with `PARTNERS` partners. Its client's network is slow to answer the call (as a
 * phone's can be), and keeps the order in which requests left and answers came.
 */
async function formWithPartners() {
  const { client, application, call } = await newDossier();
  const partners = Array.from({ length: PARTNERS }, (_, i) => ({
    id: `partner-${i + 1}`,
    name: `Partenaire ${i + 1}`,
    type: TYPES[i % TYPES.length],
    contact: { name: `Contact ${i + 1}`, email: `contact${i + 1}@partenaire.example.org` },
  }));
  await client.applications.update(application.id, { partners }, { ifMatch: application.revision });
  const events: string[] = [];
  const dossierPath = `/v1/applications/${application.id}`;
  const name = (request: Request) => {
    const pathname = new URL(request.url).pathname;
    return pathname === `/v1/calls/${call}`
      ? 'call'
      : pathname === dossierPath
        ? 'dossier'
        : pathname === `${dossierPath}/collaborators`
          ? 'people'
          : pathname === `${dossierPath}/section-comments`
            ? 'comments'
            : '';
  };
  // The frame that first shows the dossier, among the requests.
  const watch = () => {
    if (document.querySelector('qmi-application-form')?.shadowRoot?.querySelector('#section-submit'))
      events.push('dossier on screen');
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  const slow = createClient({
    baseUrl: client.baseUrl,
    token: await client.getToken(),
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const what = request.method === 'GET' ? name(request) : '';
      if (what) events.push(`${what} asked`);
      const response = await fetch(request);
      if (what === 'call') await new Promise((resolve) => setTimeout(resolve, 400));
      if (what) events.push(`${what} answered`);
      return response;
    },
  });
  const form = await mountForm({ client: slow, call, application: application.id, now: SANDBOX_NOW });
  // Every partner built: those past the first ones come in the frames after the first (see deferred.ts).
  await form.updateComplete;
  return { form, events };
}

describe('<qmi-application-form> first render of a long dossier', () => {
  it('asks for the call and the dossier the page names at once: the form shows after one round trip', async () => {
    const { events } = await formWithPartners();
    // The dossier was asked for before the (slow) call answered, not after.
    expect(events.indexOf('dossier asked'), events.join(', ')).to.be.above(-1);
    expect(events.indexOf('dossier asked'), events.join(', ')).to.be.below(events.indexOf('call answered'));
  });

  it('asks who has access and what the organisers said once the dossier is on screen, and shows them', async () => {
    const { form, events } = await formWithPartners();
    await waitFor(() => events.includes('people answered') && events.includes('comments answered'), {
      message: 'the people panel and the feedback to be asked for',
    });
    // Asked in the task that rendered the dossier, their requests were work done before its first frame.
    for (const what of ['people', 'comments'])
      expect(events.indexOf(`${what} asked`), events.join(', ')).to.be.above(events.indexOf('dossier on screen'));
    expect(events.indexOf('dossier on screen'), events.join(', ')).to.be.above(-1);
    // The panel then lists who has access (the signed-in applicant, owner of the dossier).
    await waitFor(() => Boolean($(form, '.people__list li')), {
      message: 'the people panel to list who has access',
    });
  });

  it('builds the dossier’s fields once before the frame that shows it, not twice', async () => {
    // Each of the form's updates: whether the dossier was there after it. A second update before the frame
    // (a part's task run to nothing, say) goes over every field and its rules again while the person waits.
    const Form = customElements.get('qmi-application-form') as unknown as {
      prototype: { update(changed: unknown): void };
    };
    const update = Form.prototype.update;
    const shown: boolean[] = [];
    Form.prototype.update = function (this: QmiApplicationForm, changed: unknown) {
      update.call(this, changed);
      shown.push(Boolean(this.shadowRoot?.querySelector('#section-submit')));
    };
    let beforeFrame: boolean[] | undefined;
    const watch = () => {
      if (shown.includes(true)) beforeFrame = [...shown];
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    try {
      await formWithPartners();
    } finally {
      Form.prototype.update = update;
    }
    expect(
      beforeFrame?.filter(Boolean),
      `updates before the frame (dossier there after each): ${beforeFrame}`,
    ).to.have.length(1);
  });

  it('shows each partner’s type as chosen, with every type offered', async () => {
    const { form } = await formWithPartners();
    for (let i = 0; i < PARTNERS; i++) {
      const select = $(form, `#f-partners-${i}-type`) as HTMLSelectElement;
      expect(select.value, `partner ${i + 1}`).to.equal(TYPES[i % TYPES.length]);
      expect(select.selectedOptions[0]!.textContent!.trim()).to.not.equal('');
    }
    const first = $(form, '#f-partners-0-type') as HTMLSelectElement;
    expect(first.options[0]!.value).to.equal('');
    expect([...first.options].map((option) => option.value)).to.include.members([...TYPES]);
  });

  it('paints the whole focus ring of a control in the last partner, once scrolled to it', async () => {
    const { form } = await formWithPartners();
    const item = $(form, `#f-partners-${PARTNERS - 1}`) as HTMLElement;
    const button = $(form, `#f-partners-${PARTNERS - 1}-remove`) as HTMLButtonElement;
    const email = $(form, `#f-partners-${PARTNERS - 1}-contact-email`) as HTMLInputElement;
    for (const control of [email, button]) {
      control.focus();
      control.scrollIntoView({ block: 'center' });
      await (form as QmiApplicationForm).updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const style = getComputedStyle(control);
      const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      expect(ring, 'a focus ring is drawn').to.be.above(0);
      // An item that is not laid out out of view clips what it paints to its padding box (plus its
      // overflow-clip-margin): the ring must fit inside it.
      const box = item.getBoundingClientRect();
      const itemStyle = getComputedStyle(item);
      const margin = parseFloat(itemStyle.overflowClipMargin) || 0;
      const inside = {
        left: box.left + parseFloat(itemStyle.borderLeftWidth),
        right: box.right - parseFloat(itemStyle.borderRightWidth),
        top: box.top + parseFloat(itemStyle.borderTopWidth),
        bottom: box.bottom - parseFloat(itemStyle.borderBottomWidth),
      };
      const clips = itemStyle.contentVisibility === 'auto' || /paint|strict|content/.test(itemStyle.contain);
      const rect = control.getBoundingClientRect();
      const tolerance = clips ? 0 : Number.POSITIVE_INFINITY;
      expect(rect.left - ring, control.id).to.be.at.least(inside.left - margin - tolerance);
      expect(rect.right + ring, control.id).to.be.at.most(inside.right + margin + tolerance);
      expect(rect.top - ring, control.id).to.be.at.least(inside.top - margin - tolerance);
      expect(rect.bottom + ring, control.id).to.be.at.most(inside.bottom + margin + tolerance);
    }
  });
});
