import {
  type DocumentKindRule,
  type DocumentRef,
  DocumentUpload,
  findInterruptedUploads,
  type InterruptedUpload,
  mediaTypeName,
  prepareUpload,
  type QmiClient,
} from '@qmi/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { Announcer } from '../a11y/announcer.js';
import { QmiApiElement } from '../context/api-element.js';
import { connectionProblem } from '../i18n/connection.js';
import { langOf } from '../i18n/lang.js';
import { problemText } from '../i18n/problem-text.js';
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
  /** The key of its row (`item:…`), kept while the file is in the list, so that focus and identity follow the file. */
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
 * `application` and the kind's `rule` (and `api-base`/`token`, `client` or a `<qmi-session>`): it then
 * reads the recorded files from the platform itself, on load and after each upload or removal.
 *
 * A file the platform refuses (its content, its size, the kind already full…) is a final answer: the
 * reason in the page's language, no retry, and the file input back (focused, if the focus was in the
 * uploader) to choose another one. It is not offered for resuming after a reload.
 *
 * For keyboard and screen reader users: an action that takes its own control away moves the focus to
 * the nearest control that makes sense (pause gives way to resume, a chosen file's row takes the focus
 * from the picker it filled, a cancelled or removed file's neighbour or the file input takes it), and
 * one polite live region says each settled result once: started, paused, resumed, sent, cancelled,
 * removed, refused, failed; not each step of progress. The file input and the list are named after the
 * document kind ("Choisir un fichier : Lettre d’engagement du maire"), each file's buttons after the file.
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
  /**
   * The files of this kind the dossier already holds, when a parent keeps them (the form does, from its
   * copy of the dossier). Left unset, the uploader reads them from the platform: on load, after each
   * upload or removal, and when the page is shown again.
   */
  @property({ attribute: false }) documents: DocumentRef[] | undefined;
  /** The dossier's declared partners, for per-partner kinds. */
  @property({ attribute: false }) partners: Partner[] = [];
  /** Read-only: shows the files without the upload controls. */
  @property({ type: Boolean }) disabled = false;

  @state() private items: Item[] = [];
  /** Why the last file was not taken; a function, so the message follows the page's language. */
  @state() private refusal: (() => string) | undefined;
  /** The platform's list, when no parent gives `documents`. */
  @state() private loaded: DocumentRef[] = [];
  @state() private partnerId = '';
  @state() private dragging = false;
  @state() private interrupted: InterruptedUpload[] = [];

  private readonly inputId = `file-${++counter}`;
  /** The dossier and client the list was read for, and the last read started (a later one wins). */
  private listing: { client: QmiClient; key: string } | undefined;
  private reads = 0;
  private readonly announcer = new Announcer(this);
  /** Words given to the announcer and not yet written (see `say`). */
  private unsaid: string[] = [];
  /** The focused control before a render, its row and the rows then: what `updated` needs if the render takes it away. */
  private focusBefore: { element: Element; row: string | undefined; rows: string[] } | undefined;
  /** A sent file's row key -> its recorded document's row key: the focus on the first follows it to the second. */
  private readonly becameDocument = new Map<string, string>();

  private get t(): UploaderMessages {
    return translate(this, UPLOADER_MESSAGES);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if ((changed.has('application') || changed.has('rule')) && this.application && this.rule) {
      void findInterruptedUploads({ applicationId: this.application, kind: this.rule.id }).then((found) => (this.interrupted = found));
    }
    const client = this.clientSource.client;
    if (this.documents === undefined && this.isConnected && client && this.clientSource.signedIn && this.application && this.rule) {
      const key = `${this.application}|${this.rule.id}`;
      if (this.listing?.client !== client || this.listing.key !== key) {
        this.listing = { client, key };
        void this.readList();
      }
    }
    const active = this.shadowRoot?.activeElement;
    this.focusBefore = active ? { element: active, row: active.closest<HTMLElement>('li[data-row]')?.dataset.row, rows: this.rowKeys() } : undefined;
  }

  protected override updated(): void {
    const before = this.focusBefore;
    this.focusBefore = undefined;
    // The render took the focused control away and the focus fell to the page's body: put it back near.
    // (If the person had moved on elsewhere, the focus is not on the body and stays where it is.)
    if (before && !before.element.isConnected && (!document.activeElement || document.activeElement === document.body)) this.focusNear(before);
    // Set with the render that turns a sent file into its document: used by it or not at all.
    this.becameDocument.clear();
  }

  private rowKeys(): string[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-row]')].map((row) => row.dataset.row!);
  }

  /**
   * The nearest control that makes sense after the focused one left: the same file's next control
   * (pause gives way to resume), the recorded document a sent file became, the next file (or else the
   * previous one) in the list, and last the file input. When the picker itself left (the kind is full
   * now), the newest file's first control.
   */
  private focusNear(before: { row: string | undefined; rows: string[] }) {
    const control = (key: string | undefined) =>
      key ? this.renderRoot.querySelector<HTMLElement>(`li[data-row="${CSS.escape(key)}"]`)?.querySelector<HTMLElement>('button, select, input') : undefined;
    let keys: Array<string | undefined>;
    if (before.row) {
      const at = before.rows.indexOf(before.row);
      keys = [before.row, this.becameDocument.get(before.row), ...before.rows.slice(at + 1), ...before.rows.slice(0, Math.max(at, 0)).reverse()];
    } else {
      keys = this.rowKeys().reverse();
    }
    for (const key of keys) {
      const found = control(key);
      if (found) return found.focus();
    }
    this.renderRoot.querySelector<HTMLElement>('input[type="file"]')?.focus();
  }

  /**
   * Says a settled result in the live region. The shared announcer writes after a short delay and the
   * last words given win: words given meanwhile (two files started together) are said together, not lost.
   */
  private say(message: string) {
    this.unsaid = this.announcer.message ? [message] : [...this.unsaid, message];
    this.announcer.announce(this.unsaid.join(' '));
  }

  /** The recorded files shown: the parent's, or the platform's as last read. */
  private get recorded(): DocumentRef[] {
    return this.documents ?? this.loaded;
  }

  /**
   * Reads the platform's list of this kind (alone, no parent keeps it). A failed read keeps what is
   * shown: the next upload, removal or return to the page reads it again.
   */
  private async readList(): Promise<void> {
    const listing = this.listing;
    const rule = this.rule;
    if (!listing || !rule || this.documents !== undefined) return;
    const read = ++this.reads;
    const all = await listing.client.documents.list(this.application).catch(() => undefined);
    if (!all || read !== this.reads || listing !== this.listing || this.documents !== undefined) return;
    this.loaded = all.filter((document) => document.kind === rule.id);
  }

  /** Something may have changed from another device meanwhile: read the list again when the page is shown. */
  private readonly onVisibility = () => {
    if (document.visibilityState === 'visible') void this.readList();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    // Put back in the page: read the list again (willUpdate starts a read when nothing is listed).
    if (this.listing) {
      this.listing = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.unsaid = [];
    // Taken out of the page (a navigation, a re-render): stop sending. The server keeps what it
    // received and the browser keeps the fingerprint, so picking the file again resumes it.
    for (const item of this.items) if (item.upload.status === 'uploading' || item.upload.status === 'retrying') void item.upload.pause();
  }

  private get activeCount(): number {
    return this.recorded.length + this.items.filter((item) => item.upload.status !== 'complete' && item.upload.status !== 'error').length;
  }

  /** Checks a file against the kind's rules before sending it; answers the refusal (its words, in the language of the moment), if any. */
  private refuse(file: File): (() => string) | undefined {
    const rule = this.rule!;
    const types = rule.acceptedTypes.map((type) => mediaTypeName(type)).join(', ');
    const extension = file.name.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? '';
    const typeOk = rule.acceptedTypes.some((type) => type === file.type || (EXTENSIONS[type] ?? []).includes(extension));
    if (!typeOk) return () => this.t.refusedType(file.name, types);
    if (file.size > rule.maxSizeBytes) return () => this.t.refusedSize(file.name, formatSize(rule.maxSizeBytes, langOf(this)));
    if (this.activeCount >= rule.maxCount) return () => this.t.refusedCount(rule.maxCount);
    if (rule.perPartner && !this.partnerId) return () => this.t.refusedPartner;
    return undefined;
  }

  private async add(files: FileList | File[]) {
    this.refusal = undefined;
    for (const file of Array.from(files)) {
      const refusal = this.refuse(file);
      if (refusal) {
        this.refusal = refusal;
        this.say(refusal());
        this.dispatchEvent(new QmiUploadErrorEvent(new Error(refusal()), file.name));
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
        // The platform's refusals in the page's language, whatever the client was made with.
        lang: langOf(this),
      });
      // The same file picked again after a reload resumes where it stopped.
      const [previous] = await upload.findPrevious().catch(() => []);
      const item: Item = { key: `item:${Date.now()}-${++counter}`, name: file.name, partnerId: this.partnerId || undefined, upload };
      this.track(item);
      this.items = [...this.items, item];
      if (previous) {
        upload.resumeFrom(previous);
        this.interrupted = this.interrupted.filter((i) => i.filename !== file.name);
      }
      upload.start();
      this.say(this.t.announceStart(file.name));
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
        this.say(this.t.announceDone(item.name));
        this.becameDocument.set(item.key, `doc:${document.id}`);
        this.items = this.items.filter((other) => other !== item);
        // Shown at once; then the parent's copy (the form reads the dossier again) or the platform's list replaces it.
        if (this.documents) this.documents = [...this.documents, document];
        else this.loaded = [...this.loaded, document];
        void this.readList();
        this.dispatchEvent(new QmiUploadCompleteEvent(document));
      },
      (error: Error) => {
        if (upload.status === 'refused') void this.showRefusal(item, error);
        else this.say(this.t.announceError(item.name, this.reason(error)));
        this.dispatchEvent(new QmiUploadErrorEvent(error, item.name));
      },
    );
  }

  /**
   * The platform refused the file: a final answer. The file leaves the list, the reason is announced,
   * and the file input comes back to choose another file; it takes the focus if the focus was in the
   * uploader (or lost with the buttons of the file that left), never if the person is elsewhere.
   */
  private async showRefusal(item: Item, error: Error) {
    const active = document.activeElement;
    const focusHere = Boolean(this.shadowRoot?.activeElement) || !active || active === document.body;
    this.items = this.items.filter((other) => other !== item);
    this.refusal = () => this.t.refusedByPlatform(item.name, this.reason(error));
    this.say(this.refusal());
    await this.updateComplete;
    if (focusHere) this.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
  }

  /** Why an upload failed, in the element's language: the platform's words or a lost connection. */
  private reason(error: Error | undefined): string {
    if (!error) return '';
    return connectionProblem(this, error, this.clientSource.client?.baseUrl) ?? problemText(error, langOf(this)) ?? error.message;
  }

  private async removeDocument(document: DocumentRef) {
    const client = this.clientSource.client;
    if (!client) return;
    try {
      await client.documents.remove(this.application, document.id);
    } catch (error) {
      // The file stays listed, its button where the focus is: say why.
      this.say(this.t.announceRemoveError(document.filename, this.reason(error as Error)));
      return;
    }
    this.say(this.t.announceRemoved(document.filename));
    if (this.documents) this.documents = this.documents.filter((d) => d.id !== document.id);
    else this.loaded = this.loaded.filter((d) => d.id !== document.id);
    void this.readList();
    this.dispatchEvent(new QmiUploadRemoveEvent(document.id));
  }

  private async pause(item: Item) {
    await item.upload.pause();
    // The last bytes may have arrived meanwhile: then "sent" is what is said.
    if (item.upload.status === 'paused') this.say(this.t.announcePaused(item.name));
  }

  private resume(item: Item) {
    item.upload.resume();
    this.say(this.t.announceResumed(item.name));
  }

  private cancel(item: Item) {
    void item.upload.cancel();
    this.items = this.items.filter((other) => other !== item);
    this.say(this.t.announceCancelled(item.name));
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
    // A refusal is said once, by the live region at the end; its paragraph is not an alert as well.
    return html`
      <p class="rules" part="rules" id="${this.inputId}-rules">${t.rules(types, formatSize(rule.maxSizeBytes, lang), t.count(rule.minCount, rule.maxCount))}</p>
      ${this.interrupted.map((upload) => html`<p class="notice">${t.interrupted(upload.filename)}</p>`)}
      ${this.refusal ? html`<p class="error" part="error" id="${this.inputId}-error">${this.refusal()}</p>` : nothing}
      ${this.disabled || full ? nothing : this.renderPicker(accept)}
      ${this.recorded.length || this.items.length
        ? html`<ul class="files" aria-label=${t.files(rule.title[lang])}>
            ${repeat(this.recorded, (document) => `doc:${document.id}`, (document) => this.renderDocument(document))}
            ${repeat(this.items, (item) => item.key, (item) => this.renderItem(item))}
          </ul>`
        : nothing}
      ${this.announcer.region()}
    `;
  }

  private renderPicker(accept: string) {
    const t = this.t;
    const rule = this.rule!;
    const partners = this.partners.filter((partner) => partner.id);
    const choose = this.refusal ? t.chooseOther : this.recorded.length + this.items.length ? t.chooseAnother : t.choose;
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
        <label class="button" for=${this.inputId}>${choose}</label>
        <input
          id=${this.inputId}
          part="input"
          type="file"
          aria-label=${t.chooseFor(choose, rule.title[langOf(this)])}
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
    return html`<li class="file" part="file" data-row="doc:${document.id}">
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
    // The bar is named after the file only: its value says the percent (a name changing at every percent is noise).
    return html`<li class="file file--${upload.status}" part="file" data-row=${item.key}>
      <span class="name">${item.name}</span>
      <span class="meta">${t.status[upload.status]}${item.partnerId ? ` — ${t.from(this.partnerName(item.partnerId))}` : ''}</span>
      <progress part="progress" max="100" .value=${percent} aria-label=${item.name}></progress>
      <span class="meta">${t.progress(percent, speed, left)}</span>
      ${upload.status === 'error' ? html`<p class="error" part="error">${this.reason(upload.error)}</p>` : nothing}
      ${upload.status === 'uploading' || upload.status === 'retrying'
        ? html`<button type="button" part="button secondary" @click=${() => void this.pause(item)}>${t.pause(item.name)}</button>`
        : nothing}
      ${upload.status === 'paused' ? html`<button type="button" part="button primary" @click=${() => this.resume(item)}>${t.resume(item.name)}</button>` : nothing}
      ${upload.status === 'error' ? html`<button type="button" part="button primary" @click=${() => this.resume(item)}>${t.retry(item.name)}</button>` : nothing}
      <button type="button" part="button warning" @click=${() => this.cancel(item)}>${t.cancel(item.name)}</button>
    </li>`;
  }
}
