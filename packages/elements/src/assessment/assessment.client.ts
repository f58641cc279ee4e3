import {
  meResource,
  applicationsResource,
  callsResource,
  assessmentsResource,
  assignmentsResource,
  reviewersResource,
  annotationsResource,
  boardResource,
  dossiersResource,
} from '@qmi/core';
import type { ClientWith } from '../context/client-source.js';

/** What the assessment asks the platform: the dossier, its call, the committee's work and the decision. */
export const ASSESSMENT_RESOURCES = {
  // `auth.me` alone: who is signed in (the session around it signs people in and out).
  auth: meResource,
  applications: applicationsResource,
  calls: callsResource,
  assessments: assessmentsResource,
  assignments: assignmentsResource,
  reviewers: reviewersResource,
  annotations: annotationsResource,
  board: boardResource,
  dossiers: dossiersResource,
};

export type AssessmentClient = ClientWith<typeof ASSESSMENT_RESOURCES>;
