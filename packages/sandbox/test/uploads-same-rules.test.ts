import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type CallDefinition, ERROR_CODES, type Lang, QMI_2 } from '@qmi/core';
import { checkDocumentFile, checkDocumentLimits } from '@qmi/validators';
import { applicant, nextCommune, raw, startTestSandbox } from './helpers.js';
import { pdfBytes, tusClient } from './upload-helpers.js';
import { shareWith } from './sharing-helpers.js';

/**
 * One source per rule: the platform refuses an upload with what `@qmi/validators`' checkDocumentFile
 * says of the same file in the same dossier (a page may run it before sending), code, status and words.
 */
const SMALL_TOTAL: CallDefinition = { ...QMI_2, id: 'qmi-2-small-total', maxTotalDocumentBytes: 10_000 };
const sandbox = await startTestSandbox({ calls: [QMI_2, SMALL_TOTAL] });
const MiB = 1024 * 1024;

interface Case {
  name: string;
  call: CallDefinition;
  /** Files already in the dossier, uploaded for real before the bad one. */
  before?: Array<{ kind: string; filename: string; size: number }>;
  file: { kind: string; filename: string; size: number; partnerId?: string };
  expected: { status: number; code: string };
}

const CASES: Case[] = [
  {
    name: 'a format the kind does not take',
    call: QMI_2,
    file: { kind: 'mayor_letter', filename: 'lettre.docx', size: 1000 },
    expected: { status: 415, code: 'document_type_not_accepted' },
  },
  {
    name: 'a file over its kind’s size',
    call: QMI_2,
    file: { kind: 'mayor_letter', filename: 'lettre.pdf', size: 10 * MiB + 1 },
    expected: { status: 413, code: 'document_too_large' },
  },
  {
    name: 'one file more than the kind takes',
    call: QMI_2,
    before: [{ kind: 'mayor_letter', filename: 'lettre-1.pdf', size: 1000 }],
    file: { kind: 'mayor_letter', filename: 'lettre-2.pdf', size: 1000 },
    expected: { status: 409, code: 'document_limit_reached' },
  },
  {
    name: 'a file that takes the dossier over its total',
    call: SMALL_TOTAL,
    before: [{ kind: 'sector_sheet', filename: 'a.pdf', size: 6000 }],
    file: { kind: 'sector_sheet', filename: 'b.pdf', size: 6000 },
    expected: { status: 413, code: 'document_total_exceeded' },
  },
  {
    name: 'a support letter of a partner the dossier does not declare',
    call: QMI_2,
    file: { kind: 'partner_support', filename: 'soutien.pdf', size: 1000, partnerId: 'partner-x' },
    expected: { status: 422, code: 'partner_unknown' },
  },
];

for (const { name, call, before = [], file, expected } of CASES) {
  test(`${name}: the platform and checkDocumentFile refuse it alike, in French and in English`, async () => {
    const agent = await applicant(sandbox);
    const token = agent.session.token;
    const application = await agent.applications.create(call.id, { commune: nextCommune() });
    const tus = tusClient(sandbox, token);
    for (const earlier of before) {
      const created = await tus.create(
        { applicationId: application.id, kind: earlier.kind, filename: earlier.filename, filetype: 'application/pdf' },
        earlier.size,
      );
      assert.equal((await tus.patch(created.url!, 0, pdfBytes(earlier.size))).status, 204);
    }

    // What the page knows of the dossier: its documents and declared partners, as the platform lists them.
    const documents: Array<{ kind: string; sizeBytes: number }> = (
      await raw(sandbox, 'GET', `/v1/applications/${application.id}/documents`, { token })
    ).json.data;
    const dossier = {
      count: documents.filter((document) => document.kind === file.kind).length,
      totalBytes: documents.reduce((sum, document) => sum + document.sizeBytes, 0),
      partnerIds: (application.partners ?? []).map((partner) => partner.id),
    };
    const kind = call.documentKinds.find((candidate) => candidate.id === file.kind)!;

    for (const lang of ['fr', 'en'] as const satisfies readonly Lang[]) {
      const metadata = {
        applicationId: application.id,
        kind: file.kind,
        filename: file.filename,
        ...(file.partnerId ? { partnerId: file.partnerId } : {}),
      };
      const server = await tus.create(metadata, file.size, { 'accept-language': lang });
      const local = checkDocumentFile(
        call,
        kind,
        { name: file.filename, size: file.size, partnerId: file.partnerId },
        dossier,
        lang,
      );
      assert.ok(local, `${lang}: checkDocumentFile lets it through`);
      assert.deepEqual([server.status, server.json.code], [expected.status, expected.code], lang);
      assert.equal(local.code, server.json.code, lang);
      assert.equal(ERROR_CODES[local.code].status, server.status, lang);
      assert.equal(server.json.detail, local.message, lang);
      for (const [member, value] of Object.entries(local.extra))
        assert.deepEqual(server.json[member], value, `${lang} ${member}`);
      assert.equal(server.url, undefined, 'nothing was created');
    }
  });
}

test('a file that would outgrow the dossier with the files still on their way: refused at creation as checkDocumentLimits says, in each language', async () => {
  const kind = SMALL_TOTAL.documentKinds.find((candidate) => candidate.id === 'sector_sheet')!;
  for (const lang of ['fr', 'en'] as const satisfies readonly Lang[]) {
    const agent = await applicant(sandbox);
    const application = await agent.applications.create(SMALL_TOTAL.id, { commune: nextCommune() });
    const colleague = await applicant(sandbox);
    await shareWith(sandbox, agent, application.id, colleague);
    // The owner's 6,000 bytes are on their way (of 10,000): the co-editor's 6,000 no longer fit.
    const first = await tusClient(sandbox, agent.session.token).create(
      { applicationId: application.id, kind: kind.id, filename: 'a.pdf' },
      6000,
    );
    assert.equal(first.status, 201);
    const server = await tusClient(sandbox, colleague.session.token).create(
      { applicationId: application.id, kind: kind.id, filename: 'b.pdf' },
      6000,
      { 'accept-language': lang },
    );
    const local = checkDocumentLimits(SMALL_TOTAL, kind, { size: 6000 }, { count: 1, totalBytes: 6000 }, lang);
    assert.ok(local);
    assert.deepEqual([server.status, server.json.code], [413, 'document_total_exceeded'], lang);
    assert.equal(local.code, server.json.code);
    assert.equal(server.json.detail, local.message, lang);
    for (const [member, value] of Object.entries(local.extra))
      assert.deepEqual(server.json[member], value, `${lang} ${member}`);
  }
});
