// Type tests: mistakes a developer makes with the client and the autosave engine are compile errors.
// Nothing here runs; `tsc -p packages/core` (in `npm test`) checks this file. Each `@ts-expect-error`
// line must fail to compile: if the types let it through, tsc reports the directive as unused.
import {
  ApiError,
  type ApiErrorCode,
  type ApplicationPatch,
  type Autosave,
  ConflictError,
  type DraftPath,
  type DraftValue,
  type ErrorCode,
  PreconditionFailedError,
  type QmiClient,
} from '../src/index.js';
import { exampleDossier } from '../src/testing/index.js';

declare const client: QmiClient;
declare const engine: Autosave;
declare const error: unknown;
declare const fieldFromTheCallDefinition: string;

export async function applicationPatches(id: string, revision: number) {
  const opts = { ifMatch: revision };
  // What a save names: only what changed, nested; null removes a field; a list is sent whole.
  await client.applications.update(id, { challenge: { title: 'Rues aux écoles' } }, opts);
  await client.applications.update(id, { team: { agent: { email: 'agent@mairie.fr' } } }, opts);
  await client.applications.update(
    id,
    { challenge: { description: null }, sectors: [{ id: 's1', name: 'Nord' }] },
    opts,
  );
  await client.applications.update(
    id,
    { team: { communication: null }, acknowledgements: { commitments: true } },
    opts,
  );
  await client.applications.update(id, exampleDossier(), opts);
  const patch: ApplicationPatch = { motivations: { text: 'Parce que' } };
  await client.applications.update(id, patch, opts);

  // @ts-expect-error a misspelt section is not a field of the dossier
  await client.applications.update(id, { challeng: { title: 'Rues aux écoles' } }, opts);
  // @ts-expect-error a misspelt field inside a section neither
  await client.applications.update(id, { challenge: { titel: 'Rues aux écoles' } }, opts);
  // @ts-expect-error an e-mail address is text
  await client.applications.update(id, { team: { agent: { email: 42 } } }, opts);
  // @ts-expect-error a list is replaced whole: each item is a whole sector (an id is required)
  await client.applications.update(id, { sectors: [{ name: 'Nord' }] }, opts);
  // @ts-expect-error the acknowledgements are booleans
  await client.applications.update(id, { acknowledgements: { commitments: 'oui' } }, opts);
  // @ts-expect-error a save needs the revision it was written against
  await client.applications.update(id, { challenge: { title: 'x' } }, {});
}

export function errorCodes() {
  if (!(error instanceof ApiError)) return;
  const code: ApiErrorCode = error.code;
  const platformCode: ErrorCode | 'http_error' = error.code;
  if (error.code === 'not_found' || error.code === 'application_exists' || error.code === 'http_error')
    return [code, platformCode];
  // @ts-expect-error a misspelt code can never match
  if (error.code === 'not_fuond') return;
  // @ts-expect-error a code is one of the platform's, not any string
  const unknownCode: ApiErrorCode = 'teapot';
  return unknownCode;
}

export function conflicts() {
  if (error instanceof PreconditionFailedError) {
    // The server's current dossier, parsed: its revision and content are typed.
    const revision: number | undefined = error.current?.revision;
    const title: string | undefined = error.current?.challenge?.title;
    // @ts-expect-error a 412 may carry no dossier (tus_resumable_required): check it first
    const always: number = error.current.revision;
    // @ts-expect-error the revision is a number
    const asText: string | undefined = error.current?.revision;
    return [revision, title, always, asText];
  }
  if (error instanceof ConflictError) {
    const existing: string | undefined = error.existingApplicationId;
    // @ts-expect-error the id is there only on application_exists, for an account that may open it
    const always: string = error.existingApplicationId;
    return [existing, always];
  }
  if (error instanceof ApiError) {
    // @ts-expect-error only a 409 (ConflictError) points at an existing dossier
    return error.existingApplicationId;
  }
  return undefined;
}

export async function autosaveEdits() {
  await engine.edit('challenge.title', 'Rues aux écoles');
  await engine.edit('team.agent.email', 'agent@mairie.fr', { flush: true });
  await engine.edit('team.agent', { firstName: 'Camille', email: 'camille@mairie.fr' });
  await engine.edit('partners', [{ id: 'p1', name: 'Office public de l’habitat', type: 'social_landlord' }]);
  await engine.edit('acknowledgements.commitments', true);
  await engine.edit('challenge.description', null);
  // A path known only at run time (the form draws its fields from the call's definition).
  await engine.editPath(fieldFromTheCallDefinition, 'texte');

  const path: DraftPath = 'resources.publicSpace';
  const value: DraftValue<'resources.publicSpace'> = 'La cour de l’école';
  const partners: DraftValue<'partners'> = [];
  await engine.edit(path, value);

  // @ts-expect-error a misspelt path
  await engine.edit('challeng.titel', 'Rues aux écoles');
  // @ts-expect-error an e-mail address is text
  await engine.edit('team.agent.email', 42);
  // @ts-expect-error a list is one field: no index in a path (a merge patch replaces lists whole)
  await engine.edit('partners.0.name', 'Office public de l’habitat');
  // @ts-expect-error a partner's type is one of the call's partner types
  await engine.edit('partners', [{ id: 'p1', type: 'friend' }]);
  // @ts-expect-error the acknowledgements are booleans
  await engine.edit('acknowledgements.commitments', 'oui');
  // @ts-expect-error a runtime string goes through editPath
  await engine.edit(fieldFromTheCallDefinition, 'texte');
  return partners;
}

export function autosaveEvents() {
  // Each event carries its own detail: no cast to read what was saved or what changed.
  engine.addEventListener('saved', (event) => {
    const revision: number = event.detail.application.revision;
    return revision;
  });
  engine.addEventListener('remote', (event) => event.detail.paths.includes('*'));
  engine.addEventListener('change', () => engine.state.status);
  // @ts-expect-error `saved` tells the dossier saved, not paths
  engine.addEventListener('saved', (event) => event.detail.paths);
  // @ts-expect-error `remote` carries the changed paths, not a dossier
  engine.addEventListener('remote', (event) => event.detail.application);
}
