import { type CallDefinition, type DocumentKindRule, type DocumentRef, preloadUploadEngine } from '@qmi/core';
import { html, nothing } from 'lit';
// The decorators' own modules: lit/decorators.js would bring the licence lines of all the others.
import { property } from 'lit/decorators/property.js';
import { state } from 'lit/decorators/state.js';
import { Announcer } from '../a11y/announcer.js';
import { noteDossier } from '../context/account-dossiers.js';
import { QmiApiElement } from '../context/api-element.js';
import { connectionProblem } from '../i18n/connection.js';
import { langOf } from '../i18n/lang.js';
import { problemText } from '../i18n/problem-text.js';
import { loadTranslations, translate, translationsReady } from '../i18n/translate.js';
import { QmiUploadErrorEvent, QmiUploadRemoveEvent } from './uploader.events.js';
import { RowFocus } from './uploader.focus.js';
import type { LaterMessages } from './uploader.messages.later.js';
import { formatSize, UPLOADER_MESSAGES, type UploaderMessages } from './uploader.messages.js';
import { RecordedDocuments } from './uploader.recorded.js';
import { type Partner, renderUploader, type UploaderView } from './uploader.render.js';
import { uploaderStyles } from './uploader.styles.js';
import { Uploads } from './uploader.uploads.js';
import { UPLOADER_RESOURCES } from './uploader.client.js';
import { ClientSource } from '../context/client-source.js';
import { laterStrings, pickChunk } from './uploader.pick-chunk.js';

let counter = 0;

