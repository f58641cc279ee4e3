import type { ElementLoaders } from './autoload.js';
import { PARTNER_ELEMENTS } from './partner-elements.js';

/**
 * An organisers' back-office: the partners' elements plus the board and the assessment. A module of its
 * own, so that the partners' bundle does not even carry the addresses of these two chunks.
 */
export const ORGANISER_ELEMENTS: ElementLoaders = {
  ...PARTNER_ELEMENTS,
  'qmi-review-board': () => import('../review-board/review-board.js'),
  'qmi-assessment': () => import('../assessment/assessment.js'),
};
