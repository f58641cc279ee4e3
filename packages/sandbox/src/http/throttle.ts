import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { RateLimiterRes, RateLimiterSQLite } from 'rate-limiter-flexible';
import type { Db } from '../db/database.js';
import type { AppEnv } from './env.js';
import { ProblemError } from './problem.js';

/** How much the platform lets one person or one address do before it answers 429 `rate_limited`. */
export interface ThrottleLimits {
  /** Consecutive wrong passwords for one account from one address before sign-in is refused for a while. */
  signInFailuresBeforeDelay: number;
  /** The first refusal's length, in seconds; each further failure doubles it. */
  signInFirstDelaySeconds: number;
  /** The longest refusal, in seconds. */
  signInMaxDelaySeconds: number;
  /** Wrong passwords from one address, all accounts together, per day. */
  signInFailuresPerAddressPerDay: number;
  /** Accounts created from one address per hour. */
  signUpsPerAddressPerHour: number;
  /** Messages one account may post per minute. */
  messagesPerMinute: number;
  /** Uploads one account may start (tus creations) per hour. */
  uploadCreationsPerHour: number;
  /** Password-reset e-mails asked for one e-mail address per hour (counted whether or not it has an account). */
  passwordResetsPerEmailPerHour: number;
  /** Verification e-mails (resends, new addresses) asked for one e-mail address per hour. */
  verificationEmailsPerEmailPerHour: number;
  /** Invitations to a dossier one account may send per hour (each is an e-mail to an address it chose). */
  invitationsPerHour: number;
}

/**
 * The limits the sandbox applies unless told otherwise: delays after failed sign-ins (per account, doubling
 * up to an hour) and per address, and how many sign-ups, messages, uploads, e-mails and invitations an
 * account or address may ask for in a given time. Each value says why it was chosen.
 */
export const DEFAULT_THROTTLE_LIMITS: Readonly<ThrottleLimits> = {
  // A person who mistypes tries 2 or 3 times; 5 lets them, and a guesser gets 5 tries per delay.
  signInFailuresBeforeDelay: 5,
  // A minute is a pause for a person, and for a guesser 5 tries a minute instead of 20 a second.
  signInFirstDelaySeconds: 60,
  // Doubling 1, 2, 4 … 32 min reaches an hour after 11 failures: then at most 24 tries a day per account.
  signInMaxDelaySeconds: 60 * 60,
  // A town hall behind one public address has a few dozen agents; 100 failures a day is far beyond their typos.
  signInFailuresPerAddressPerDay: 100,
  // A town hall opens its accounts once; 10 an hour is a busy office, not a script filling the database.
  signUpsPerAddressPerHour: 10,
  // A person writes a message a minute at most, but the outbox sends what it kept offline in one burst:
  // 30 covers a long offline queue while a script's thousands of messages a minute are cut.
  messagesPerMinute: 30,
  // A dossier has about ten kinds of document; an hour of re-sends and corrections stays under 60.
  uploadCreationsPerHour: 60,
  // A person who does not find the mail asks again two or three times; 5 an hour lets them while
  // nobody can bury someone's mailbox under resets (counted for unknown addresses too: the 429 says nothing).
  passwordResetsPerEmailPerHour: 5,
  verificationEmailsPerEmailPerHour: 5,
  // A town hall's team is a handful of people, invited once or twice; 20 an hour leaves room for typos
  // while nobody can use the platform to send thousands of e-mails to addresses they picked.
  invitationsPerHour: 20,
};

/** Options of the throttle beyond its limits. */
export interface ThrottleOptions {
  /**
   * Whether the client's address is the rightmost X-Forwarded-For entry (the one your proxy added) rather
   * than the socket's peer. Only behind your own reverse proxy: otherwise anyone picks their address.
   */
  trustProxy?: boolean | undefined;
}

