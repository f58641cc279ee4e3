import * as z from 'zod/mini';
import { Account, Session } from '../../schemas/account.js';
import { AuthMethods, EmailSent } from '../../schemas/identity.js';

/** The account's and auth's answers, loaded with `import()` beside their first request (see lazy-schema.ts). */
export { Account, AuthMethods, EmailSent, Session };
export const Export = z.record(z.string(), z.unknown());
