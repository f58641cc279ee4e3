import type { DocumentKindRule, DocumentRef, DocumentUpload, Lang, UploadStatus } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { LaterMessages } from './uploader.messages.later.js';
import { formatSize, type UploaderMessages } from './uploader.messages.js';
import { acceptOf, typeNames } from './uploader.rules.js';
import type { Uploads } from './uploader.uploads.js';

export interface Partner {
  id: string;
  name?: string | undefined;
}

/** A file picked here, on its way (or paused, or failed). */
export interface Item {
  /** The key of its row (`item:…`), kept while the file is in the list, so that focus and identity follow the file. */
  key: string;
  name: string;
  /** Its bytes, counted in the dossier's total while it is on its way. */
  size: number;
  partnerId: string | undefined;
  /**
   * Its upload, once what sends a file has come (`uploader.pick.ts`, fetched when the picker is reached);
   * a file chosen before (offline, or at once) is listed meanwhile, as `waiting` says.
   */
  upload: DocumentUpload | undefined;
  /** Before its upload exists: on its way ('uploading'), waiting for the connection ('retrying'), or paused. */
  waiting: 'uploading' | 'retrying' | 'paused';
}

/** Where a file on its way stands: its upload's status, or its wait for what sends it. */
export const statusOf = (item: Item): UploadStatus => item.upload?.status ?? item.waiting;

/** The progress of a file whose upload has not begun. */
const NOT_STARTED = { percent: 0, bytesPerSecond: 0, secondsLeft: undefined };

/** What the uploader's templates need from the element: its words and state, and where actions go. */
export interface UploaderView {
  t: UploaderMessages;
  /** The words of a chosen file's outcome, once what checks and sends it has come (before, no file has one). */
  later: LaterMessages | undefined;
  lang: Lang;
  rule: DocumentKindRule;
  /** The prefix of the ids in the shadow root (the file input's own id). */
  inputId: string;
  disabled: boolean;
  partners: Partner[];
  partnerId: string;
  dragging: boolean;
  /** Why the last file was not taken, in the words of the moment. */
  refusal: string | undefined;
  /** Whether the list holds any file (recorded or on its way). */
  hasFiles: boolean;
  /** The kind holds as many files as it may (recorded or on their way): no picker. */
  full: boolean;
  /** The recorded files shown. */
  documents: readonly DocumentRef[];
  /**
   * The files picked here and on their way (`items`), the uploads of the kind cut short on this browser
   * (a reload) offered for resuming (`interrupted`), and what a file's buttons do to its upload.
   */
  uploads: Pick<Uploads, 'items' | 'interrupted' | 'pause' | 'resume' | 'cancel'>;
  partnerName(id: string | undefined): string;
  /** Why an upload failed, in the element's language. */
  reason(error: Error | undefined): string;
  choosePartner(id: string): void;
  drag(over: boolean): void;
  /** A person reaches the picker (focus, hover, a file dragged over it): what a chosen file needs is fetched. */
  reach(): void;
  add(files: FileList): void;
  remove(document: DocumentRef): void;
  /** Whether this person may delete a recorded file (the owner any, an editor their own): no button otherwise. */
  mayRemove(document: DocumentRef): boolean;
}

/** The kind's rules, the interrupted uploads, why the last file was not taken, the picker and the list of files. */
export function renderUploader(view: UploaderView): TemplateResult {
  const { t, lang, rule, inputId } = view;
  const rules = t.rules(typeNames(rule), formatSize(rule.maxSizeBytes, lang), t.count(rule.minCount, rule.maxCount));
  // A refusal is said once, by the live region at the end; its paragraph is not an alert as well.
  // Each row is `keyed` to its file in a plain map (lit's `repeat` cost the first load 0.7 KB gzip): a
  // file that leaves the list takes its row's elements away and the rows after it are made anew, RowFocus
  // (uploader.focus.ts) giving the focus back to the same control of the same file.
  return html`
    <p class="rules" part="rules" id="${inputId}-rules">${rules}</p>
    ${view.uploads.interrupted.map((upload) => html`<p class="notice">${t.interrupted(upload.filename)}</p>`)}
    ${view.refusal ? html`<p class="error" part="error" id="${inputId}-error">${view.refusal}</p>` : nothing}
    ${view.disabled || view.full ? nothing : renderPicker(view, acceptOf(rule))}
    ${
      view.hasFiles
        ? html`<ul class="files" aria-label=${t.files(rule.title[lang])}>
            ${view.documents.map((document) => keyed(`doc:${document.id}`, renderDocument(view, document)))}
            ${view.uploads.items.map((item) => keyed(item.key, renderItem(view, item)))}
          </ul>`
        : nothing
    }
  `;
}