/**
 * The upload of one document kind of the call, resumable over tus: the kind's rules shown before a
 * file is picked, a real file input (and drag and drop), per-file progress with percent, speed and
 * time left, pause, resume, retry and remove. A file the platform would refuse (its format by its name,
 * its size, one too many, the dossier's total, a missing partner) is refused before any byte is sent,
 * by the platform's own check (@qmi/validators' `checkDocumentFile`), so the refusal's code and reason
 * are the ones the platform would answer; the server checks the bytes themselves again. That check and
 * the upload engine are fetched when a person reaches the picker (focus, hover, a file dragged over it),
 * not with the page; a file chosen offline before they came waits for the connection and the platform checks it.
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
 * @fires {QmiUploadErrorEvent} qmi-upload-error - a file was refused or could not be sent (`event.error`; a refusal's problem `event.code` and `event.detail`)
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
  protected readonly clientSource = new ClientSource(this, UPLOADER_RESOURCES);
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
  /**
   * Who is looking, when a parent knows (the form does, inside `<qmi-session>`): the owner may delete
   * any file, an editor only those they uploaded, so the others show no "Supprimer" that the platform
   * would refuse. Left unset, every file offers it and the platform's refusal (role_required) is shown.
   */
  @property({ attribute: false }) viewer: { accountId: string; owner: boolean } | undefined;
  /** The dossier's declared partners, for per-partner kinds. */
  @property({ attribute: false }) partners: Partner[] = [];
  /**
   * The call's definition, for its limit on the dossier's documents together (the form gives it). Left
   * unset, a file that would take the dossier over that total is refused by the platform, not at pick.
   */
  @property({ attribute: false }) call: CallDefinition | undefined;
  /**
   * The bytes of all the dossier's documents (every kind), when a parent keeps them (the form does).
   * Left unset, the uploader counts the platform's list it reads (or, given `documents`, those alone).
   */
  @property({ attribute: false }) dossierBytes: number | undefined;
  /** Read-only: shows the files without the upload controls. */
  @property({ type: Boolean }) disabled = false;

  /** Why the last file was not taken; a function, so the message follows the page's language. */
  @state() private refusal: (() => string) | undefined;
  @state() private partnerId = '';
  @state() private dragging = false;

  private readonly inputId = `file-${++counter}`;
  private readonly announcer = new Announcer(this);
  /** Words given to the announcer and not yet written (see `say`). */
  private unsaid: string[] = [];
  /** The focus, kept near when a render takes the focused control away. */
  private readonly rowFocus = new RowFocus(this);

  /** The recorded files: the parent's, or the platform's list, read when no parent keeps it, once requests may be sent. */
  private readonly recorded = new RecordedDocuments(this, () => [
    this.documents === undefined && this.clientSource.signedIn ? this.clientSource.client : undefined,
    this.application,
    this.rule?.id,
  ]);

  /** The files picked here and on their way, and the uploads of this kind cut short on this browser. */
  private readonly uploads = new Uploads(this, {
    target: () => [this.application, this.rule?.id],
    words: () => this.t,
    later: () => this.later,
    say: (message) => this.say(message),
    reason: (error) => this.reason(error),
    sent: (item, document) => {
      this.rowFocus.follow(item.key, `doc:${document.id}`);
      this.recorded.add(document);
    },
    refused: (why) => {
      this.refusal = why;
      this.say(why());
    },
  });

  private get t(): UploaderMessages {
    return translate(this, UPLOADER_MESSAGES);
  }

  /** The words of a chosen file's outcome: here once what checks and sends a file has come (no file has one before). */
  private get later(): LaterMessages | undefined {
    const strings = laterStrings();
    return strings && translate(this, strings);
  }

  /**
   * Says a settled result in the live region. The shared announcer writes after a short delay and the
   * last words given win: words given meanwhile (two files started together) are said together, not lost.
   */
  private say(message: string) {
    this.unsaid = this.announcer.message ? [message] : [...this.unsaid, message];
    this.announcer.announce(this.unsaid.join(' '));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back in the page: read the list again.
    if (this.hasUpdated) this.recorded.refresh();
  }

  override disconnectedCallback(): void {
    // The files on their way stop sending (see `Uploads`).
    super.disconnectedCallback();
    this.unsaid = [];
  }

  private get activeCount(): number {
    return this.recorded.documents.length + this.uploads.onTheirWay.length;
  }

  /**
   * The dossier's documents in bytes, with the files on their way (as their count is): the parent's
   * figure, or the platform's list of other kinds as last read plus the recorded files shown here.
   */
  private get totalBytes(): number {
    const recorded = this.dossierBytes ?? this.recorded.dossierBytes;
    return recorded + this.uploads.onTheirWay.reduce((sum, item) => sum + item.size, 0);
  }

  /** A person reaches the picker: what checks and sends a file comes now, so that a chosen file starts at once. */
  private readonly reachPicker = () => {
    pickChunk.get().catch(() => undefined);
    preloadUploadEngine();
  };

  private async add(chosen: FileList | File[]) {
    const rule = this.rule;
    if (!rule) return;
    // Taken now: the file input is emptied once its change is handled, and a FileList with it.
    const files = Array.from(chosen);
    this.refusal = undefined;
    // Offline, when the checks cannot come, the file goes as it is: it is listed, waits for the connection
    // (see `Uploads.send`), and the platform checks it then, by the same rules (its refusal is shown as such).
    const checks = pickChunk.value ?? (await pickChunk.get().catch(() => undefined));
    // Their words come with them: in English, a refusal waits for its English (French is here).
    const lang = langOf(this);
    if (checks && laterStrings() && !translationsReady(lang)) await loadTranslations(lang);
    for (const file of files) {
      const refused = checks?.pickRefusal(
        file,
        rule,
        {
          maxTotalBytes: this.call?.maxTotalDocumentBytes ?? Number.POSITIVE_INFINITY,
          activeCount: this.activeCount,
          totalBytes: this.totalBytes,
          partnerIds: this.partners.map((partner) => partner.id),
          partnerId: this.partnerId,
        },
        lang,
      );
      if (refused && checks) {
        const refusal = () =>
          checks.refusedWords(this.later ?? checks.LATER_FR, refused, file.name, rule, langOf(this), formatSize);
        this.refusal = refusal;
        this.say(refusal());
        this.dispatchEvent(new QmiUploadErrorEvent(new Error(refusal()), file.name, refused));
        continue;
      }
      const client = this.clientSource.client;
      if (!client) return;
      // So that signing out of <qmi-session> forgets this account's remembered uploads, and only them.
      const account = this.clientSource.sessionValue?.account;
      if (account) noteDossier(client.baseUrl, account.id, this.application);
      this.uploads.send(client, file, {
        application: this.application,
        rule,
        partnerId: this.partnerId,
        lang: langOf(this),
      });
    }
  }

  /** Why an upload failed, in the element's language: the platform's words or a lost connection. */
  private reason(error: Error | undefined): string {
    if (!error) return '';
    return (
      connectionProblem(this, error, this.clientSource.client?.baseUrl) ??
      problemText(error, langOf(this)) ??
      error.message
    );
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
    this.recorded.remove(document.id);
    this.dispatchEvent(new QmiUploadRemoveEvent(document.id));
  }

  /** What the templates of `uploader.render.ts` need from the element. */
  private view(rule: DocumentKindRule): UploaderView {
    const documents = this.recorded.documents;
    return {
      t: this.t,
      later: this.later,
      lang: langOf(this),
      rule,
      inputId: this.inputId,
      disabled: this.disabled,
      partners: this.partners,
      partnerId: this.partnerId,
      dragging: this.dragging,
      refusal: this.refusal?.(),
      hasFiles: documents.length + this.uploads.items.length > 0,
      full: this.activeCount >= rule.maxCount,
      documents,
      uploads: this.uploads,
      partnerName: (id) => this.partners.find((partner) => partner.id === id)?.name ?? id ?? '',
      reason: (error) => this.reason(error),
      choosePartner: (id) => (this.partnerId = id),
      drag: (over) => (this.dragging = over),
      reach: this.reachPicker,
      add: (files) => void this.add(files),
      remove: (document) => void this.removeDocument(document),
      mayRemove: (document) => !this.viewer || this.viewer.owner || document.uploadedBy === this.viewer.accountId,
    };
  }

  override render() {
    const rule = this.rule;
    if (!rule) return nothing;
    // The live region stays after the list, in place whatever the list holds.
    return html`${renderUploader(this.view(rule))}
          ${this.announcer.region()}`;
  }
}
