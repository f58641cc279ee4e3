import { initialState, Task } from '@lit/task';
import type { DocumentRef } from '@qmi/core';
import type { ReactiveControllerHost } from 'lit';
import { PageVisibilityController } from '../controllers/page-visibility.js';
import type { UploaderClient } from './uploader.client.js';

/** The bytes of some documents together. */
const bytesOf = (documents: readonly DocumentRef[]): number =>
  documents.reduce((sum, document) => sum + document.sizeBytes, 0);

/** What names the platform's list: the client (none while a parent keeps the list or nothing may be sent), the dossier, the kind. */
export type ListingArgs = readonly [client: UploaderClient | undefined, application: string, kind: string | undefined];

interface RecordedHost extends ReactiveControllerHost {
  /** The parent's copy of the kind's files, when it keeps one (the uploader's `documents`). */
  documents: DocumentRef[] | undefined;
}

/**
 * The recorded files of the kind: the parent's copy when it keeps one, else the platform's list, read
 * once requests may be sent, again after each upload or removal and when the page is shown again
 * (something may have changed from another device meanwhile). A later read supersedes an earlier one
 * (`Task` aborts it and ignores its answer); a failed read keeps what is shown.
 */
export class RecordedDocuments {
  /** The platform's list, when no parent gives `documents`. */
  private loaded: DocumentRef[] = [];
  /** Bytes of the dossier's documents of other kinds, in the platform's list as last read. */
  private otherKindsBytes = 0;
  private readonly listing: Task<ListingArgs, { mine: DocumentRef[]; otherBytes: number }>;
  private readonly visibility: PageVisibilityController;

  constructor(
    private readonly host: RecordedHost,
    args: () => ListingArgs,
  ) {
    this.listing = new Task(host, {
      args,
      task: async ([client, application, kind], { signal }) => {
        if (!client || !application || !kind) return initialState;
        const all = await client.documents.list(application, { signal });
        return {
          mine: all.filter((document) => document.kind === kind),
          otherBytes: bytesOf(all.filter((document) => document.kind !== kind)),
        };
      },
      onComplete: ({ mine, otherBytes }) => {
        this.otherKindsBytes = otherBytes;
        this.show(mine);
      },
    });
    this.visibility = new PageVisibilityController(host, () => {
      if (this.visibility.visible) this.refresh();
    });
  }

  /** The recorded files shown: the parent's, or the platform's as last read. */
  get documents(): DocumentRef[] {
    return this.host.documents ?? this.loaded;
  }

  /** The dossier's documents in bytes, as far as the platform's list tells: its other kinds and the files shown. */
  get dossierBytes(): number {
    return this.otherKindsBytes + bytesOf(this.documents);
  }

  /** Reads the platform's list again (nothing is read while a parent keeps the list). */
  refresh(): void {
    void this.listing.run();
  }

  /** A file was recorded: shown at once; then the parent's copy (the form reads the dossier again) or the platform's list replaces it. */
  add(document: DocumentRef): void {
    if (this.host.documents) this.host.documents = [...this.host.documents, document];
    else this.show([...this.loaded, document]);
    this.refresh();
  }

  /** A recorded file was removed: it leaves the list at once, then the list is read again. */
  remove(id: string): void {
    if (this.host.documents) this.host.documents = this.host.documents.filter((d) => d.id !== id);
    else this.show(this.loaded.filter((d) => d.id !== id));
    this.refresh();
  }

  private show(list: DocumentRef[]): void {
    this.loaded = list;
    this.host.requestUpdate();
  }
}
