import { Message } from '../../schemas/message.js';
import { listOf } from './list.js';

/** The messages resource's answers, loaded with `import()` beside its first request (see lazy-schema.ts). */
export { Message };
export const Messages = listOf(Message);
