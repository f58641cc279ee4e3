import {
  meResource,
  applicationsResource,
  callsResource,
  documentsResource,
  dossiersResource,
  adviceResource,
} from '@qmi/core';
import type { ClientWith } from '../context/client-source.js';

/** What the dossier view asks the platform: the dossier, its call, documents, receipts, history and advice. */
export const DOSSIER_VIEW_RESOURCES = {
  // `auth.me` alone: who is signed in (the session around it signs people in and out).
  auth: meResource,
  applications: applicationsResource,
  calls: callsResource,
  documents: documentsResource,
  dossiers: dossiersResource,
  advice: adviceResource,
};

export type DossierViewClient = ClientWith<typeof DOSSIER_VIEW_RESOURCES>;
