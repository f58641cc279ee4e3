import assert from 'node:assert/strict';
import { test } from 'node:test';
import { QMI_2 } from '@qmi/core';
import { applicationWindowMessage, applicationWindowState, windowStateFor } from '../src/index.js';

test('the QMI 2 window opens at midnight Paris time on 23 October 2023', () => {
  assert.equal(applicationWindowState(QMI_2, new Date('2023-10-22T21:59:59.999Z')), 'not_open');
  assert.equal(applicationWindowState(QMI_2, new Date('2023-10-22T22:00:00Z')), 'open');
});

test('the last second of 12 January 2024 in Paris (22:59:59Z) is still open, the next is closed', () => {
  assert.equal(applicationWindowState(QMI_2, new Date('2024-01-12T22:59:59Z')), 'open');
  assert.equal(applicationWindowState(QMI_2, new Date('2024-01-12T22:59:59.999Z')), 'open');
  assert.equal(applicationWindowState(QMI_2, new Date('2024-01-12T23:00:00Z')), 'closed');
});

test('the closed message gives the deadline in Paris time, in French by default and in English', () => {
  assert.equal(
    applicationWindowMessage(QMI_2, 'closed', 'fr'),
    'Les candidatures étaient ouvertes jusqu’au 12 janvier 2024 à 23:59:59 (heure de Paris).',
  );
  assert.equal(
    applicationWindowMessage(QMI_2, 'closed', 'en'),
    'Applications were open until 12 January 2024 at 23:59:59 (Paris time).',
  );
  assert.match(applicationWindowMessage(QMI_2, 'not_open', 'fr'), /23 octobre 2023 à 00:00:00/);
});

test('after the deadline a draft is bound by the window, a dossier sent back for changes is not', () => {
  const late = new Date('2024-01-13T08:00:00Z');
  assert.equal(windowStateFor('draft', QMI_2, late), 'closed');
  assert.equal(windowStateFor(undefined, QMI_2, late), 'closed');
  assert.equal(windowStateFor('changes_requested', QMI_2, late), 'open');
});
