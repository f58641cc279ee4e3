import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';

/** Issue 16 (S1 fills this in). */
export const reviewerRoutes = new Hono<AppEnv>();
