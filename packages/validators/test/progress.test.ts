import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../src/index.js';
import { CALL, completeApplication, NOW } from './fixtures.js';

/** "done/total" per section, as a task list shows it. */
const progressOf = (application: Parameters<typeof evaluate>[0]) =>
  Object.fromEntries(
    evaluate(application, CALL, { now: NOW }).sections.map((s) => [s.id, `${s.done}/${s.total} ${s.status}`]),
  );

test('an empty dossier has nothing done: an empty optional field is not progress', () => {
  const sections = progressOf({ commune: '93066' });
  // Resources has three required fields and one optional ("other"); the team two optional ones.
  assert.equal(sections.resources, '0/3 not_started');
  assert.equal(sections.team, '0/3 not_started');
  for (const [id, line] of Object.entries(sections)) assert.match(line, /^0\/\d+ not_started$/, `${id}: ${line}`);
});

test('an optional field counts once it is filled in, and a complete section stays complete without it', () => {
  const complete = completeApplication();
  const withoutOther = { ...complete, resources: { ...complete.resources!, other: undefined } };
  assert.equal(progressOf(withoutOther).resources, '3/3 completed');
  assert.equal(
    progressOf({ ...complete, resources: { ...complete.resources!, other: 'Un tiers-lieu associatif' } }).resources,
    '4/4 completed',
  );
  assert.equal(
    progressOf({ commune: '93066', resources: { other: 'Un tiers-lieu associatif' } }).resources,
    '1/4 in_progress',
  );
});
