import { Chunk } from '../lazy/chunk.js';

/**
 * What checks and sends a picked file (`uploader.pick.ts`: the platform's checks of a file and core's
 * `prepareUpload`), fetched when a person reaches the picker (focus, hover, a file dragged over it) and
 * awaited when a file is chosen: a page that only shows the files never fetches it. A file of its own so
 * that the element and its uploads controller share one request.
 */
export const pickChunk = new Chunk(() => import('./uploader.pick.js'));
