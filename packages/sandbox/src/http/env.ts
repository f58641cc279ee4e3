import type { CallDefinition, Lang } from '@qmi/core';
import type { SandboxClock } from '../clock.js';
import type { MailCatcher } from '../dev/mail-catcher.js';
import type { Logger } from '../logger.js';
import type { ProConnectRelyingParty } from '../proconnect/relying-party.js';
import type { AccountRow } from '../store/accounts.js';
import type { GroupCommit } from '../store/group-commit.js';
import type { Store } from '../store/index.js';
import type { Scanner } from '../uploads/scanner.js';
import type { UploadStorage } from '../uploads/storage.js';
import type { Throttle } from './throttle.js';

/** What every route can reach: the store, the clock, the calls served, the logger. */
export interface Deps {
  store: Store;
  /** Hot writes (the autosave's PATCH) share one transaction and one fsync with those arriving together. */
  groupCommit: GroupCommit;
  clock: SandboxClock;
  calls: readonly CallDefinition[];
  log: Logger;
  allowedOrigins: readonly string[];
  /** The demo applicant account, shown on the demo page, which opens signed in with it. */
  demo?: { email: string; password: string; applicationId?: string | undefined } | undefined;
  /** The organiser the `/organisateurs` demo page signs in with and whose password it shows (QMI_DEMO_ORGANISER). */
  demoOrganiser?: { email: string; password: string } | undefined;
  /** Path of the @qmi/elements single-file bundle the demo page loads. */
  elementsBundle?: string | undefined;
  /** The sandbox's public URL (QMI_PUBLIC_URL, or the listen address): the demo page's API base, never the Host header. */
  publicUrl?: string | undefined;
  /** Where uploads in progress and documents' bytes live (under the data folder). */
  uploads: UploadStorage;
  /** Checks each completed upload before it becomes a document; none by default. */
  scanner?: Scanner | undefined;
  /** The limiters of sign-in, sign-up, messages and upload creation (429 beyond them). */
  throttle: Throttle;
  /** Sign-in with ProConnect, when configured (QMI_PROCONNECT_*, or the local provider of `devProConnect`). */
  proConnect?: ProConnectRelyingParty | undefined;
  /** The local SMTP catcher when `devMail` runs one: its mails are shown at /dev/mail (404 otherwise). */
  devMail?: MailCatcher | undefined;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    lang: Lang;
    requestId: string;
    account: AccountRow | undefined;
    /** Set when a route stored its Idempotency-Key's answer with its write (`answerOnce`). */
    idempotentAnswerStored: boolean | undefined;
  };
}
