// The dossier's editable content and its server-owned fields: plain functions, in a module without zod,
// so that the autosave (in every form page's first load) does not bring the schemas with it.
import type { Application, ApplicationDraftContent } from './schemas/application.js';

/** Fields the server owns: a merge patch may not touch them. */
export const SERVER_FIELDS = [
  'id',
  'callId',
  'commune',
  'status',
  'revision',
  'ownerId',
  'holdsPlace',
  'documents',
  'createdAt',
  'updatedAt',
  'submittedAt',
] as const;

/** Extracts the editable content of an application document. */
export function applicationContent(application: Application): ApplicationDraftContent {
  const content: Record<string, unknown> = { ...application };
  for (const key of SERVER_FIELDS) delete content[key];
  return content as ApplicationDraftContent;
}

/** The same application with other content: the server-owned fields are kept, the editable part replaced. */
export function withContent(application: Application, content: ApplicationDraftContent): Application {
  const result: Record<string, unknown> = { ...content };
  for (const key of SERVER_FIELDS) if (application[key] !== undefined) result[key] = application[key];
  return result as Application;
}
