import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ApplicationDraftContent } from '../src/index.js';
import { changeOf } from '../src/autosave/wire.js';
import type { PendingEdit } from '../src/autosave/journal.js';

// What the autosave puts on the wire for a batch of field edits (see `changeOf`): pure, no server.

const partner = (n: number, email = `contact.${n}@asso.example`) => ({
  id: `p${n}`,
  name: `Partenaire ${n}`,
  type: 'association' as const,
  role: 'Ateliers avec les riverains',
  contact: { firstName: 'Léa', lastName: `Nguyen ${n}`, role: 'Directrice', email, phone: '+33 1 49 33 66 66' },
});
const base = {
  challenge: { title: 'Rues aux écoles' },
  partners: [1, 2, 3, 4, 5].map((n) => partner(n)),
} as unknown as ApplicationDraftContent;
const edit = (path: string, value: unknown): PendingEdit => ({ path, value, base: null, id: path, editedAt: 0 });

test('one partner’s e-mail goes as one JSON Patch operation, not the whole list', () => {
  const partners = base.partners!.map((p, i) => (i === 3 ? partner(4, 'nouvelle@asso.example') : p));
  assert.deepEqual(changeOf(base, [edit('partners', partners)]), {
    jsonPatch: [{ op: 'replace', path: '/partners/3/contact/email', value: 'nouvelle@asso.example' }],
  });
});

test('the batch’s other fields ride along in the JSON Patch as the merge patch would write them', () => {
  const partners = base.partners!.map((p, i) => (i === 0 ? { ...partner(1), role: undefined, note: 'x' } : p));
  const change = changeOf(base, [
    edit('partners', partners),
    edit('challenge.title', 'Apaiser les abords'),
    edit('challenge.description', 'Nouveau'),
    edit('motivations.text', 'Créé en chemin'),
    edit('resources', null),
  ]);
  assert.deepEqual(change, {
    jsonPatch: [
      { op: 'remove', path: '/partners/0/role' },
      { op: 'add', path: '/partners/0/note', value: 'x' },
      { op: 'replace', path: '/challenge/title', value: 'Apaiser les abords' },
      { op: 'add', path: '/challenge/description', value: 'Nouveau' },
      { op: 'add', path: '/motivations', value: { text: 'Créé en chemin' } },
    ],
  });
});

test('a list whose items were added, removed or reordered goes whole, as a merge patch', () => {
  const [a, b, ...rest] = base.partners!;
  for (const partners of [[...base.partners!, partner(6)], rest, [b!, a!, ...rest]]) {
    assert.deepEqual(changeOf(base, [edit('partners', partners)]), { mergePatch: { partners } });
  }
});

test('edits of plain fields stay a merge patch, byte for byte as before', () => {
  assert.deepEqual(changeOf(base, [edit('challenge.title', 'Titre')]), {
    mergePatch: { challenge: { title: 'Titre' } },
  });
});

test('a JSON Patch longer than the merge patch is not sent (a list rewritten item by item)', () => {
  const partners = base.partners!.map((p, i) => ({ ...p, name: `Autre ${i}` }));
  const small = { ...base, partners: base.partners!.slice(0, 2) } as ApplicationDraftContent;
  assert.ok('jsonPatch' in changeOf(base, [edit('partners', partners)]));
  const two = [
    { id: 'p1', name: 'A' },
    { id: 'p2', name: 'B' },
  ];
  const change = changeOf(
    {
      ...small,
      partners: [
        { id: 'p1', name: 'x' },
        { id: 'p2', name: 'y' },
      ],
    } as ApplicationDraftContent,
    [edit('partners', two)],
  );
  assert.deepEqual(change, { mergePatch: { partners: two } });
});

test('keys that need escaping in a JSON Pointer are escaped', () => {
  const long = 'Une description assez longue pour que le patch soit plus court que la liste.';
  const doc = { partners: [{ id: 'a', long, 'x/y~z': 1 }] } as unknown as ApplicationDraftContent;
  assert.deepEqual(changeOf(doc, [edit('partners', [{ id: 'a', long, 'x/y~z': 2 }])]), {
    jsonPatch: [{ op: 'replace', path: '/partners/0/x~1y~0z', value: 2 }],
  });
});
