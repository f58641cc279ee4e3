import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyMergePatch, createMergePatch } from '../src/index.js';

// The RFC 7396 appendix A examples, applied as written.
const RFC_EXAMPLES: Array<[unknown, unknown, unknown]> = [
  [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
  [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
  [{ a: 'b' }, { a: null }, {}],
  [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
  [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
  [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
  [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
  [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
  [
    ['a', 'b'],
    ['c', 'd'],
    ['c', 'd'],
  ],
  [{ a: 'b' }, ['c'], ['c']],
  [{ a: 'foo' }, null, null],
  [{ a: 'foo' }, 'bar', 'bar'],
  [{ e: null }, { a: 1 }, { e: null, a: 1 }],
  [[1, 2], { a: 'b', c: null }, { a: 'b' }],
  [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
];

test('applyMergePatch follows every example of RFC 7396 appendix A', () => {
  for (const [target, patch, expected] of RFC_EXAMPLES) {
    assert.deepEqual(applyMergePatch(target, patch), expected, JSON.stringify({ target, patch }));
  }
});

test('applyMergePatch leaves its inputs untouched', () => {
  const target = { a: { b: 1 } };
  const patch = { a: { b: 2 } };
  applyMergePatch(target, patch);
  assert.deepEqual(target, { a: { b: 1 } });
  assert.deepEqual(patch, { a: { b: 2 } });
});

test('createMergePatch names only what changed, and applying it gives the target', () => {
  const from = {
    challenge: { title: 'Rues aux écoles', description: 'long' },
    partners: [{ id: 'p1', name: 'OPH' }],
    motivations: { text: 'x' },
  };
  const to = {
    challenge: { title: 'Rues aux écoles apaisées', description: 'long' },
    partners: [{ id: 'p1', name: 'OPH 93' }],
  };
  const patch = createMergePatch(from, to);
  assert.deepEqual(patch, {
    challenge: { title: 'Rues aux écoles apaisées' },
    partners: [{ id: 'p1', name: 'OPH 93' }],
    motivations: null,
  });
  assert.deepEqual(applyMergePatch(from, patch), to);
  assert.equal(createMergePatch(from, structuredClone(from)), undefined);
});
