import { CommuneClaimDecision, CommuneClaimRequest, CommuneClaimStatus, InseeCode } from '@qmi/core';
import { MGP } from '@qmi/validators';
import { Hono } from 'hono';
import { z } from 'zod';
import { requireAccount, requireOrganiser } from '../http/auth.js';
import { readBody, validate } from '../http/body.js';
import type { AppEnv } from '../http/env.js';
import { ProblemError, say } from '../http/problem.js';
import { claimDecisionMail } from '../mail/commune-mails.js';

/**
 * Claims to represent a commune: a password account asks (name, role in the town hall), an organiser
 * approves or refuses, and the person learns the decision by e-mail. Approval verifies the account for
 * the commune, and its dossier for the commune takes the commune's place if nobody holds it.
 */
export const communeRoutes = new Hono<AppEnv>();

communeRoutes.post('/v1/commune-claims', async (c) => {
  const account = requireAccount(c);
  if (account.role !== 'applicant') throw new ProblemError('forbidden');
  // The decision is sent by e-mail, and an organiser judges a claim partly by its address.
  if (account.email_verified_at === null) throw new ProblemError('email_unverified');
  const request = await readBody(c, CommuneClaimRequest);
  const match = MGP.find(request.commune);
  if (!match) {
    throw new ProblemError('commune_not_eligible', {
      errors: [
        {
          path: 'commune',
          code: 'not_in_territory',
          message: say(
            c,
            'Cette commune n’est pas membre de la Métropole du Grand Paris.',
            'This commune is not a member of the Métropole du Grand Paris.',
          ),
        },
      ],
    });
  }
  // A former code (93059) stands for today's commune (93066), as for dossiers.
  const commune = match.commune.code;
  const { store, clock } = c.get('deps');
  const claimExists = () =>
    new ProblemError('claim_exists', {
      detail: say(
        c,
        'Une demande pour cette commune est en cours ou déjà acceptée.',
        'A request for this commune is pending or already approved.',
      ),
    });
  if (store.accounts.isVerifiedFor(account.id, commune)) throw claimExists();
  const claim = store.claims.create(account.id, { ...request, commune }, clock.now().toISOString());
  if (!claim) throw claimExists();
  c.header('location', `/v1/commune-claims/${claim.id}`);
  return c.json(claim, 201);
});

const ClaimQuery = z.object({ status: z.optional(CommuneClaimStatus), commune: z.optional(InseeCode) });

communeRoutes.get('/v1/commune-claims', (c) => {
  const account = requireAccount(c);
  const query = validate(c, ClaimQuery, c.req.query());
  // Applicants see their own claims; organisers, everyone's.
  const accountId = account.role === 'organiser' ? undefined : account.id;
  return c.json({ data: c.get('deps').store.claims.list({ accountId, ...query }) });
});

communeRoutes.post('/v1/commune-claims/:id/decision', async (c) => {
  const organiser = requireOrganiser(c);
  const decision = await readBody(c, CommuneClaimDecision);
  const { store, clock } = c.get('deps');
  const id = c.req.param('id');
  const claim = store.claims.get(id);
  if (!claim) throw new ProblemError('not_found');
  const now = clock.now().toISOString();
  const approved = decision.decision === 'approve';
  const decided = store.transaction(() => {
    if (!store.claims.decide(id, approved ? 'approved' : 'refused', organiser.id, now, decision.reason))
      return undefined;
    if (approved) {
      store.verifications.grant(claim.accountId, claim.commune, 'organiser', now, { claimId: id });
      store.applications.takePlaceIfFree(claim.accountId, claim.commune, now);
    }
    const decidedClaim = store.claims.get(id)!;
    const person = store.accounts.byId(claim.accountId)!;
    store.outbox.enqueue(claimDecisionMail(person, decidedClaim, approved), now);
    return decidedClaim;
  });
  if (!decided) {
    throw new ProblemError('invalid_transition', {
      detail: say(c, 'Cette demande a déjà été traitée.', 'This request was already decided.'),
      extra: { claimStatus: store.claims.get(id)!.status },
    });
  }
  return c.json(decided);
});
