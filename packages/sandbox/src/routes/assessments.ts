import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';

/** Issue 16 (S2 fills this in). */
export const assessmentRoutes = new Hono<AppEnv>();