/** What a 429 says before "try again in …", by what was throttled. */
const REASONS = {
  signIn: { fr: 'Trop de tentatives.', en: 'Too many attempts.' },
  signUp: { fr: 'Trop de comptes créés depuis cette adresse.', en: 'Too many accounts created from this address.' },
  messages: { fr: 'Trop de messages envoyés.', en: 'Too many messages sent.' },
  uploads: { fr: 'Trop de téléversements commencés.', en: 'Too many uploads started.' },
  invitations: { fr: 'Trop d’invitations envoyées.', en: 'Too many invitations sent.' },
  emails: { fr: 'Trop d’e-mails demandés pour cette adresse.', en: 'Too many e-mails asked for this address.' },
} as const;
export type ThrottleReason = keyof typeof REASONS;

/** "dans 5 minutes" / "in 5 minutes": the largest unit that keeps the number honest, rounded up. */
function whenText(seconds: number, lang: 'fr' | 'en'): string {
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'always' });
  const minutes = Math.ceil(seconds / 60);
  const hours = Math.ceil(seconds / 3600);
  if (seconds < 60) return format.format(seconds, 'second');
  if (minutes < 60) return format.format(minutes, 'minute');
  if (hours < 48) return format.format(hours, 'hour');
  return format.format(Math.ceil(seconds / 86400), 'day');
}

/**
 * The 429 problem: `Retry-After` in whole seconds (at least 1), the same number as the extension
 * member `retryAfter`, and a detail that says when to try again, in the request's language.
 */
export function rateLimited(c: Context<AppEnv>, retryAfterMs: number, reason: ThrottleReason): ProblemError {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const lang = c.get('lang') === 'en' ? 'en' : 'fr';
  const again = lang === 'en' ? 'Try again' : 'Réessayez';
  return new ProblemError('rate_limited', {
    detail: `${REASONS[reason][lang]} ${again} ${whenText(seconds, lang)}.`,
    headers: { 'retry-after': String(seconds) },
    extra: { retryAfter: seconds },
  });
}

/** The client's address: the socket's peer, or behind a trusted proxy the address that proxy saw. */
function clientAddress(c: Context<AppEnv>, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return addressKey(forwarded);
  }
  try {
    return addressKey(getConnInfo(c).remote.address ?? 'unknown');
  } catch {
    return 'unknown'; // app.request() in a test: no socket
  }
}

/**
 * What a per-address limit counts by. An IPv6 subscriber is handed a whole /64 (2^64 addresses), so an
 * IPv6 address counts by its first four groups; an IPv4 one, mapped into IPv6 or not, by itself.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]!.split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const groups = address.includes('::')
    ? [...front, ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back]
    : front;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** The table every limiter shares, created by a migration (db/migrations.ts) in the library's own shape. */
const TABLE = 'rate_limits';

/**
 * The platform's limiters, their counters kept in the sandbox database so that a restart forgives
 * nothing. Sign-in follows rate-limiter-flexible's "login endpoint protection": consecutive failures
 * per account and address with a growing delay, and failures per address per day; the others are
 * plain counts per window.
 */
