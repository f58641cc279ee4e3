import { expect, fixture, html } from '@open-wc/testing';
import { type CallDefinition, type Lang, startUpload } from '@qmi/core';
import '../src/uploader/uploader.js';
import type { QmiUploadErrorEvent } from '../src/uploader/uploader.events.js';
import { newDossier } from './support/form-helpers.js';
import { pdf, pick, png } from './support/uploads.js';
import { sandboxUrl, waitFor } from './support/world.js';

/**
 * One source per rule: a file the uploader refuses at pick is refused by the platform with the same
 * problem code and the same words (its `detail`), in French and in English. The same file, in the same
 * dossier, is picked in the real uploader and announced straight to the platform's upload route (the tus
 * creation request the uploader would send), with no check of the page in between.
 */

interface Announced {
  status: number;
  code: string | undefined;
  detail: string | undefined;
  created: boolean;
}

/** The tus creation request for `file`, as the uploader's engine sends it (metadata in base64, the page's language). */
async function announce(token: string, metadata: Record<string, string>, size: number, lang: Lang): Promise<Announced> {
  const encode = (value: string) => btoa(String.fromCharCode(...new TextEncoder().encode(value)));
  const response = await fetch(`${await sandboxUrl()}/v1/uploads`, {
    method: 'POST',
    headers: {
      'tus-resumable': '1.0.0',
      authorization: `Bearer ${token}`,
      'upload-length': String(size),
      'upload-metadata': Object.entries(metadata)
        .map(([key, value]) => `${key} ${encode(value)}`)
        .join(','),
      'accept-language': lang,
    },
  });
  const body = (await response.json().catch(() => ({}))) as { code?: string; detail?: string };
  return { status: response.status, code: body.code, detail: body.detail, created: response.headers.has('location') };
}

interface Case {
  name: string;
  call: string;
  kind: string;
  /** The bad file, and the ones picked with it before it (in the same pick). */
  files: () => File[];
  /** Files the dossier already holds, sent before the uploader is shown. */
  before?: Array<{ kind: string; file: File }>;
  partners?: Array<{ id: string; name: string }>;
  code: string;
}

const KiB = 1024;

const CASES: Case[] = [
  {
    name: 'a format the kind does not take',
    call: 'qmi-2',
    kind: 'mayor_letter',
    files: () => [png('scan.png')],
    code: 'document_type_not_accepted',
  },
  {
    name: 'a file over its kind’s size',
    call: 'qmi-2',
    kind: 'mayor_letter',
    files: () => [pdf('trop-gros.pdf', 11 * 1024 * KiB)],
    code: 'document_too_large',
  },
  {
    // The picker leaves once the kind is full: one too many comes with the last one allowed, in one pick.
    name: 'one file more than the kind takes',
    call: 'qmi-2',
    kind: 'mayor_letter',
    files: () => [pdf('lettre-1.pdf', 4 * KiB), pdf('lettre-2.pdf', 4 * KiB)],
    code: 'document_limit_reached',
  },
  {
    // 100 KiB for the whole dossier (a test call): a mayor's letter and a sector sheet are there already.
    name: 'a file that takes the dossier over its total',
    call: 'qmi-2-small-total',
    kind: 'sector_sheet',
    before: [
      { kind: 'mayor_letter', file: pdf('lettre.pdf', 50 * KiB) },
      { kind: 'sector_sheet', file: pdf('fiche-a.pdf', 10 * KiB) },
    ],
    files: () => [pdf('fiche-b.pdf', 50 * KiB)],
    code: 'document_total_exceeded',
  },
  {
    name: 'a support letter with no partner chosen',
    call: 'qmi-2',
    kind: 'partner_support',
    partners: [{ id: 'p1', name: 'Office public de l’habitat' }],
    files: () => [pdf('soutien.pdf', 4 * KiB)],
    code: 'partner_unknown',
  },
];

