import { documentsResource } from '@qmi/core';
import type { ClientWith } from '../context/client-source.js';

/** What the uploader asks the platform: the dossier's documents (the bytes go over tus). */
export const UPLOADER_RESOURCES = {
  documents: documentsResource,
};

export type UploaderClient = ClientWith<typeof UPLOADER_RESOURCES>;
