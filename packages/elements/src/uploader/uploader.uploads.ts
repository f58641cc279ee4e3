import { initialState, Task } from '@lit/task';
import {
  type DocumentKindRule,
  type DocumentRef,
  findInterruptedUploads,
  type InterruptedUpload,
  type Lang,
  type UploadClient,
} from '@qmi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { QmiUploadCompleteEvent, QmiUploadErrorEvent, QmiUploadProgressEvent } from './uploader.events.js';
import type { LaterMessages } from './uploader.messages.later.js';
import type { UploaderMessages } from './uploader.messages.js';
import { pickChunk } from './uploader.pick-chunk.js';
import { type Item, statusOf } from './uploader.render.js';
import type { UploadEvents, UploadWatcher } from './uploader.upload.js';

let counter = 0;

/** The longest wait between two fetches of what sends a file while the browser says it is online. */
const MAX_WAIT_MS = 20_000;

/**
 * Until the browser says it is back online, or a while has passed when it says it is online (the
 * server of the page's scripts may be down): a file waiting for what sends it tries again then.
 */
function connectionBack(attempt: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      globalThis.removeEventListener('online', done);
      resolve();
    };
    const timer = navigator.onLine ? setTimeout(done, Math.min(1000 * 2 ** attempt, MAX_WAIT_MS)) : undefined;
    globalThis.addEventListener('online', done);
  });
}

/** The element, whose file input takes the focus back after a refusal. */
export type UploadsHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What the files on their way need from the element: the dossier, its words, and where a settled file goes. */
export interface UploadsOptions {
  /** The dossier and the kind whose interrupted uploads are offered for resuming. */
  target(): readonly [application: string, kind: string | undefined];
  /** The element's words, in the page's language now. */
  words(): UploaderMessages;
  /** The words of a file's outcome, in the page's language now (here once an upload exists: they come with it). */
  later(): LaterMessages | undefined;
  /** Says a settled result in the live region. */
  say(message: string): void;
  /** Why an upload failed, in the element's language. */
  reason(error: Error | undefined): string;
  /** A file was recorded as `document` (it has left the list of files on their way). */
  sent(item: Item, document: DocumentRef): void;
  /**
   * The platform refused a file, a final answer (it has left the list): why, a function so that the
   * words follow the page's language, to show until the next file is chosen and to say once.
   */
  refused(why: () => string): void;
}

/** Where a picked file goes: the dossier, the kind, the partner chosen for a per-partner kind. */
export interface UploadTo {
  application: string;
  rule: DocumentKindRule;
  partnerId: string;
  /** The platform's refusals in this language, whatever the client was made with. */
  lang: Lang;
}

/**
 * The files picked here and on their way (sending, paused, retrying, failed), each a tus upload of
 * `@qmi/core` whose progress and state re-render the host and fire `qmi-upload-progress`, then
 * `qmi-upload-complete` or `qmi-upload-error` on it; and the uploads of the kind cut short on this
 * browser (a reload), offered for resuming until the same file is picked again. Each action says its
 * settled result once, not each step of progress. Taken out of the page, the host stops sending: the
 * server keeps what it received and the browser keeps the fingerprint, so picking the file again resumes it.
 * An upload is made and followed to its end by the pick chunk (`beginUpload`, uploader.upload.ts), given
 * this controller: no upload exists before that chunk came, so the first load does not carry that code.
 */
export class Uploads implements ReactiveController, UploadWatcher {
  /** The events an upload fires on the host (given to the pick chunk, which makes the uploads). */
  readonly events: UploadEvents = { QmiUploadProgressEvent, QmiUploadCompleteEvent, QmiUploadErrorEvent };
  private list: Item[] = [];
  private cutShort: InterruptedUpload[] = [];
  /** How each file not yet sending begins (again, after a pause while it waited for what sends it). */
  private readonly beginnings = new Map<Item, () => void>();
  /** Uploads of the kind cut short on this browser (a reload), read again when the dossier or kind changes. */
  private readonly interruptions: Task<readonly [string, string | undefined], InterruptedUpload[]>;

  constructor(
    readonly host: UploadsHost,
    readonly options: UploadsOptions,
  ) {
    host.addController(this);
    this.interruptions = new Task(host, {
      args: () => options.target(),
      task: async ([applicationId, kind]) =>
        applicationId && kind ? findInterruptedUploads({ applicationId, kind }) : initialState,
      onComplete: (found) => {
        this.interrupted = found;
      },
    });
  }

