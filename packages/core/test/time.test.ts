import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickLang, timeZoneOffsetMinutes, zonedTimeToInstant } from '../src/index.js';

test('Paris wall times become UTC instants on both sides of daylight saving', () => {
  assert.equal(zonedTimeToInstant('2024-01-12T23:59:59', 'Europe/Paris'), '2024-01-12T22:59:59Z');
  assert.equal(zonedTimeToInstant('2023-10-23T00:00', 'Europe/Paris'), '2023-10-22T22:00:00Z');
  // 29 October 2023: clocks go back at 03:00; noon that day is already UTC+1.
  assert.equal(zonedTimeToInstant('2023-10-29T12:00', 'Europe/Paris'), '2023-10-29T11:00:00Z');
  assert.equal(timeZoneOffsetMinutes(new Date('2024-07-01T12:00:00Z'), 'Europe/Paris'), 120);
});

test('a malformed wall time is refused rather than guessed', () => {
  assert.throws(() => zonedTimeToInstant('12/01/2024', 'Europe/Paris'), RangeError);
});

test('pickLang honours Accept-Language quality values and falls back to French', () => {
  assert.equal(pickLang('en-GB,en;q=0.9,fr;q=0.8'), 'en');
  assert.equal(pickLang('de-DE, en;q=0.5, fr;q=0.7'), 'fr');
  assert.equal(pickLang('de-DE'), 'fr');
  assert.equal(pickLang(undefined), 'fr');
  assert.equal(pickLang('en;q=0, fr;q=0.1'), 'fr');
});
