// The account's and the dossier roles' part of the in-page platform (stories/support/platform.ts):
// GET/PATCH/DELETE /v1/me, the password and address changes, the data export, the requests to
// represent a commune, and who has access to a dossier (editors, invitations, ownership). The rules
// are the sandbox's (packages/sandbox/src/routes/me.ts, sharing.ts, invitations.ts), kept to what a
// story shows: the same answers, the same problem codes and field paths.
import {
  type Account,
  type Application,
  type CommuneClaim,
  type Collaborator,
  type ErrorCode,
  type Invitation,
  problemBody,
} from '@qmi/core';
import { http, HttpResponse, type HttpHandler } from 'msw';

/** What a story says about the signed-in account and the people of its dossier. */
export interface AccountScenario {
  /** The signed-in account, over the story account (`GET /v1/me`, and the session a sign-in opens). */
  account?: Partial<Account>;
  /** `stall`: `GET /v1/me` never answers (the account page stays on its loading state). */
  accountLoading?: 'ok' | 'stall';
  /** The account's requests to represent a commune (`GET /v1/commune-claims`). */
  claims?: CommuneClaim[];
  /** Who has access to every dossier of the story (default: the story account, owner). */
  collaborators?: Collaborator[];
  /** Invitations to the story's dossiers (`GET /v1/applications/:id/invitations`). */
  invitations?: Invitation[];
  /** Submitted dossiers the account is the sole owner of: deleting it answers 409 `account_holds_dossiers`. */
  heldDossiers?: string[];
}

/** The password of the story account (sign-in, and every change that asks for it again). */
export const STORY_PASSWORD = 'commune-2023';

type Resolver = Parameters<typeof http.get>[1];

/** What the platform's main module lends to these routes. */
export interface AccountRouteTools {
  url: (path: string) => string;
  now: () => string;
  /** The signed-in account as the platform has it now: `GET /v1/me` answers it, `PATCH /v1/me` changes it. */
  me: { current: Account };
  /** Whether the request carries the story account's bearer token. */
  authorised: (request: Request) => boolean;
  found: (id: string | readonly string[] | undefined) => Application | undefined;
}

/** The platform's problem+json, in French (as for a page without `Accept-Language: en`), with the sandbox's detail. */
function problem(code: ErrorCode, extra: Record<string, unknown> = {}, detail?: string) {
  const body = problemBody(code, 'fr', '', 'req_story', { extra, ...(detail ? { detail } : {}) });
  return HttpResponse.json(body, { status: body.status, headers: { 'content-type': 'application/problem+json' } });
}

const fieldError = (path: string, code: string, message: string) =>
  problem('validation_failed', { errors: [{ path, code, message }] });

