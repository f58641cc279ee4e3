import type { InterruptedUpload } from './interrupted.js';
import type { RememberedFor } from './remembered.js';

// The uploads this browser remembers, with `import()`, as the journal's forgetting (autosave/forgetting.ts):
// only a sign-out asks, and a module reached by a static import would otherwise come with every element's
// first load. A call for no dossiers only fetches the code (the sign-out's chunk makes one, for offline).
const remembered = () => import('./remembered.js');

/**
 * Uploads of these dossiers that this browser remembers for resuming (under way or cut short): what
 * forgetting them would lose on this device, e.g. before signing out.
 */
export async function uploadsRememberedFor(of: RememberedFor): Promise<InterruptedUpload[]> {
  return (await remembered()).uploadsRememberedFor(of);
}

/**
 * Forgets the uploads of these dossiers that this browser remembers, e.g. when their account signs out
 * of a shared computer: the next person is not offered to resume them. The platform drops the
 * unfinished bytes on its own after a while.
 */
export async function forgetUploadsRememberedFor(of: RememberedFor): Promise<void> {
  return (await remembered()).forgetUploadsRememberedFor(of);
}
