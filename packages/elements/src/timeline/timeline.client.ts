import { callsResource } from '@qmi/core';
import type { ClientWith } from '../context/client-source.js';

/** What the timeline asks the platform: the call (its clock comes with every client). */
export const TIMELINE_RESOURCES = {
  calls: callsResource,
};

export type TimelineClient = ClientWith<typeof TIMELINE_RESOURCES>;
