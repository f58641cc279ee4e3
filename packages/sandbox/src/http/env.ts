import type { CallDefinition, Lang } from '@qmi/core';
import type { SandboxClock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { AccountRow } from '../store/accounts.js';
import type { Store } from '../store/index.js';

/** What every route can reach: the store, the clock, the calls served, the logger. */
export interface Deps {
  store: Store;
  clock: SandboxClock;
  calls: readonly CallDefinition[];
  log: Logger;
  allowedOrigins: readonly string[];
  /** The demo applicant account, shown on the demo page, which opens signed in with it. */
  demo?: { email: string; password: string } | undefined;
  /** Path of the @qmi/elements single-file bundle the demo page loads. */
  elementsBundle?: string | undefined;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    lang: Lang;
    requestId: string;
    account: AccountRow | undefined;
  };
}