/** The partner choice (per-partner kinds), the drop zone and the file input. */
export function renderPicker(view: UploaderView, accept: string): TemplateResult {
  const { t, rule, inputId } = view;
  const partners = view.partners.filter((partner) => partner.id);
  const choose = view.refusal ? t.chooseOther : view.hasFiles ? t.chooseAnother : t.choose;
  return html`
      ${
        rule.perPartner
          ? html`<div class="partner">
            <label for="${inputId}-partner">${t.partner}</label>
            <p class="hint" id="${inputId}-partner-hint">${partners.length ? t.partnerHint : t.noPartner}</p>
            <select id="${inputId}-partner" aria-describedby="${inputId}-partner-hint" ?disabled=${!partners.length}
              @focus=${view.reach}
              @change=${(e: Event) => view.choosePartner((e.target as HTMLSelectElement).value)}>
              <option value="">${t.choosePartner}</option>
              ${partners.map((partner) => html`<option value=${partner.id} ?selected=${partner.id === view.partnerId}>${partner.name || partner.id}</option>`)}
            </select>
          </div>`
          : nothing
      }
      <div
        class="dropzone ${view.dragging ? 'dropzone--active' : ''}"
        part="dropzone"
        @focusin=${view.reach}
        @pointerenter=${view.reach}
        @dragenter=${view.reach}
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          view.drag(true);
        }}
        @dragleave=${() => view.drag(false)}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          view.drag(false);
          if (e.dataTransfer?.files.length) view.add(e.dataTransfer.files);
        }}
      >
        <label class="button" for=${inputId}>${choose}</label>
        <input
          id=${inputId}
          part="input"
          type="file"
          aria-label=${t.chooseFor(choose, rule.title[view.lang])}
          accept=${accept}
          ?multiple=${rule.maxCount > 1}
          aria-describedby="${inputId}-rules${view.refusal ? ` ${inputId}-error` : ''}"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            if (input.files?.length) view.add(input.files);
            input.value = '';
          }}
        />
        <span class="hint">${t.drop}</span>
      </div>
    `;
}

/** A recorded file: its name, size, partner, and its remove button. */
export function renderDocument(view: UploaderView, document: DocumentRef): TemplateResult {
  const { t } = view;
  return html`<li class="file" part="file" data-row="doc:${document.id}">
      <span class="name">${document.filename}</span>
      <span class="meta">${formatSize(document.sizeBytes, view.lang)}${document.partnerId ? ` — ${t.from(view.partnerName(document.partnerId))}` : ''} — ${t.status.complete}</span>
      ${view.disabled || !view.mayRemove(document) ? nothing : html`<button type="button" part="button warning" @click=${() => view.remove(document)}>${t.remove(document.filename)}</button>`}
    </li>`;
}

/** A file on its way: status, progress, and the actions its state allows. */
export function renderItem(view: UploaderView, item: Item): TemplateResult {
  const { t } = view;
  const status = statusOf(item);
  const { percent, bytesPerSecond, secondsLeft } = item.upload?.progress ?? NOT_STARTED;
  const speed = bytesPerSecond > 0 ? formatSize(bytesPerSecond, view.lang) : '';
  const later = view.later;
  const left = secondsLeft !== undefined && status === 'uploading' && later ? later.secondsLeft(secondsLeft) : '';
  // A file waiting for what sends it is on its way, waiting for the connection or paused: the first load's words.
  const words =
    status === 'uploading' || status === 'retrying' || status === 'paused' || status === 'complete'
      ? t.status[status]
      : (later?.status[status] ?? '');
  // The bar is named after the file only: its value says the percent (a name changing at every percent is noise).
  return html`<li class="file file--${status}" part="file" data-row=${item.key}>
      <span class="name">${item.name}</span>
      <span class="meta">${words}${item.partnerId ? ` — ${t.from(view.partnerName(item.partnerId))}` : ''}</span>
      <progress part="progress" max="100" .value=${percent} aria-label=${item.name}></progress>
      <span class="meta">${t.progress(percent, speed, left)}</span>
      ${status === 'error' ? html`<p class="error" part="error">${view.reason(item.upload?.error)}</p>` : nothing}
      ${
        status === 'uploading' || status === 'retrying'
          ? html`<button type="button" part="button secondary" @click=${() => void view.uploads.pause(item)}>${t.pause(item.name)}</button>`
          : nothing
      }
      ${
        status === 'paused'
          ? html`<button type="button" part="button primary" @click=${() => view.uploads.resume(item)}>${t.resume(item.name)}</button>`
          : nothing
      }
      ${
        status === 'error'
          ? html`<button type="button" part="button primary" @click=${() => view.uploads.resume(item)}>${later?.retry(item.name)}</button>`
          : nothing
      }
      <button type="button" part="button warning" @click=${() => view.uploads.cancel(item)}>${t.cancel(item.name)}</button>
    </li>`;
}
