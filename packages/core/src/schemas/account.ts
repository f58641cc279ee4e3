import * as z from 'zod/mini';
import { LANGS } from '../lang.js';
import { Instant } from '../time.js';
import { Role } from './lifecycle.js';

/**
 * An e-mail address and a password, as a sign-up checks them: a well-formed address and a password of 10 to
 * 128 characters.
 */
export const Credentials = z.object({
  email: z.email().check(z.maxLength(254)),
  /**
   * At most 128: enough for any passphrase, and it bounds the work spent on one sign-up (strength
   * estimate, normalisation, hashing). The server also refuses weak ones (sandbox password-policy).
   */
  password: z.string().check(z.minLength(10), z.maxLength(128)),
});
export type Credentials = z.infer<typeof Credentials>;

/**
 * A person's account as the API returns it (`client.auth.me`): role, e-mail and whether it is confirmed,
 * language, names, and the communes it is verified for.
 */
export const Account = z.object({
  id: z.string(),
  email: z.email(),
  role: Role,
  createdAt: Instant,
  /** False until the person follows the link sent to the address: until then they cannot create or join a dossier. */
  emailVerified: z.boolean(),
  /** The language of the e-mails the platform sends them. */
  lang: z.enum(LANGS),
  givenName: z.optional(z.string()),
  usualName: z.optional(z.string()),
  /** The communes this account is verified for (ProConnect, an organiser's approval, or configuration). */
  communes: z.array(
    z.object({
      commune: z.string(),
      source: z.enum(['proconnect', 'organiser', 'configuration']),
      verifiedAt: Instant,
    }),
  ),
  /** Whether the account signs in with a password (false for ProConnect-only accounts). */
  hasPassword: z.boolean(),
});
export type Account = z.infer<typeof Account>;

/** A bearer token and the account it signs in (its lifetime is described in schemas/descriptions.ts). */
export const Session = z.object({ token: z.string().check(z.minLength(20)), expiresAt: Instant, account: Account });
export type Session = z.infer<typeof Session>;

/** A person who may edit a dossier: its owner, or an editor who accepted an invitation. */
export const Collaborator = z.object({
  accountId: z.string(),
  email: z.email(),
  role: z.enum(['owner', 'editor']),
  addedAt: Instant,
});
export type Collaborator = z.infer<typeof Collaborator>;

/** Sign-in checks only the shape: a password set under older rules must still sign in. */
export const SignInRequest = z.object({
  email: z.string().check(z.minLength(1), z.maxLength(254)),
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type SignInRequest = z.infer<typeof SignInRequest>;
