import type { Lang } from '@qmi/core';

/** The values a message is built from ({ max: 10485760, accepted: 'PDF' }). */
export type Params = Record<string, string | number>;

/**
 * Sizes in the unit people read on their files: "10 Mo" in French, "10 MB" in English. In a module
 * of its own so that a page checking one file (the uploader) does not carry every rule's messages.
 */
export const megabytes = (bytes: number | string | undefined, lang: Lang): string =>
  `${(Math.round((Number(bytes) / (1024 * 1024)) * 10) / 10).toString().replace('.', lang === 'fr' ? ',' : '.')} ${lang === 'fr' ? 'Mo' : 'MB'}`;
