// The applicant every bench starts from, made the way the platform requires since issue 15: sign-up
// answers 202 and e-mails a link; following the link verifies the address and signs in, and only a
// verified address may create a dossier. The link is read from the sandbox's mail catcher
// (/dev/mail/messages: the sandbox must run with `devMail`, as bench/server.mjs and
// benchSandboxOptions do). With an organiser, the applicant's commune claim is approved before the
// dossier is created, so that the dossier holds the commune's place as a real agent's would.
import { randomUUID } from 'node:crypto';
import { requestExpecting } from './loopback.mjs';

export const BENCH_PASSWORD = 'un mot de passe de banc assez long';
export const BENCH_ORGANISER = { email: 'instruction@qmi.test', password: 'organiser-password' };

/** Options for a sandbox started in the bench's own process: the call open (its clock inside the window), mail caught, an organiser. */
export const benchSandboxOptions = {
  now: '2023-12-01T09:00:00Z',
  organisers: [BENCH_ORGANISER],
  devMail: true,
  throttle: { signUpsPerAddressPerHour: 100_000 },
};

const MAIL_WAIT_MS = 15_000; // sign-ups hash passwords one after another: a batch of them takes a while
const MAIL_POLL_MS = 50;
const VERIFY_LINK = /#qmi-action=verify-email&qmi-token=([\w-]+)/;

/**
 * Signs up `email` and follows the link of the verification e-mail. Answers the session of the
 * verified account ({ token, ... }). `from`: the loopback source address to send from (bench/loopback.mjs).
 */
export async function verifiedSession(base, { email, password = BENCH_PASSWORD, from }) {
  await requestExpecting(base, { method: 'POST', path: '/v1/accounts', from, json: { email, password } }, 202);
  const mailbox = `/dev/mail/messages?to=${encodeURIComponent(email)}`;
  const deadline = Date.now() + MAIL_WAIT_MS;
  while (Date.now() < deadline) {
    const { json: mails } = await requestExpecting(base, { path: mailbox, from }, 200);
    const token = mails.data.map((mail) => VERIFY_LINK.exec(mail.text)?.[1]).find(Boolean);
    if (token) {
      const verified = { method: 'POST', path: '/v1/accounts/verification', from, json: { token } };
      return (await requestExpecting(base, verified, 201)).json;
    }
    await new Promise((resolve) => setTimeout(resolve, MAIL_POLL_MS));
  }
  throw new Error(`no verification e-mail reached ${email} within ${MAIL_WAIT_MS / 1000} s`);
}

/** The applicant asks to represent `commune` and the organiser approves: the account is verified for it. */
async function approveClaim(base, { token, commune, organiser, from }) {
  const { json: claim } = await requestExpecting(
    base,
    {
      method: 'POST',
      path: '/v1/commune-claims',
      from,
      token,
      json: { commune, name: 'Agent du banc', townHallRole: 'Chargé de mission' },
    },
    201,
  );
  const { json: session } = await requestExpecting(
    base,
    { method: 'POST', path: '/v1/sessions', json: organiser },
    201,
  );
  const decision = { method: 'POST', path: `/v1/commune-claims/${claim.id}/decision`, token: session.token };
  await requestExpecting(base, { ...decision, json: { decision: 'approve' } }, 200);
}

/**
 * A ready applicant: verified account, signed in, its draft created on `callId` for `commune` (one
 * live dossier per commune and account) and, with `dossier`, filled in with it by one merge patch.
 * `organiser` (credentials): its commune claim is approved first. Answers { token, application,
 * responseBytes }: the dossier as the last answer gave it, and that answer's body size.
 */
export async function readyApplicant(base, { email, password, commune, callId = 'qmi-2', dossier, organiser, from }) {
  const { token } = await verifiedSession(base, { email, password, from });
  if (organiser) await approveClaim(base, { token, commune, organiser, from });
  const create = { method: 'POST', path: `/v1/calls/${callId}/applications`, from, token, json: { commune } };
  const created = await requestExpecting(base, { ...create, headers: { 'idempotency-key': randomUUID() } }, 201);
  if (dossier === undefined) return { token, application: created.json, responseBytes: created.bytes };
  const fill = {
    method: 'PATCH',
    path: `/v1/applications/${created.json.id}`,
    from,
    token,
    json: dossier,
    contentType: 'application/merge-patch+json',
    headers: { 'if-match': `"${created.json.revision}"` },
  };
  const filled = await requestExpecting(base, fill, 200);
  return { token, application: filled.json, responseBytes: filled.bytes };
}

/** For the benches in Chromium, whose sandbox runs in-process with benchSandboxOptions: an agent of `commune`, claim approved, with `dossier`. */
export async function benchApplicant(sandbox, { email, commune = '93066', dossier }) {
  const { token, application } = await readyApplicant(sandbox.url, {
    email,
    commune,
    dossier,
    organiser: BENCH_ORGANISER,
  });
  return { token, applicationId: application.id };
}
