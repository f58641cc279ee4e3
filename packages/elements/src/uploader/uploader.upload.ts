import { type DocumentUpload, prepareUpload, type UploadClient } from '@qmi/core';
import type { QmiUploadCompleteEvent, QmiUploadErrorEvent, QmiUploadProgressEvent } from './uploader.events.js';
import type { Item } from './uploader.render.js';
import type { UploadsHost, UploadsOptions, UploadTo } from './uploader.uploads.js';

/*
 * What follows a file once what sends it has come: its upload made, started and followed to its end.
 * In the pick chunk (uploader.pick.ts), with core's DocumentUpload it uses: no upload exists before. It
 * imports nothing of the first load but types (a shared module would split into a file of its own): the
 * uploads controller and the event classes are given.
 */

/** The event classes an upload fires on the element (uploader.events.ts, given by the first load). */
export interface UploadEvents {
  QmiUploadProgressEvent: typeof QmiUploadProgressEvent;
  QmiUploadCompleteEvent: typeof QmiUploadCompleteEvent;
  QmiUploadErrorEvent: typeof QmiUploadErrorEvent;
}

/** What an upload under way reports to: the uploads controller (uploader.uploads.ts). */
export interface UploadWatcher {
  readonly host: UploadsHost;
  readonly options: UploadsOptions;
  readonly events: UploadEvents;
  /** The file leaves the list of files on their way. */
  drop(item: Item): void;
}

/**
 * Makes the file's upload (the same file picked again after a reload resumes where it stopped), starts
 * it and follows it: its progress and state re-render the host and fire `qmi-upload-progress`, then
 * `qmi-upload-complete` or `qmi-upload-error`; each settled result is said once.
 */
export function beginUpload(
  watcher: UploadWatcher,
  item: Item,
  client: UploadClient,
  file: File,
  { application, rule, partnerId, lang }: UploadTo,
): void {
  const { host, options } = watcher;
  const { QmiUploadProgressEvent, QmiUploadCompleteEvent, QmiUploadErrorEvent } = watcher.events;
  const upload: DocumentUpload = prepareUpload(client, file, {
    applicationId: application,
    kind: rule.id,
    partnerId: rule.perPartner ? partnerId : undefined,
    filename: file.name,
    filetype: file.type || undefined,
    lang,
    resumePrevious: true,
  });
  item.upload = upload;
  upload.addEventListener('progress', () => {
    host.requestUpdate();
    host.dispatchEvent(new QmiUploadProgressEvent(upload.progress, item.name));
  });
  upload.addEventListener('statechange', () => host.requestUpdate());
  upload.done.then(
    (document) => {
      // (These words came with this chunk: they are here.)
      const words = options.later();
      if (words) options.say(words.announceDone(item.name));
      watcher.drop(item);
      options.sent(item, document);
      host.dispatchEvent(new QmiUploadCompleteEvent(document));
    },
    (error: Error) => {
      if (upload.status === 'refused') {
        // A final answer: the reason is shown and said, and the file input comes back to choose another
        // file; it takes the focus if the focus was in the uploader (or lost with the buttons of the file
        // that left), never if the person is elsewhere.
        const active = document.activeElement;
        const focusHere = Boolean(host.shadowRoot?.activeElement) || !active || active === document.body;
        watcher.drop(item);
        options.refused(
          () => options.later()?.refusedByPlatform(item.name, options.reason(error)) ?? options.reason(error),
        );
        void host.updateComplete.then(() => {
          if (focusHere) host.renderRoot.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
        });
      } else {
        const words = options.later();
        if (words) options.say(words.announceError(item.name, options.reason(error)));
      }
      host.dispatchEvent(new QmiUploadErrorEvent(error, item.name));
    },
  );
  upload.start();
}
