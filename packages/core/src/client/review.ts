import type { Http } from './http.js';
import {
  adviceResource,
  annotationsResource,
  assessmentsResource,
  assignmentsResource,
  boardResource,
  dossiersResource,
  notificationsResource,
  reviewersResource,
} from './resources/review.js';

export type { ExportParams } from './resources/review.js';

/** The organisers' side (issue 16), every resource of it: what `createClient` adds to a client. */
export const reviewResources = (http: Http) => ({
  reviewers: reviewersResource(http),
  assignments: assignmentsResource(http),
  assessments: assessmentsResource(http),
  annotations: annotationsResource(http),
  board: boardResource(http),
  dossiers: dossiersResource(http),
  advice: adviceResource(http),
  notifications: notificationsResource(http),
});
