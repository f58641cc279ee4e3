// What `<qmi-messages>` makes a page download before anyone writes: the thread, its form, and what this
// browser still holds to send (from localStorage, shown at once). The outbox's engine (MessageOutbox of
// @qmi/core: its attempts, retries and Idempotency-Keys), the words of the failures only it reports, and
// what only the platform's answer needs (its messages' dates and sides, the unread count) come with
// `import()`, started beside the thread's first fetch, which waits for them. Measured as toolchain.md counts a first
// download: esbuild with splitting, the entry's chunk and its static imports.
//
//   node --test test-node/   (from packages/elements, after `npm run build`)
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { downloads } from './support/downloads.mjs';

// Marks of each part, as the minified code spells them.
const ENGINE = 'This outbox is closed'; // MessageOutbox.send() on a closed outbox
const REFUSAL = 'The platform refused this message'; // a refusal's words (ASCII: minified code escapes accents)
const THREAD = 'part="thread"'; // the thread's template, which shows what waits to be sent too
const DATES = 'numeric:"auto"'; // the platform's messages' relative dates ("hier à 09:05")
const UNREAD = 'IntersectionObserver'; // the unread count (what was seen on screen)

it('a messages page downloads the outbox’s engine after its first load, and the thread with it', async () => {
  for (const contents of ["import '@qmi/elements/messages';", "export * from '@qmi/elements/messages';"]) {
    const { first, later } = await downloads(contents);
    assert.ok(first.includes(THREAD), `${contents}: the thread is not in the first load`);
    assert.ok(!first.includes(ENGINE), `${contents} loads the outbox's engine before use`);
    assert.ok(!first.includes(REFUSAL), `${contents} loads the refusals' words before use`);
    assert.ok(later.includes(ENGINE), `${contents}: the outbox's engine is nowhere`);
    assert.ok(later.includes(REFUSAL), `${contents}: the refusals' words are nowhere`);
    for (const [mark, what] of [
      [DATES, "the platform's messages' dates"],
      [UNREAD, 'the unread count'],
    ]) {
      assert.ok(!first.includes(mark), `${contents} loads ${what} before the platform answered`);
      assert.ok(later.includes(mark), `${contents}: ${what} nowhere`);
    }
  }
});