describe('<qmi-document-uploader> refuses a file as the platform does: same code, same words', () => {
  for (const { name, call: callId, kind: kindId, files, before = [], partners = [], code } of CASES) {
    for (const lang of ['fr', 'en'] as const) {
      it(`${name} (${lang})`, async function () {
        this.timeout(30_000);
        const { client, session, application } = await newDossier(callId);
        const call: CallDefinition = await client.calls.get(callId);
        const rule = call.documentKinds.find((candidate) => candidate.id === kindId)!;
        if (partners.length)
          await client.applications.update(application.id, { partners }, { ifMatch: application.revision });
        for (const earlier of before)
          await startUpload(client, earlier.file, { applicationId: application.id, kind: earlier.kind }).done;

        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang}>
            <qmi-document-uploader
              .client=${client}
              application=${application.id}
              .rule=${rule}
              .call=${call}
              .partners=${partners}
            ></qmi-document-uploader>
          </div>`,
        );
        const el = wrapper.querySelector('qmi-document-uploader')!;
        // On an English page the uploader renders once its English strings are loaded.
        await el.updateComplete;
        const shown = (filename: string) =>
          [...el.shadowRoot!.querySelectorAll('[part="file"] .name')].some((cell) => cell.textContent === filename);
        // The platform's list read: the uploader knows what the dossier holds.
        for (const earlier of before.filter((file) => file.kind === kindId))
          await waitFor(() => shown(earlier.file.name), { message: `${earlier.file.name} listed` });

        const picked = files();
        const bad = picked.at(-1)!;
        const refused = new Promise<QmiUploadErrorEvent>((resolve) =>
          el.addEventListener('qmi-upload-error', (event) => event.filename === bad.name && resolve(event), {
            once: false,
          }),
        );
        const completed =
          picked.length > 1
            ? new Promise((resolve) => el.addEventListener('qmi-upload-complete', resolve, { once: true }))
            : undefined;
        pick(el, ...picked);
        const event = await refused;
        // The uploader's own words are shown; the event carries the rules' code and words.
        await waitFor(() => Boolean(el.shadowRoot!.querySelector('[part="error"]')), { message: 'the refusal shown' });
        expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent, 'the uploader’s words').to.equal(
          event.error.message,
        );
        // The files picked with it are in the dossier before the platform is asked about the bad one.
        await completed;

        const metadata = { applicationId: application.id, kind: kindId, filename: bad.name, filetype: bad.type };
        const platform = await announce(session.token, metadata, bad.size, lang);
        expect(platform.created, 'the platform refuses it too').to.equal(false);
        expect(platform.code).to.equal(code);
        expect(event.code, 'the same code').to.equal(platform.code);
        expect(event.detail, 'the same words').to.equal(platform.detail);
        expect(event.detail, 'in the page’s language').to.be.a('string').and.not.equal('');
      });
    }
  }

  it('says the total in its own words, in French and in English', async () => {
    const { client, application } = await newDossier('qmi-2-small-total');
    const call = await client.calls.get('qmi-2-small-total');
    // 90 KiB of the 100 KiB already there, most of it in another kind than the uploader's.
    await startUpload(client, pdf('lettre.pdf', 80 * KiB), { applicationId: application.id, kind: 'mayor_letter' })
      .done;
    await startUpload(client, pdf('fiche-a.pdf', 10 * KiB), { applicationId: application.id, kind: 'sector_sheet' })
      .done;
    const rule = call.documentKinds.find((candidate) => candidate.id === 'sector_sheet')!;
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr">
        <qmi-document-uploader
          .client=${client}
          application=${application.id}
          .rule=${rule}
          .call=${call}
        ></qmi-document-uploader>
      </div>`,
    );
    const el = wrapper.querySelector('qmi-document-uploader')!;
    const error = () => el.shadowRoot!.querySelector('[part="error"]')?.textContent ?? '';
    await waitFor(() => Boolean(el.shadowRoot!.querySelector('[part="file"]')), { message: 'the list read' });
    pick(el, pdf('fiche-b.pdf', 20 * KiB));
    await waitFor(() => error() !== '', { message: 'the total refusal' });
    expect(error()).to.equal(
      '« fiche-b.pdf » n’a pas été envoyé : les documents du dossier dépasseraient 100 ko au total, la taille maximale autorisée.',
    );
    wrapper.setAttribute('lang', 'en');
    await waitFor(() => error().startsWith('“fiche-b.pdf”'), { message: 'the refusal in English' });
    expect(error()).to.equal(
      '“fiche-b.pdf” was not sent: the application’s documents would exceed 100 KB in total, the maximum allowed.',
    );
    expect(await client.documents.list(application.id)).to.have.length(2);
  });
});
