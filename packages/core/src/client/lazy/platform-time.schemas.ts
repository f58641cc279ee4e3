import * as z from 'zod/mini';
import { Instant } from '../../time.js';

/** `GET /v1/time`'s answer (loaded with `import()` by base.ts: see lazy-schema.ts). */
export const PlatformTime = z.object({ now: Instant });
