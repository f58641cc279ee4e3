import * as z from 'zod/mini';
import { Instant } from '../time.js';
import { Role } from './lifecycle.js';
import { visibleText } from './visible-text.js';

/** A message between the applicant commune and the organisers. */
export const Message = z.object({
  id: z.string(),
  applicationId: z.string(),
  authorId: z.string(),
  authorRole: Role,
  body: z.string(),
  createdAt: Instant,
});
export type Message = z.infer<typeof Message>;

/**
 * The body of a message sent in a dossier's conversation between the commune and the organisers
 * (`client.messages.send`): up to 8000 characters, and not blank (a body of only spaces or invisible
 * characters is refused with `no_visible_text`).
 */
export const SendMessageRequest = z.object({
  // No min(1): a blank body and one of only invisible characters get the same field error (no_visible_text);
  // minLength in the JSON Schema (schemas/descriptions.ts) still tells API readers that it may not be empty.
  body: visibleText(z.string().check(z.trim(), z.maxLength(8000))),
});
export type SendMessageRequest = z.infer<typeof SendMessageRequest>;
