// What the tests of decisions, notifications and accompaniment (issue 16, S3) share: a commune's
// dossier at the status a test starts from, written through the API as a commune and organisers would.
import type { Application } from '@qmi/core';
import type { Sandbox } from '../src/index.js';
import { CALL_WITHOUT_DOCUMENTS, nextCommune, organiser, readyDossier, verifiedAgent } from './helpers.js';

/** A verified agent's complete dossier, still a draft (it holds the commune's place). */
export async function draftDossier(sandbox: Sandbox, options: { lang?: 'fr' | 'en' } = {}) {
  const commune = nextCommune();
  const agent = await verifiedAgent(sandbox, commune, options.lang ? { lang: options.lang } : {});
  const draft = await agent.applications.create(CALL_WITHOUT_DOCUMENTS.id, { commune });
  const application = await agent.applications.update(draft.id, readyDossier(), { ifMatch: draft.revision });
  return { agent, application, commune };
}

/** The same, submitted: what organisers decide on. */
export async function submittedDossier(sandbox: Sandbox, options: { lang?: 'fr' | 'en' } = {}) {
  const { agent, application, commune } = await draftDossier(sandbox, options);
  const submitted: Application = await agent.applications.submit(application.id);
  return { agent, application: submitted, commune };
}

/** A submitted dossier the organisers declared eligible: ready to be selected or not. */
export async function eligibleDossier(sandbox: Sandbox) {
  const dossier = await submittedDossier(sandbox);
  const org = await organiser(sandbox);
  const { application } = await org.applications.decide(dossier.application.id, { action: 'declare_eligible' });
  return { ...dossier, application };
}
