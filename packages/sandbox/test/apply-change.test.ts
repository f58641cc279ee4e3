import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyMergePatch } from '@qmi/core';
import { applyChange } from '../src/applications/apply-change.js';

const partner = (n: number) => ({
  id: `p${n}`,
  name: `Partenaire ${n}`,
  type: 'association',
  contact: { firstName: 'Léa', lastName: `Nguyen ${n}`, email: `lea.${n}@asso.example` },
});
const dossier = () => ({
  challenge: { title: 'Rues aux écoles', description: 'Apaiser les abords.' },
  partners: [partner(1), partner(2), partner(3), partner(4)],
});

test('a JSON Patch writes one member of one list item and leaves the others, and the dossier given, as they were', () => {
  const current = dossier();
  const frozen = structuredClone(current);
  const result = applyChange(current, 'application/json-patch+json', [
    { op: 'test', path: '/partners/3/id', value: 'p4' },
    { op: 'replace', path: '/partners/3/contact/email', value: 'lea@nouvelle.example' },
  ]);
  assert.ok(result.ok);
  assert.equal((result.next.partners as Array<ReturnType<typeof partner>>)[3]!.contact.email, 'lea@nouvelle.example');
  assert.deepEqual(result.touched, ['partners']);
  // Only what the patch reached was copied: the rest of the dossier is shared, and the input unchanged.
  assert.equal(result.next.challenge, current.challenge);
  assert.deepEqual(current, frozen);
});

test('a JSON Patch and the merge patch of the same edit end with the same dossier', () => {
  const current = dossier();
  const partners = structuredClone(current.partners);
  partners[1]!.contact.email = 'autre@asso.example';
  const merged = applyChange(current, 'application/merge-patch+json', { partners, challenge: { title: 'Nouveau' } });
  const patched = applyChange(current, 'application/json-patch+json', [
    { op: 'replace', path: '/partners/1/contact/email', value: 'autre@asso.example' },
    { op: 'replace', path: '/challenge/title', value: 'Nouveau' },
  ]);
  assert.ok(merged.ok && patched.ok);
  assert.deepEqual(patched.next, merged.next);
  assert.deepEqual(merged.next, applyMergePatch(current, { partners, challenge: { title: 'Nouveau' } }));
  assert.deepEqual(merged.touched.sort(), ['challenge', 'partners']);
  assert.deepEqual(patched.touched.sort(), ['challenge', 'partners']);
});

test('a pointer that does not exist is refused with 422 naming it, and nothing is half applied', () => {
  const current = dossier();
  const result = applyChange(
    current,
    'application/json-patch+json',
    [
      { op: 'replace', path: '/challenge/title', value: 'Écrit avant l’erreur' },
      { op: 'replace', path: '/partners/9/contact/email', value: 'x@y.example' },
    ],
    'en',
  );
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.equal(result.problem.code, 'validation_failed');
  assert.deepEqual(result.problem.options.errors, [
    { path: '/partners/9/contact/email', code: 'path_not_found', message: 'This path does not exist in the dossier.' },
  ]);
  assert.equal(current.challenge.title, 'Rues aux écoles');
});

test('a failed test operation refuses the whole patch (422 test_failed)', () => {
  const result = applyChange(dossier(), 'application/json-patch+json', [
    { op: 'test', path: '/partners/0/id', value: 'p2' },
    { op: 'remove', path: '/partners/0' },
  ]);
  assert.equal(result.ok, false);
  if (!result.ok) assert.equal(result.problem.options.errors?.[0]?.code, 'test_failed');
});

test('the platform’s fields are refused by name in both forms, never silently written', () => {
  for (const [type, body] of [
    ['application/merge-patch+json', { revision: 99, challenge: { title: 'x' } }],
    ['application/json-patch+json', [{ op: 'replace', path: '/revision', value: 99 }]],
  ] as const) {
    const result = applyChange(dossier(), type, body);
    assert.equal(result.ok, false, type);
    if (!result.ok) {
      assert.equal(result.problem.code, 'validation_failed');
      assert.deepEqual(
        result.problem.options.errors?.map((e) => [e.path, e.code]),
        [['revision', 'read_only']],
      );
    }
  }
});

test('a body that is not a list of operations is a 400, another media type a 415 that says which are accepted', () => {
  for (const body of [
    { op: 'replace', path: '/a', value: 1 },
    [{ op: 'move', from: '/a', path: '/b' }],
    [{ op: 'replace', path: 'a', value: 1 }],
  ]) {
    const result = applyChange(dossier(), 'application/json-patch+json', body);
    assert.equal(result.ok, false);
    if (!result.ok) assert.equal(result.problem.code, 'invalid_request', JSON.stringify(body));
  }
  const root = applyChange(dossier(), 'application/json-patch+json', [{ op: 'replace', path: '', value: {} }]);
  assert.equal(!root.ok && root.problem.code, 'validation_failed');
  const other = applyChange(dossier(), 'text/plain', 'bonjour');
  assert.equal(other.ok, false);
  if (!other.ok) {
    assert.equal(other.problem.code, 'unsupported_media_type');
    assert.match(other.problem.options.headers?.['accept-patch'] ?? '', /application\/json-patch\+json/);
  }
});

test('a merge patch keeps today’s rules: an object is expected, nulls remove, lists are replaced', () => {
  const notObject = applyChange(dossier(), 'application/merge-patch+json', ['a']);
  assert.equal(!notObject.ok && notObject.problem.code, 'validation_failed');
  const result = applyChange(dossier(), 'application/merge-patch+json; charset=utf-8', {
    challenge: { description: null },
    partners: [],
  });
  assert.ok(result.ok);
  assert.deepEqual(result.next, { challenge: { title: 'Rues aux écoles' }, partners: [] });
});

test('a pointer cannot reach the prototype', () => {
  const result = applyChange(dossier(), 'application/json-patch+json', [
    { op: 'add', path: '/challenge/__proto__/polluted', value: true },
  ]);
  assert.equal(result.ok, false);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});
