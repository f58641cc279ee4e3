import { Chunk } from '../lazy/chunk.js';
import { type LazyTranslations, lazyTranslations } from '../i18n/translate.js';
import type { LaterMessages } from './uploader.messages.later.js';

/**
 * What checks and sends a picked file (`uploader.pick.ts`: the platform's checks of a file, and its
 * upload made with core's `prepareUpload` and followed to its end), fetched when a person reaches the picker (focus, hover, a file dragged over it) and
 * awaited when a file is chosen: a page that only shows the files never fetches it. A file of its own so
 * that the element and its uploads controller share one request.
 */
export const pickChunk = new Chunk(() => import('./uploader.pick.js'));

let later: LazyTranslations<LaterMessages> | undefined;

/**
 * The words of what happens once a file is chosen (uploader.messages.later.ts), declared as the other
 * strings are once the pick chunk is here (an element in English then waits for their English, as for its
 * own); undefined before: no file has an outcome to say yet.
 */
export function laterStrings(): LazyTranslations<LaterMessages> | undefined {
  const chunk = pickChunk.value;
  if (chunk && !later) later = lazyTranslations(chunk.LATER_FR, { en: chunk.laterEnglish });
  return later;
}
