import type { Application, CallDefinition, DocumentRef, HistoryEntry, Receipt, SectionComment } from '@qmi/core';
import type { ValueHost } from './dossier-view.values.js';

/** Who is reading: the view shows each of them what the platform lets them see and do. */
export type ViewerMode = 'applicant' | 'organiser' | 'reviewer';

/**
 * The dossier and what goes with it. A part the platform did not give is `null` (it failed: the view
 * says so there and shows the rest); a part this reader does not see is `undefined` (not shown).
 */
export interface Loaded {
  mode: ViewerMode;
  call: CallDefinition;
  application: Application;
  receipts: Receipt[] | null;
  history: HistoryEntry[] | null | undefined;
  comments: SectionComment[] | null | undefined;
  /** When the commune asked for advice, while its request is open. */
  adviceOpenSince: string | undefined;
}

/** A comment being written on one section (organisers). */
export interface CommentDraft {
  text: string;
  error?: string | undefined;
  busy?: boolean | undefined;
}

export type DownloadTarget = { kind: 'document'; document: DocumentRef } | { kind: 'receipt'; receipt: Receipt };

/** What the renderers read and call: a snapshot of the element, rebuilt at each render. */
export interface DossierViewHost extends ValueHost {
  mode: ViewerMode;
  /** The level of the dossier's heading; sections are one below. */
  level: number;
  loaded: Loaded;
  baseUrl: string;
  /** The download under way (`zip`, or a document's or receipt's id). */
  busy: string | undefined;
  /** How the last download went. */
  downloadStatus: string;
  /** Whether organisers may comment now (an open request for advice, or a draft). */
  canComment: boolean;
  drafts: Readonly<Record<string, CommentDraft>>;
  download: (event: Event, target: DownloadTarget) => void;
  zip: () => void;
  print: () => void;
  editComment: (sectionId: string, text: string) => void;
  publishComment: (sectionId: string, sectionTitle: string) => void;
}
