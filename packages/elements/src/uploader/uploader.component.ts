import {
  type DocumentKindRule,
  type DocumentRef,
  DocumentUpload,
  findInterruptedUploads,
  type InterruptedUpload,
  mediaTypeName,
  prepareUpload,
} from '@qmi/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { QmiApiElement } from '../context/api-element.js';
import { langOf } from '../i18n/lang.js';
import { translate } from '../i18n/translate.js';
import { QmiUploadCompleteEvent, QmiUploadErrorEvent, QmiUploadProgressEvent, QmiUploadRemoveEvent } from './uploader.events.js';
import { formatSize, UPLOADER_MESSAGES, type UploaderMessages } from './uploader.messages.js';
import { uploaderStyles } from './uploader.styles.js';

/** Media types by extension, to refuse a wrong file before any byte is sent (the server checks the bytes). */
const EXTENSIONS: Record<string, string[]> = {
  'application/pdf': ['.pdf'],
  'application/vnd.oasis.opendocument.text': ['.odt'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
};

interface Partner {
  id: string;
  name?: string | undefined;
}

interface Item {
  key: string;
  name: string;
  partnerId: string | undefined;
  upload: DocumentUpload;
}

let counter = 0;

/**
 * The upload of one document kind of the call, resumable over tus: the kind's rules shown before a
 * file is picked, a real file input (and drag and drop), per-file progress with percent, speed and
 * time left, pause, resume, retry and remove. A wrong type, a file too large or one too many is
 * refused before any byte is sent; the server checks the bytes themselves again.
 *
 * Inside `<qmi-application-form>` it receives its rule, documents and partners; alone, give
 * `application` and the kind's `rule` (and `api-base`/`token`, `client` or a `<qmi-session>`).
 *
 * @fires {QmiUploadProgressEvent} qmi-upload-progress - progress of a file (`event.progress`)
 * @fires {QmiUploadCompleteEvent} qmi-upload-complete - a file was recorded (`event.document`)
 * @fires {QmiUploadErrorEvent} qmi-upload-error - a file was refused or could not be sent (`event.error`)
 * @fires {QmiUploadRemoveEvent} qmi-upload-remove - a recorded file was removed (`event.documentId`)
 * @csspart rules - the kind's rules
 * @csspart dropzone - the area that takes a dropped file
 * @csspart input - the file input
 * @csspart file - one file in the list
 * @csspart progress - a progress bar
 * @csspart error - a message about a refused file
 * @csspart button - every button (also `primary`, `secondary`, `warning`)
 * @csspart primary - the resume and retry buttons (also `button`)
 * @csspart secondary - the pause button (also `button`)
 * @csspart warning - the cancel and remove buttons (also `button`)
 * @cssproperty --qmi-color-primary - buttons, the progress bar, the drop zone while a file is dragged over it
 * @cssproperty --qmi-color-on-primary - text of the choose, resume and retry buttons
 * @cssproperty --qmi-color-ink - text
 * @cssproperty --qmi-color-muted - the rules and hints
 * @cssproperty --qmi-color-surface - the pause, cancel and remove buttons, the partner select
 * @cssproperty --qmi-color-border - the drop zone and the partner select; the line between files (a lighter mix of it with the surface)
 * @cssproperty --qmi-color-error - refused files, the cancel and remove buttons
 * @cssproperty --qmi-font-family - text
 * @cssproperty --qmi-font-size - text
 * @cssproperty --qmi-line-height - text
 * @cssproperty --qmi-font-weight-strong - labels, buttons and file names
 * @cssproperty --qmi-space-xs - around the rules
 * @cssproperty --qmi-space-s - inside buttons, between files
 * @cssproperty --qmi-space-m - inside the drop zone
 * @cssproperty --qmi-radius - buttons, the drop zone and the select
 * @cssproperty --qmi-focus-ring-color - the focus ring of buttons, and of the choose button when the file input has focus
 * @cssproperty --qmi-focus-ring-width - the focus ring of buttons, and of the choose button when the file input has focus
 * @cssproperty --qmi-focus-ring-offset - the focus ring of buttons, and of the choose button when the file input has focus
 */
export class QmiDocumentUploader extends QmiApiElement {
  static override styles = uploaderStyles;

  /** The dossier's id. */
  @property() application = '';
  /** The document kind's rules, from the call definition. */
  @property({ attribute: false }) rule: DocumentKindRule | undefined;
  /** The files of this kind the dossier already holds. */
  @property({ attribute: false }) documents: DocumentRef[] = [];
  /** The dossier's declared partners, for per-partner kinds. */
  @property({ attribute: false }) partners: Partner[] = [];
  /** Read-only: shows the files without the upload controls. */
  @property({ type: Boolean }) disabled = false;

  @state() private items: Item[] = [];
  @state() private refusal = '';
  @state() private partnerId = '';
  @state() private announcement = '';
  @state() private dragging = false;
  @state() private interrupted: InterruptedUpload[] = [];

  private readonly inputId = `file-${++counter}`;

  private get t(): UploaderMessages {
    return translate(this, UPLOADER_MESSAGES);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('application') || changed.has('rule')) && this.application && this.rule) {
      void findInterruptedUploads({ applicationId: this.application, kind: this.rule.id }).then((found) => (this.interrupted = found));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken out of the page (a navigation, a re-render): stop sending. The server keeps what it
    // received and the browser keeps the fingerprint, so picking the file again resumes it.
    for (const item of this.items) if (item.upload.status === 'uploading' || item.upload.status === 'retrying') void item.upload.pause();
  }

  private get activeCount(): number {
    return this.documents.length + this.items.filter((item) => item.upload.status !== 'complete' && item.upload.status !== 'error').length;
  }

  /** Checks a file against the kind's rules before sending it; answers the refusal, if any. */
  private refuse(file: File): string | undefined {
    const rule = this.rule!;
    const lang = langOf(this);
    const types = rule.acceptedTypes.map((type) => mediaTypeName(type)).join(', ');
    const extension = file.name.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? '';
    const typeOk = rule.acceptedTypes.some((type) => type === file.type || (EXTENSIONS[type] ?? []).includes(extension));
    if (!typeOk) return this.t.refusedType(file.name, types);
    if (file.size > rule.maxSizeBytes) return this.t.refusedSize(file.name, formatSize(rule.maxSizeBytes, lang));
    if (this.activeCount >= rule.maxCount) return this.t.refusedCount(rule.maxCount);
    if (rule.perPartner && !this.partnerId) return this.t.refusedPartner;
    return undefined;
  }

  private async add(files: FileList | File[]) {
    this.refusal = '';
    for (const file of Array.from(files)) {
      const refusal = this.refuse(file);
      if (refusal) {
        this.refusal = refusal;
        this.announcement = refusal;
        this.dispatchEvent(new QmiUploadErrorEvent(new Error(refusal), file.name));
        continue;
      }
      const client = this.clientSource.client;
      if (!client) return;
      const upload = prepareUpload(client, file, {
        applicationId: this.application,
        kind: this.rule!.id,
        partnerId: this.rule!.perPartner ? this.partnerId : undefined,
        filename: file.name,
        filetype: file.type || undefined,
      });
      // The same file picked again after a reload resumes where it stopped.
      const [previous] = await upload.findPrevious().catch(() => []);
      const item: Item = { key: `${Date.now()}-${++counter}`, name: file.name, partnerId: this.partnerId || undefined, upload };
      this.track(item);
      this.items = [...this.items, item];
      if (previous) {
        upload.resumeFrom(previous);
        this.interrupted = this.interrupted.filter((i) => i.filename !== file.name);
      }
      upload.start();
      this.announcement = this.t.announceStart(file.name);
    }
  }

  private track(item: Item) {
    const { upload } = item;
    upload.addEventListener('progress', () => {
      this.requestUpdate();
      this.dispatchEvent(new QmiUploadProgressEvent(upload.progress, item.name));
    });
    upload.addEventListener('statechange', () => this.requestUpdate());
    upload.done.then(
      (document) => {
        this.announcement = this.t.announceDone(item.name);
        this.items = this.items.filter((other) => other !== item);
        this.documents = [...this.documents, document];
        this.dispatchEvent(new QmiUploadCompleteEvent(document));
      },
      (error: Error) => {
        this.announcement = this.t.announceError(item.name, error.message);
        this.dispatchEvent(new QmiUploadErrorEvent(error, item.name));
      },
    );
  }

  private async removeDocument(document: DocumentRef) {
    const client = this.clientSource.client;
    if (!client) return;
    await client.documents.remove(this.application, document.id);
    this.documents = this.documents.filter((d) => d.id !== document.id);
    this.dispatchEvent(new QmiUploadRemoveEvent(document.id));
  }

  private partnerName(id: string | undefined) {
    return this.partners.find((partner) => partner.id === id)?.name ?? id ?? '';
  }

  override render() {
    const rule = this.rule;
    if (!rule) return nothing;
    const t = this.t;
    const lang = langOf(this);
    const types = rule.acceptedTypes.map((type) => mediaTypeName(type)).join(', ');
    const accept = rule.acceptedTypes.flatMap((type) => [type, ...(EXTENSIONS[type] ?? [])]).join(',');
    const full = this.activeCount >= rule.maxCount;
    return html`
      <p class="rules" part="rules" id="${this.inputId}-rules">${t.rules(types, formatSize(rule.maxSizeBytes, lang), t.count(rule.minCount, rule.maxCount))}</p>
      ${this.interrupted.map((upload) => html`<p class="notice" role="status">${t.interrupted(upload.filename)}</p>`)}
      ${this.refusal ? html`<p class="error" part="error" id="${this.inputId}-error" role="alert">${this.refusal}</p>` : nothing}
      ${this.disabled || full ? nothing : this.renderPicker(accept)}
      ${this.documents.length || this.items.length
        ? html`<ul class="files" aria-label=${t.files}>
            ${this.documents.map((document) => this.renderDocument(document))}
            ${this.items.map((item) => this.renderItem(item))}
          </ul>`
        : nothing}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
    `;
  }

  private renderPicker(accept: string) {
    const t = this.t;
    const rule = this.rule!;
    const partners = this.partners.filter((partner) => partner.id);
    return html`
      ${rule.perPartner
        ? html`<div class="partner">
            <label for="${this.inputId}-partner">${t.partner}</label>
            <p class="hint" id="${this.inputId}-partner-hint">${partners.length ? t.partnerHint : t.noPartner}</p>
            <select id="${this.inputId}-partner" aria-describedby="${this.inputId}-partner-hint" ?disabled=${!partners.length}
              @change=${(e: Event) => (this.partnerId = (e.target as HTMLSelectElement).value)}>
              <option value="">${t.choosePartner}</option>
              ${partners.map((partner) => html`<option value=${partner.id} ?selected=${partner.id === this.partnerId}>${partner.name || partner.id}</option>`)}
            </select>
          </div>`
        : nothing}
      <div
        class="dropzone ${this.dragging ? 'dropzone--active' : ''}"
        part="dropzone"
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this.dragging = true;
        }}
        @dragleave=${() => (this.dragging = false)}
        @drop=${(e: DragEvent) => {
          e.preventDefault();
          this.dragging = false;
          if (e.dataTransfer?.files.length) void this.add(e.dataTransfer.files);
        }}
      >
        <label class="button" for=${this.inputId}>${this.documents.length + this.items.length ? t.chooseAnother : t.choose}</label>
        <input
          id=${this.inputId}
          part="input"
          type="file"
          accept=${accept}
          ?multiple=${rule.maxCount > 1}
          aria-describedby="${this.inputId}-rules${this.refusal ? ` ${this.inputId}-error` : ''}"
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            if (input.files?.length) void this.add(input.files);
            input.value = '';
          }}
        />
        <span class="hint">${t.drop}</span>
      </div>
    `;
  }

  private renderDocument(document: DocumentRef) {
    const t = this.t;
    return html`<li class="file" part="file">
      <span class="name">${document.filename}</span>
      <span class="meta">${formatSize(document.sizeBytes, langOf(this))}${document.partnerId ? ` — ${t.from(this.partnerName(document.partnerId))}` : ''} — ${t.status.complete}</span>
      ${this.disabled ? nothing : html`<button type="button" part="button warning" @click=${() => void this.removeDocument(document)}>${t.remove(document.filename)}</button>`}
    </li>`;
  }

  private renderItem(item: Item) {
    const t = this.t;
    const { upload } = item;
    const lang = langOf(this);
    const { percent, bytesPerSecond, secondsLeft } = upload.progress;
    const speed = bytesPerSecond > 0 ? formatSize(bytesPerSecond, lang) : '';
    const left = secondsLeft !== undefined && upload.status === 'uploading' ? t.secondsLeft(secondsLeft) : '';
    return html`<li class="file file--${upload.status}" part="file">
      <span class="name">${item.name}</span>
      <span class="meta">${t.status[upload.status]}${item.partnerId ? ` — ${t.from(this.partnerName(item.partnerId))}` : ''}</span>
      <progress part="progress" max="100" .value=${percent} aria-label=${`${item.name} : ${percent} %`}></progress>
      <span class="meta">${t.progress(percent, speed, left)}</span>
      ${upload.status === 'error' ? html`<p class="error" part="error">${upload.error?.message ?? ''}</p>` : nothing}
      ${upload.status === 'uploading' || upload.status === 'retrying'
        ? html`<button type="button" part="button secondary" @click=${() => void upload.pause()}>${t.pause(item.name)}</button>`
        : nothing}
      ${upload.status === 'paused' ? html`<button type="button" part="button primary" @click=${() => upload.resume()}>${t.resume(item.name)}</button>` : nothing}
      ${upload.status === 'error' ? html`<button type="button" part="button primary" @click=${() => upload.resume()}>${t.retry(item.name)}</button>` : nothing}
      <button type="button" part="button warning" @click=${() => {
        void upload.cancel();
        this.items = this.items.filter((other) => other !== item);
      }}>${t.cancel(item.name)}</button>
    </li>`;
  }
}
