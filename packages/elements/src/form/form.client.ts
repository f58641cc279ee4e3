import { meResource, applicationsResource, callsResource, adviceResource, dossiersResource } from '@qmi/core';
import type { ClientWith } from '../context/client-source.js';

/** What the form asks the platform: the dossier and its people, the call, the organisers' advice and decisions. */
export const FORM_RESOURCES = {
  // `auth.me` alone: who is signed in (the session around it signs people in and out).
  auth: meResource,
  applications: applicationsResource,
  calls: callsResource,
  advice: adviceResource,
  dossiers: dossiersResource,
};

export type FormClient = ClientWith<typeof FORM_RESOURCES>;
