import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createClient, prepareUpload, startUpload, type UploadStatus } from '../src/index.js';

// Nothing is sent by these tests: the inputs are judged before any request (a closed port, to be sure).
const client = createClient({ baseUrl: 'http://127.0.0.1:9' });
const target = { applicationId: 'app_1', kind: 'mayor_letter' };

/** Compiled by `tsc -p packages/core`, never run: each `@ts-expect-error` is a mistake the types must catch. */
function typeChecks(file: File, blob: Blob, bytes: Uint8Array, buffer: Buffer) {
  startUpload(client, file, target); // a File brings its name
  startUpload(client, blob, { ...target, filename: 'lettre.pdf' });
  startUpload(client, bytes, { ...target, filename: 'lettre.pdf' });
  startUpload(client, buffer, { ...target, filename: 'lettre.pdf', lang: 'en' });
  prepareUpload(client, file, target);
  // @ts-expect-error a Blob has no name: the platform would refuse it as an unknown type
  startUpload(client, blob, target);
  // @ts-expect-error bytes have no name either
  startUpload(client, bytes, target);
  // @ts-expect-error nor a Buffer
  prepareUpload(client, buffer, target);
  // @ts-expect-error a path is not the file's bytes
  startUpload(client, './lettre.pdf', { ...target, filename: 'lettre.pdf' });
  // @ts-expect-error the platform speaks French and English
  startUpload(client, file, { ...target, lang: 'de' });
  const refused: UploadStatus = 'refused';
  return refused;
}
void typeChecks;

test('an input the types refuse throws a TypeError at once, naming it, before anything is sent', () => {
  assert.throws(
    () => startUpload(client, './lettre.pdf' as never, { ...target, filename: 'lettre.pdf' }),
    (error: Error) => {
      assert.equal(error.name, 'TypeError');
      assert.match(error.message, /takes a File, a Blob or a Uint8Array .*got a string/);
      return true;
    },
  );
  assert.throws(() => startUpload(client, new Uint8Array(10), target as never), /needs a filename/);
  assert.throws(() => startUpload(client, new Blob(['%PDF-']), target as never), /needs a filename/);
});
