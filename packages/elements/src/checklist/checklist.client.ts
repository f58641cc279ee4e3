import { applicationReaderResource, callsResource } from '@qmi/core';
import type { ClientWith } from '../context/client-source.js';

/** What the checklist asks the platform: the call and, with an `application`, the dossier (read, never saved). */
export const CHECKLIST_RESOURCES = {
  calls: callsResource,
  applications: applicationReaderResource,
};

export type ChecklistClient = ClientWith<typeof CHECKLIST_RESOURCES>;
