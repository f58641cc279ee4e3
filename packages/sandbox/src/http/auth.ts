import type { Context, MiddlewareHandler } from 'hono';
import type { AccountRow } from '../store/accounts.js';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

export const bearerToken = (c: Context<AppEnv>): string | undefined => {
  const header = c.req.header('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
};

/** Resolves the bearer token (if any) to its account; routes decide whether one is required. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = bearerToken(c);
  c.set('account', token ? c.get('deps').store.sessions.accountFor(token) : undefined);
  await next();
};

export function requireAccount(c: Context<AppEnv>): AccountRow {
  const account = c.get('account');
  if (!account) throw new ProblemError('unauthenticated', { headers: { 'www-authenticate': 'Bearer realm="qmi"' } });
  return account;
}

export function requireOrganiser(c: Context<AppEnv>): AccountRow {
  const account = requireAccount(c);
  if (account.role !== 'organiser') throw new ProblemError('forbidden');
  return account;
}