/** The routes, over one copy of the scenario (each story starts from its own). */
export function accountHandlers(scenario: AccountScenario, tools: AccountRouteTools): HttpHandler[] {
  const { url, now, found, me: state } = tools;
  // Every route here needs the account's bearer token, as on the platform (401 otherwise).
  const me =
    (resolver: Resolver): Resolver =>
    (info) =>
      tools.authorised(info.request) ? resolver(info) : problem('unauthenticated');
  const claims = structuredClone(scenario.claims ?? []);
  const collaborators = structuredClone(
    scenario.collaborators ?? [
      {
        accountId: state.current.id,
        email: state.current.email,
        role: 'owner' as const,
        addedAt: '2023-11-02T09:00:00.000Z',
      },
    ],
  );
  const invitations = structuredClone(scenario.invitations ?? []);
  const noContent = () => new HttpResponse(null, { status: 204 });
  const emailSent = () => HttpResponse.json({ status: 'email_sent' }, { status: 202 });
  /** The current password, asked again before a change of address or password and a deletion (ProConnect accounts have none). */
  const reauthenticated = (password: string | undefined) => !state.current.hasPassword || password === STORY_PASSWORD;
  const reauthentication = () => problem('reauthentication_required', {}, 'Saisissez votre mot de passe actuel.');

  return [
    http.patch(
      url('/v1/me'),
      me(async ({ request }) => {
        const changes = (await request.json()) as Partial<Pick<Account, 'lang' | 'givenName' | 'usualName'>>;
        state.current = { ...state.current, ...changes };
        return HttpResponse.json(state.current);
      }),
    ),
    http.put(
      url('/v1/me/password'),
      me(async ({ request }) => {
        const { currentPassword, newPassword = '' } = (await request.json()) as {
          currentPassword?: string;
          newPassword?: string;
        };
        if (!reauthenticated(currentPassword)) return reauthentication();
        if (newPassword.length < 10) return fieldError('newPassword', 'too_small', 'Au moins 10 caractères.');
        return noContent();
      }),
    ),
    http.post(
      url('/v1/me/email-change'),
      me(async ({ request }) => {
        const { newEmail = '', password } = (await request.json()) as { newEmail?: string; password?: string };
        if (!reauthenticated(password)) return reauthentication();
        if (newEmail.toLowerCase() === state.current.email)
          return fieldError('newEmail', 'same_email', 'C’est déjà l’adresse de votre compte.');
        return emailSent();
      }),
    ),
    http.get(
      url('/v1/me/export'),
      me(() =>
        HttpResponse.json(
          { exportedAt: now(), account: state.current, communeClaims: claims, dossiers: [] },
          { headers: { 'content-disposition': `attachment; filename="qmi-account-${state.current.id}.json"` } },
        ),
      ),
    ),
    http.delete(
      url('/v1/me'),
      me(async ({ request }) => {
        const { confirmEmail = '', password } = (await request.json()) as { confirmEmail?: string; password?: string };
        if (confirmEmail.trim().toLowerCase() !== state.current.email)
          return fieldError('confirmEmail', 'confirm_email_mismatch', 'Saisissez l’adresse e-mail de votre compte.');
        if (!reauthenticated(password)) return reauthentication();
        if (scenario.heldDossiers?.length)
          return problem(
            'account_holds_dossiers',
            { applicationIds: scenario.heldDossiers },
            'Transférez d’abord ces dossiers déposés à un éditeur (propriété du dossier), puis supprimez votre compte.',
          );
        return noContent();
      }),
    ),

    http.get(
      url('/v1/commune-claims'),
      me(() => HttpResponse.json({ data: claims })),
    ),
    http.post(
      url('/v1/commune-claims'),
      me(async ({ request }) => {
        const body = (await request.json()) as { commune: string; name: string; townHallRole: string };
        if (claims.some((claim) => claim.commune === body.commune && ['pending', 'approved'].includes(claim.status)))
          return problem('claim_exists');
        const claim: CommuneClaim = {
          ...body,
          id: `claim_${claims.length + 1}`,
          accountId: state.current.id,
          email: state.current.email,
          status: 'pending',
          requestedAt: now(),
        };
        claims.push(claim);
        return HttpResponse.json(claim, { status: 201 });
      }),
    ),

    http.get(
      url('/v1/applications/:id/collaborators'),
      me(({ params }) => (found(params.id) ? HttpResponse.json({ data: collaborators }) : problem('not_found'))),
    ),
    http.delete(
      url('/v1/applications/:id/collaborators/:accountId'),
      me(({ params }) => {
        const at = collaborators.findIndex((person) => person.accountId === params.accountId);
        if (at === -1 || collaborators[at]!.role === 'owner') return problem('not_found');
        collaborators.splice(at, 1);
        return noContent();
      }),
    ),
    http.post(
      url('/v1/applications/:id/ownership'),
      me(async ({ request, params }) => {
        const application = found(params.id);
        const { accountId } = (await request.json()) as { accountId: string };
        const next = collaborators.find((person) => person.accountId === accountId && person.role === 'editor');
        if (!application || !next) return problem('not_found');
        for (const person of collaborators) person.role = person === next ? 'owner' : 'editor';
        return HttpResponse.json({ ...application, ownerId: accountId });
      }),
    ),
    http.get(
      url('/v1/applications/:id/invitations'),
      me(({ params }) =>
        HttpResponse.json({ data: invitations.filter((invitation) => invitation.applicationId === params.id) }),
      ),
    ),
    http.post(
      url('/v1/applications/:id/invitations'),
      me(async ({ request, params }) => {
        const { email } = (await request.json()) as { email: string };
        const invitation: Invitation = {
          id: `inv_${invitations.length + 1}`,
          applicationId: String(params.id),
          email: email.toLowerCase(),
          status: 'pending',
          invitedBy: state.current.id,
          createdAt: now(),
          expiresAt: new Date(Date.parse(now()) + 14 * 86_400_000).toISOString(),
        };
        invitations.push(invitation);
        return HttpResponse.json(invitation, { status: 201 });
      }),
    ),
    http.delete(
      url('/v1/applications/:id/invitations/:invitationId'),
      me(({ params }) => {
        const invitation = invitations.find((item) => item.id === params.invitationId && item.status === 'pending');
        if (!invitation) return problem('not_found');
        invitation.status = 'revoked';
        return noContent();
      }),
    ),
  ];
}
