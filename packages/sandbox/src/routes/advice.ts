import { Hono } from 'hono';
import type { AppEnv } from '../http/env.js';

/** Issue 16 (S3 fills this in). */
export const adviceRoutes = new Hono<AppEnv>();
