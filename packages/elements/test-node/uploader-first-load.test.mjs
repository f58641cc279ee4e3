// What `<qmi-document-uploader>` makes a page download before anyone goes near its picker: the recorded
// files, the uploads cut short on this browser, the picker. What sends a file (core's DocumentUpload, with
// its retries and the reading of the platform's refusals) comes with the platform's checks of a file when
// a person reaches the picker (uploader.pick.ts), and tus-js-client when the upload starts. Measured as
// toolchain.md counts a first download: esbuild with splitting, the entry's chunk and its static imports.
//
//   node --test test-node/   (from packages/elements, after `npm run build`)
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { downloads } from './support/downloads.mjs';

// Marks of each part, as the minified code spells them.
const SENDER = 'The upload could not start'; // DocumentUpload, when the engine cannot be fetched
const INPUT_CHECK = 'startUpload takes a File'; // what a caller gave to prepareUpload
const PICKER = 'part="dropzone"'; // the picker's template
const OUTCOME = 'Supprimez-en un pour le remplacer'; // the words of a chosen file's outcome (uploader.messages.later.ts)
const WAITING = 'Connexion perdue, nouvel essai'; // a file chosen offline waits with the first load's words
const DOWNLOAD = "filename\\*=UTF-8''"; // core's download.ts, reading a file's name from Content-Disposition

it("an uploader downloads what sends a file and the words of its outcome after its first load, its picker and a waiting file's words with it", async () => {
  for (const contents of ["import '@qmi/elements/uploader';", "export * from '@qmi/elements/uploader';"]) {
    const { first, later } = await downloads(contents);
    assert.ok(first.includes(PICKER), `${contents}: the picker is not in the first load`);
    assert.ok(!first.includes(SENDER), `${contents} loads DocumentUpload before a file is chosen`);
    assert.ok(!first.includes(INPUT_CHECK), `${contents} loads the upload's input check before a file is chosen`);
    assert.ok(later.includes(SENDER), `${contents}: DocumentUpload is nowhere`);
    assert.ok(later.includes(INPUT_CHECK), `${contents}: the upload's input check is nowhere`);
    assert.ok(
      !first.includes(OUTCOME),
      `${contents} loads the words of a chosen file's outcome before a file is chosen`,
    );
    assert.ok(later.includes(OUTCOME), `${contents}: the words of a chosen file's outcome are nowhere`);
    assert.ok(first.includes(WAITING), `${contents}: a file chosen offline has no words to wait with`);
  }
});

it("an uploader lists the recorded documents without the code that fetches a document's bytes (it comes when asked)", async () => {
  for (const contents of ["import '@qmi/elements/uploader';", "export * from '@qmi/elements/uploader';"]) {
    const { first, later } = await downloads(contents);
    assert.ok(!first.includes(DOWNLOAD), `${contents} loads core's download code before a document is asked for`);
    assert.ok(later.includes(DOWNLOAD), `${contents}: core's download code is nowhere`);
  }
});
