import * as z from 'zod';
import { Instant } from '../time.js';
import { Role } from './lifecycle.js';

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
  .object({ body: z.string().trim().min(1).max(8000) })
  .meta({ id: 'SendMessageRequest' });
export type SendMessageRequest = z.infer<typeof SendMessageRequest>;
