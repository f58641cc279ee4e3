import { executeServerCommand } from '@web/test-runner-commands';
import { QMI_2 } from '@qmi/core';

/** A document kind of the QMI 2 call ("mayor_letter": one PDF; "sector_sheet": up to five files of several formats). */
export const kind = (id: string) => QMI_2.documentKinds.find((k) => k.id === id)!;

/** A file the platform takes as a PDF (its first bytes say so). */
export const pdf = (name: string, size = 64 * 1024) => {
  const bytes = new Uint8Array(size);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
  return new File([bytes], name, { type: 'application/pdf' });
};

/** A PNG by its bytes, whatever its name and declared type (a PNG renamed .pdf is refused by the platform). */
export const png = (name: string, type = 'image/png') => {
  const bytes = new Uint8Array(2048);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new File([bytes], name, { type });
};

/** Puts files in an uploader's real file input, as the browser's file picker does, and fires its change event. */
export const pick = (el: Element, ...files: File[]) => {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
};

/** Scripts of the upload engine the page has loaded (tus-js-client and @qmi/core's module wrapping it), as the browser's debugger lists them. */
export const engineScripts = async () =>
  (await executeServerCommand<string[], undefined>('scripts-loaded')).filter((url) =>
    /tus-js-client|\/uploads\/engine\.js/.test(url),
  );

/** Scripts of the uploader's checks of a picked file (the platform's rules: `checkDocumentFile`) the page has loaded. */
export const rulesScripts = async () =>
  (await executeServerCommand<string[], undefined>('scripts-loaded')).filter((url) =>
    /uploader\/uploader\.pick\.(js|ts)/.test(url),
  );
