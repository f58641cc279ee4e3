import { type Application, type CallDefinition, type DocumentRef, getPath, type Receipt } from '@qmi/core';
import { formatCallInstant } from '@qmi/validators/application-window';
import { html, nothing, type TemplateResult } from 'lit';
import { heading } from '../a11y/heading.js';
import { communeName } from '../account/account.render.js';
import { formatBytes } from '../checklist/checklist.messages.js';
import { renderComments } from './dossier-view.comments.js';
import { documentUrl, receiptUrl } from './dossier-view.download.js';
import { renderHistory } from './dossier-view.history.js';
import type { DossierViewHost } from './dossier-view.host.js';
import { renderEntry } from './dossier-view.values.js';

/** The whole dossier, read-only: its header, receipts, every section of the call's form, documents, history. */
export function renderDossier(host: DossierViewHost): TemplateResult {
  const { t, loaded } = host;
  const { application, call } = loaded;
  return html`<article class="dossier" part="dossier" aria-labelledby="dossier-title">
    <header class="header" part="header">
      ${heading(host.level, t.title(communeName(application.commune)), { id: 'dossier-title', className: 'title', part: 'heading' })}
      <p class="call">${call.title[host.lang]}</p>
      <dl class="facts">
        <div><dt>${t.status}</dt><dd><span class="tag" part="status">${t.statuses[application.status]}</span></dd></div>
        ${
          application.submittedAt
            ? html`<div><dt>${t.submittedAt}</dt><dd>${when(host, call, application.submittedAt)}</dd></div>`
            : html`<div><dt>${t.updatedAt}</dt><dd>${when(host, call, application.updatedAt)}</dd></div>`
        }
      </dl>
      ${
        loaded.adviceOpenSince && host.mode === 'organiser'
          ? html`<p class="notice" part="notice">${t.adviceOpen(when(host, call, loaded.adviceOpenSince))}</p>`
          : nothing
      }
      <div class="actions" part="actions">
        <button class="button" part="button" type="button" @click=${host.print}>${t.print}</button>
        ${
          application.documents.length
            ? html`<button class="button" part="button" type="button" aria-disabled=${host.busy === 'zip' ? 'true' : 'false'} @click=${host.zip}>
                ${host.busy === 'zip' ? t.downloading : t.downloadZip}
              </button>`
            : nothing
        }
      </div>
      ${host.downloadStatus ? html`<p class="status meta" part="download-status">${host.downloadStatus}</p>` : nothing}
    </header>
    ${application.status === 'draft' ? nothing : renderReceipts(host, application, call)}
    ${call.formSections.map(
      (section) => html`<section class="section" part="section" aria-labelledby="s-${section.id}">
        ${heading(host.level + 1, section.title[host.lang], { id: `s-${section.id}` })}
        <dl class="entries">
          ${section.fields.map((field) => renderEntry(host, field, getPath(application, field.path)))}
        </dl>
        ${renderComments(host, section.id, section.title[host.lang])}
      </section>`,
    )}
    ${renderDocuments(host, application, call)}
    ${renderHistory(host)}
  </article>`;
}

/** An instant in the call's time zone, said so ("11 janvier 2024 à 19:42:00, heure de Paris"). */
export const when = (host: DossierViewHost, call: CallDefinition, instant: string): string =>
  `${formatCallInstant(instant, call, host.lang)}${call.timeZone === 'Europe/Paris' ? ` (${host.t.parisTime})` : ''}`;

function renderDocuments(host: DossierViewHost, application: Application, call: CallDefinition): TemplateResult {
  const { t } = host;
  const kinds = call.documentKinds.filter((kind) => application.documents.some((doc) => doc.kind === kind.id));
  const others = application.documents.filter((doc) => !call.documentKinds.some((kind) => kind.id === doc.kind));
  return html`<section class="section" part="section" aria-labelledby="s-documents">
    ${heading(host.level + 1, t.documents, { id: 's-documents' })}
    ${application.documents.length === 0 ? html`<p class="empty">${t.noDocuments}</p>` : nothing}
    ${kinds.map(
      (kind) => html`<div class="kind">
        ${heading(host.level + 2, kind.title[host.lang])}
        <ul class="files">${application.documents.filter((doc) => doc.kind === kind.id).map((doc) => renderFile(host, application, doc))}</ul>
      </div>`,
    )}
    ${others.length ? html`<ul class="files">${others.map((doc) => renderFile(host, application, doc))}</ul>` : nothing}
    ${renderComments(host, 'documents', t.documents)}
  </section>`;
}

function renderFile(host: DossierViewHost, application: Application, doc: DocumentRef): TemplateResult {
  const { t } = host;
  const partners = (application.partners ?? []) as Array<{ id?: string; name?: string }>;
  const partner = doc.partnerId ? partners.find((candidate) => candidate.id === doc.partnerId) : undefined;
  return html`<li class="file" part="file">
    <a class="link" part="link" href=${documentUrl(host.baseUrl, application.id, doc.id)} download=${doc.filename}
      aria-label=${t.download(doc.filename)} @click=${(event: Event) => host.download(event, { kind: 'document', document: doc })}>${doc.filename}</a>
    <span class="details">${t.fileDetails(formatBytes(doc.sizeBytes, host.lang), doc.mediaType)}</span>
    ${partner?.name ? html`<span class="details">${t.partnerOf(partner.name)}</span>` : nothing}
    <span class="digest"><span class="digest-label">${t.sha256}</span> <code>${doc.sha256}</code></span>
  </li>`;
}

function renderReceipts(host: DossierViewHost, application: Application, call: CallDefinition): TemplateResult {
  const { t, loaded } = host;
  const receipts = loaded.receipts;
  return html`<section class="section section--receipts" part="section receipts" aria-labelledby="s-receipts">
    ${heading(host.level + 1, t.receipts, { id: 's-receipts' })}
    <p class="hint">${t.receiptsIntro}</p>
    ${
      receipts === null
        ? html`<p class="empty">${t.unavailable}</p>`
        : receipts.length === 0
          ? html`<p class="empty">${t.noReceipts}</p>`
          : html`<ul class="files">${[...receipts].reverse().map((receipt) => renderReceipt(host, application, call, receipt))}</ul>`
    }
  </section>`;
}

function renderReceipt(
  host: DossierViewHost,
  application: Application,
  call: CallDefinition,
  receipt: Receipt,
): TemplateResult {
  const { t } = host;
  const label = t.receiptLink(when(host, call, receipt.submittedAt));
  return html`<li class="file" part="file receipt">
    <a class="link" part="link" href=${receiptUrl(host.baseUrl, application.id, receipt.id)}
      @click=${(event: Event) => host.download(event, { kind: 'receipt', receipt })}>${label}</a>
    <span class="digest"><span class="digest-label">${t.contentDigest}</span> <code>${receipt.contentSha256}</code></span>
  </li>`;
}
