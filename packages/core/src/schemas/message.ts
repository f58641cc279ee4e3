import * as z from 'zod';
import { Instant } from '../time.js';
import { Role } from './lifecycle.js';
import { visibleText } from './visible-text.js';

export const Message = z
  .object({
    id: z.string(),
    applicationId: z.string(),
    authorId: z.string(),
    authorRole: Role,
    body: z.string(),
    createdAt: Instant,
  })
  .meta({ id: 'Message', description: 'A message between the applicant commune and the organisers.' });
export type Message = z.infer<typeof Message>;

export const SendMessageRequest = z
  // No min(1): a blank body and one of only invisible characters get the same field error (no_visible_text);
  // minLength in the JSON Schema still tells API readers that it may not be empty.
  .object({ body: visibleText(z.string().trim().max(8000)).meta({ minLength: 1 }) })
  .meta({ id: 'SendMessageRequest' });
export type SendMessageRequest = z.infer<typeof SendMessageRequest>;
