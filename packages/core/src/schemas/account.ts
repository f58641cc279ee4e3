import * as z from 'zod';
import { LANGS } from '../lang.js';
import { Instant } from '../time.js';
import { Role } from './lifecycle.js';

export const Credentials = z
  .object({
    email: z.email().max(254),
    /**
     * At most 128: enough for any passphrase, and it bounds the work spent on one sign-up (strength
     * estimate, normalisation, hashing). The server also refuses weak ones (sandbox password-policy).
     */
    password: z.string().min(10).max(128).meta({
      description:
        'At sign-up the platform also refuses a password that is easy to guess, has control characters or is the e-mail (422 field errors password_too_weak, password_control_characters, password_is_email).',
    }),
  })
  .meta({ id: 'Credentials' });
export type Credentials = z.infer<typeof Credentials>;

export const Account = z
  .object({
    id: z.string(),
    email: z.email(),
    role: Role,
    createdAt: Instant,
    /** False until the person follows the link sent to the address: until then they cannot create or join a dossier. */
    emailVerified: z.boolean(),
    /** The language of the e-mails the platform sends them. */
    lang: z.enum(LANGS),
    givenName: z.string().optional(),
    usualName: z.string().optional(),
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
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof Account>;

export const Session = z.object({ token: z.string().min(20), expiresAt: Instant, account: Account }).meta({
  id: 'Session',
  description:
    'A bearer token and the account it signs in. `expiresAt` is when the token stops working if it is not used: each use moves that moment forward, never past an absolute maximum counted from sign-in (by default 7 days unused, 30 days in all, in the platform’s real time). A change of password or role, or signing out everywhere, ends it sooner.',
});
export type Session = z.infer<typeof Session>;

export const Collaborator = z
  .object({ accountId: z.string(), email: z.email(), role: z.enum(['owner', 'editor']), addedAt: Instant })
  .meta({ id: 'Collaborator' });
export type Collaborator = z.infer<typeof Collaborator>;

/** Sign-in checks only the shape: a password set under older rules must still sign in. */
export const SignInRequest = z
  .object({ email: z.string().min(1).max(254), password: z.string().min(1).max(200) })
  .meta({ id: 'SignInRequest' });
export type SignInRequest = z.infer<typeof SignInRequest>;
