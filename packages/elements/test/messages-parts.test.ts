import { expect } from '@open-wc/testing';
import { excerptOf } from '../src/messages/messages.render.js';
import { MAX_POLL_MS, nextPollDelay } from '../src/messages/messages.poll.js';
import { localOutboxStore, pendingKey } from '../src/messages/messages.storage.js';

// The pure parts of <qmi-messages>, apart from the element (which messages.test.ts drives as a person would).
describe('<qmi-messages> parts', () => {
  it('names a message in a button by its start, cut at a word, on one line', () => {
    expect(excerptOf('Merci !')).to.equal('Merci !');
    expect(excerptOf('  Une   question\nsur deux lignes ')).to.equal('Une question sur deux lignes');
    expect(excerptOf('Une question sur les pièces justificatives à joindre au dossier')).to.equal(
      'Une question sur les pièces…',
    );
    // No space late enough to cut at: cut at the length.
    expect(excerptOf('x'.repeat(60))).to.equal(`${'x'.repeat(40)}…`);
  });

  it('polls at the interval while something arrives, doubling up to five minutes while nothing does', () => {
    expect(nextPollDelay(0, false, 10_000)).to.equal(10_000);
    expect(nextPollDelay(10_000, false, 10_000)).to.equal(20_000);
    expect(nextPollDelay(160_000, false, 10_000)).to.equal(MAX_POLL_MS);
    expect(nextPollDelay(MAX_POLL_MS, false, 10_000)).to.equal(MAX_POLL_MS);
    expect(nextPollDelay(80_000, true, 10_000)).to.equal(10_000);
  });

  it('keeps the outbox of a dossier in localStorage, one entry per key, readable by another store of the same dossier', () => {
    const key = pendingKey('http://127.0.0.1:1/', `app-${crypto.randomUUID()}`);
    const first = localOutboxStore(key);
    const second = localOutboxStore(key);
    first.add({ key: 'a', body: 'Premier', createdAt: '2023-12-01T09:00:00.000Z' });
    second.add({ key: 'b', body: 'Second', createdAt: '2023-12-01T09:01:00.000Z' });
    first.add({ key: 'a', body: 'Premier', createdAt: '2023-12-01T09:00:00.000Z' });
    expect(second.load().map((m) => m.key)).to.deep.equal(['b', 'a']);
    first.remove('a');
    second.remove('b');
    expect(localStorage.getItem(key)).to.equal(null);
  });
});
