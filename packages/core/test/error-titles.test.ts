import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ApiError,
  createClient,
  ERROR_STATUSES,
  ERROR_TITLES,
  errorTitlesIn,
  loadErrorTitles,
  problemBody,
} from '../src/index.js';

// The titles are one file per language, loaded apart by browsers; the platform answers with the same words.

test('each language’s titles, loaded apart, are the platform’s titles of every code', async () => {
  const codes = Object.keys(ERROR_STATUSES).sort();
  assert.deepEqual(Object.keys(ERROR_TITLES).sort(), codes);
  for (const lang of ['fr', 'en'] as const) {
    const titles = await loadErrorTitles(lang);
    assert.equal(errorTitlesIn(lang), titles, 'kept once loaded');
    assert.deepEqual(Object.keys(titles).sort(), codes);
    for (const code of codes) {
      const key = code as keyof typeof ERROR_TITLES;
      assert.equal(titles[key], ERROR_TITLES[key][lang]);
      assert.equal(problemBody(key, lang, '/x', 'r').title, titles[key]);
    }
  }
  assert.equal(ERROR_TITLES.not_found.fr, 'Ressource introuvable.');
  assert.equal(ERROR_TITLES.not_found.en, 'Resource not found.');
});

test('an error the client received says the language its title is in: the one it asked for', async () => {
  const answer = (lang: 'fr' | 'en') =>
    new Response(JSON.stringify(problemBody('not_found', lang, '/v1/calls/x', 'req-1')), {
      status: 404,
      headers: { 'content-type': 'application/problem+json' },
    });
  for (const lang of ['fr', 'en'] as const) {
    const client = createClient({
      baseUrl: 'http://platform.test',
      lang,
      fetch: async (input) =>
        answer(new Headers((input as Request).headers).get('accept-language') === 'en' ? 'en' : 'fr'),
    });
    const error = await client.calls.get('x').catch((failure: unknown) => failure);
    assert.ok(error instanceof ApiError);
    assert.equal(error.lang, lang);
    assert.equal(error.problem.title, ERROR_TITLES.not_found[lang]);
  }
});
