import { meResource, callsResource, boardResource, dossiersResource } from '@qmi/core';
import type { ClientWith } from '../context/client-source.js';

/** What the board asks the platform: the organiser, the call, its board, exports and ZIPs. */
export const BOARD_RESOURCES = {
  // `auth.me` alone: who is signed in (the session around it signs people in and out).
  auth: meResource,
  calls: callsResource,
  board: boardResource,
  dossiers: dossiersResource,
};

export type BoardClient = ClientWith<typeof BOARD_RESOURCES>;
