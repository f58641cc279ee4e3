import { randomBytes } from 'node:crypto';

/** Opaque ids with a readable prefix ("app_…", "msg_…"), unguessable so that a 404 reveals nothing. */
export const newId = (prefix: string): string => `${prefix}_${randomBytes(12).toString('base64url')}`;
