// For tests of what a page fetches with `import()` (the rules, an element's parts): a dossier made without
// the form's helpers (form-helpers.ts loads the rules for its list of communes, and a module the page
// already holds is never fetched again), and a cut of the page's own origin alone.
import { createClient, type QmiClient } from '@qmi/core';
import { executeServerCommand } from '@web/test-runner-commands';
import { ORGANISER, sandboxUrl, signUpVerified } from './world.js';

/** Communes of the MGP that may apply (not laureates of edition 1), tried in turn for a test's dossier. */
export const SOME_COMMUNES = ['94002', '94015', '94017', '94022', '94033', '94037', '94041', '94043', '94046', '94052'];

/** A verified agent's dossier on `call`, for the first of `communes` without one there, and its commune. */
export async function bareDossier(
  call: string,
  communes: readonly string[] = SOME_COMMUNES,
): Promise<{ client: QmiClient; id: string; commune: string }> {
  const client = createClient({ baseUrl: await sandboxUrl() });
  await signUpVerified(client);
  const organiser = createClient({ baseUrl: await sandboxUrl() });
  await organiser.auth.signIn(ORGANISER);
  for (const commune of communes) {
    const claim = await client.communeClaims.create({
      commune,
      name: 'Agent de test',
      townHallRole: 'Chargé de mission',
    });
    await organiser.communeClaims.decide(claim.id, { decision: 'approve' });
    try {
      return { client, id: (await client.applications.create(call, { commune })).id, commune };
    } catch (error) {
      if ((error as { code?: string }).code !== 'application_exists') throw error;
    }
  }
  throw new Error('No free commune for the test dossier');
}

/** Cuts (or gives back) the page's own origin, where its modules come from; the platform stays reachable. */
export const setSiteDown = (down: boolean) => executeServerCommand('network', { offline: down, page: 'only' });
