import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';

/** Issue 16 (S4 fills this in). */
export const receiptRoutes = new Hono<AppEnv>();
