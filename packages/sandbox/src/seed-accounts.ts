import type { Role } from '@qmi/core';
import type { AccountSeed } from './config.js';
import type { Logger } from './logger.js';
import type { AccountStore, SeedOutcome } from './store/accounts.js';

/** One line per account that configuration changed, naming the e-mail, never a password. */
function report(log: Logger, email: string, role: Role, outcome: SeedOutcome): void {
  if (outcome.created) log('info', 'account created from configuration', { email, role });
  else if (outcome.passwordChanged || outcome.roleChanged)
    log('info', 'account updated from configuration, its sessions revoked', {
      email,
      role,
      passwordChanged: outcome.passwordChanged,
      roleChanged: outcome.roleChanged,
      sessionsRevoked: outcome.sessionsRevoked,
    });
}

/**
 * At start-up, makes the accounts match the configuration: the organisers listed (QMI_ORGANISERS) with
 * their passwords, no other organiser, and the demo applicant. An account whose password or role changes
 * loses its sessions (see `AccountStore.upsert`). Their addresses count as verified: the operator who
 * configured them vouches for them, and no one would follow a link sent to a demo address.
 */
export async function seedAccounts(
  accounts: AccountStore,
  organisers: readonly AccountSeed[],
  demo: AccountSeed | undefined,
  now: string,
  log: Logger,
): Promise<void> {
  for (const { email, password } of organisers)
    report(log, email, 'organiser', await accounts.upsert(email, password, 'organiser', now));
  for (const { email, sessionsRevoked } of await accounts.withdrawOrganisersNotIn(organisers.map((o) => o.email)))
    log('warn', 'organiser no longer in QMI_ORGANISERS: role withdrawn, account disabled, sessions revoked', {
      email,
      sessionsRevoked,
    });
  if (demo) report(log, demo.email, 'applicant', await accounts.upsert(demo.email, demo.password, 'applicant', now));
}