  /** The files picked here and not yet recorded nor refused, in the order they were picked. */
  get items(): readonly Item[] {
    return this.list;
  }

  private set items(next: Item[]) {
    this.list = next;
    this.host.requestUpdate();
  }

  /** Uploads of the kind cut short on this browser and not picked again yet. */
  get interrupted(): readonly InterruptedUpload[] {
    return this.cutShort;
  }

  private set interrupted(next: InterruptedUpload[]) {
    this.cutShort = next;
    this.host.requestUpdate();
  }

  /** Files picked here and on their way (neither finished nor failed). */
  get onTheirWay(): Item[] {
    return this.list.filter((item) => statusOf(item) !== 'complete' && statusOf(item) !== 'error');
  }

  /**
   * Sends a file the pick checks let through; the same file picked again after a reload resumes where it
   * stopped. The file is listed at once. What sends it (core's DocumentUpload, in the pick checks' chunk)
   * and the upload engine were fetched when the person reached the picker (else they are now); while they
   * cannot be fetched (offline) the file waits as for a lost connection, and goes when they come.
   */
  send(client: UploadClient, file: File, to: UploadTo): void {
    const item: Item = {
      key: `item:${Date.now()}-${++counter}`,
      name: file.name,
      size: file.size,
      partnerId: to.partnerId || undefined,
      upload: undefined,
      waiting: 'uploading',
    };
    this.items = [...this.list, item];
    // The interrupted upload of this file, if it is one, resumes with it: no longer offered.
    this.interrupted = this.cutShort.filter((i) => i.filename !== file.name);
    this.options.say(this.options.words().announceStart(file.name));
    const begin = () => void this.begin(item, client, file, to);
    this.beginnings.set(item, begin);
    begin();
  }

  /** Makes the file's upload and starts it, once what sends a file is here; not if it was paused or cancelled meanwhile. */
  private async begin(item: Item, client: UploadClient, file: File, to: UploadTo) {
    const sender = pickChunk.value ?? (await this.whenSenderComes(item));
    // Paused, cancelled or begun by a resume meanwhile: this beginning is over.
    if (!sender || item.upload || item.waiting === 'paused' || !this.list.includes(item)) return;
    this.beginnings.delete(item);
    sender.beginUpload(this, item, client, file, to);
    this.host.requestUpdate();
  }

  /** What sends a file, fetched again while it cannot be (offline); undefined once the file is paused or cancelled. */
  private async whenSenderComes(item: Item) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await pickChunk.get();
      } catch {
        if (item.waiting === 'paused' || !this.list.includes(item)) return undefined;
        item.waiting = 'retrying';
        this.host.requestUpdate();
        await connectionBack(attempt);
        if (item.waiting !== 'retrying' || !this.list.includes(item)) return undefined;
      }
    }
  }

  async pause(item: Item): Promise<void> {
    if (item.upload) await item.upload.pause();
    else {
      item.waiting = 'paused';
      this.host.requestUpdate();
    }
    // The last bytes may have arrived meanwhile: then "sent" is what is said.
    if (statusOf(item) === 'paused') this.options.say(this.options.words().announcePaused(item.name));
  }

  resume(item: Item): void {
    if (item.upload) item.upload.resume();
    else if (item.waiting === 'paused') {
      item.waiting = 'uploading';
      this.host.requestUpdate();
      this.beginnings.get(item)?.();
    }
    this.options.say(this.options.words().announceResumed(item.name));
  }

  cancel(item: Item): void {
    void item.upload?.cancel();
    this.drop(item);
    this.options.say(this.options.words().announceCancelled(item.name));
  }

  hostDisconnected(): void {
    // Taken out of the page (a navigation, a re-render): stop sending (see the class's comment).
    for (const item of this.list) {
      if (!item.upload) item.waiting = 'paused';
      else if (item.upload.status === 'uploading' || item.upload.status === 'retrying') void item.upload.pause();
    }
  }

  /** The file leaves the list (sent, refused or cancelled). */
  drop(item: Item): void {
    this.beginnings.delete(item);
    this.items = this.list.filter((other) => other !== item);
  }
}