export function createThrottle(db: Db, limits: Partial<ThrottleLimits> = {}, options: ThrottleOptions = {}) {
  const l: ThrottleLimits = { ...DEFAULT_THROTTLE_LIMITS, ...limits };
  const limiter = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterSQLite({
      storeClient: db,
      storeType: 'better-sqlite3',
      tableName: TABLE,
      tableCreated: true,
      keyPrefix,
      points,
      duration,
    });
  // Consecutive failures are forgotten a day after the first of them, or at the first success.
  const consecutive = limiter('signin_fail_consecutive', l.signInFailuresBeforeDelay, 24 * 60 * 60);
  // A key is present while its refusal lasts; `block` sets its length.
  const lockouts = limiter('signin_lockout', 1, 0);
  const perAddress = limiter('signin_fail_address', l.signInFailuresPerAddressPerDay, 24 * 60 * 60);
  const signUps = limiter('signup_address', l.signUpsPerAddressPerHour, 60 * 60);
  const messages = limiter('message_account', l.messagesPerMinute, 60);
  const uploads = limiter('upload_create_account', l.uploadCreationsPerHour, 60 * 60);
  const invitations = limiter('invitation_account', l.invitationsPerHour, 60 * 60);
  const resets = limiter('password_reset_email', l.passwordResetsPerEmailPerHour, 60 * 60);
  const verifications = limiter('verification_email', l.verificationEmailsPerEmailPerHour, 60 * 60);

  const sweep = db.prepare(`DELETE FROM ${TABLE} WHERE expire < ?`);

  const address = (c: Context<AppEnv>) => clientAddress(c, options.trustProxy ?? false);
  const accountKey = (c: Context<AppEnv>, email: string) => `${email.toLowerCase()}|${address(c)}`;
  /** Takes one point; a refusal is thrown as the 429 problem. */
  const take = async (c: Context<AppEnv>, store: RateLimiterSQLite, key: string, reason: ThrottleReason) => {
    try {
      await store.consume(key);
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) throw rateLimited(c, refusal.msBeforeNext, reason);
      throw refusal;
    }
  };
  /** Throws the 429 while this account and address are refused; the password is not even checked. */
  const refuseWhileLocked = async (c: Context<AppEnv>, email: string) => {
    const lock = await lockouts.get(accountKey(c, email));
    if (lock && lock.msBeforeNext > 0) throw rateLimited(c, lock.msBeforeNext, 'signIn');
    const failures = await perAddress.get(address(c));
    if (failures && failures.consumedPoints >= l.signInFailuresPerAddressPerDay)
      throw rateLimited(c, failures.msBeforeNext, 'signIn');
  };

  return {
    signIn: {
      /** Before the password is checked (so a locked account costs no hashing) and again after a success. */
      refuseWhileLocked,
      /** A wrong password: counted, and from the threshold on, sign-in is refused for a doubling delay. */
      async failed(c: Context<AppEnv>, email: string) {
        const key = accountKey(c, email);
        const { consumedPoints } = await consecutive.penalty(key, 1);
        await perAddress.penalty(address(c), 1);
        const beyond = consumedPoints - l.signInFailuresBeforeDelay;
        if (beyond >= 0) {
          const seconds = Math.min(l.signInMaxDelaySeconds, l.signInFirstDelaySeconds * 2 ** Math.min(beyond, 30));
          await lockouts.block(key, seconds);
        }
      },
      /** The right password, not refused: the consecutive count starts again. */
      async succeeded(c: Context<AppEnv>, email: string) {
        await consecutive.delete(accountKey(c, email));
      },
    },
    /** One sign-up from this address. */
    signUp: (c: Context<AppEnv>) => take(c, signUps, address(c), 'signUp'),
    /** One message posted by this account. */
    message: (c: Context<AppEnv>, accountId: string) => take(c, messages, accountId, 'messages'),
    /** One password-reset e-mail asked for this address (known or not). */
    passwordReset: (c: Context<AppEnv>, email: string) => take(c, resets, email.toLowerCase(), 'emails'),
    /** One verification e-mail (a resend, a new address) asked for this address. */
    verificationEmail: (c: Context<AppEnv>, email: string) => take(c, verifications, email.toLowerCase(), 'emails'),
    /** One upload started by this account. */
    uploadCreation: (c: Context<AppEnv>, accountId: string) => take(c, uploads, accountId, 'uploads'),
    /** One invitation sent by this account. */
    invitation: (c: Context<AppEnv>, accountId: string) => take(c, invitations, accountId, 'invitations'),
    /** Deletes counters whose window has passed, as the library's own clean-up does (run on the server's timer). */
    sweep: () => void sweep.run(Date.now()),
  };
}
export type Throttle = ReturnType<typeof createThrottle>;
