// What the form's one live region says of the save status (status.ts: `settledStatusText`): the
// settled states in the status line's own words, never each pending or saving step.
import { expect } from '@open-wc/testing';
import { FORM_MESSAGES } from '../src/form/application-form.messages.js';
import { settledStatusText } from '../src/form/status.js';

// English is loaded on first use (lazyTranslations), as a page in English would.
const { fr } = FORM_MESSAGES;
const en = await FORM_MESSAGES.load.en();

describe('<qmi-application-form> logic: what the live region says of saving', () => {
  const at = new Date(2023, 11, 1, 10, 2);

  it('says nothing while an edit waits or is being saved', () => {
    expect(settledStatusText(fr, 'fr', { status: 'pending', lastSavedAt: at })).to.equal(undefined);
    expect(settledStatusText(fr, 'fr', { status: 'saving', lastSavedAt: at })).to.equal(undefined);
  });

  it('says each settled state as the status line shows it', () => {
    for (const status of ['offline', 'error', 'unauthenticated', 'conflict'] as const) {
      expect(settledStatusText(fr, 'fr', { status, lastSavedAt: at }), status).to.equal(fr.status[status]);
      expect(settledStatusText(en, 'en', { status, lastSavedAt: at }), status).to.equal(en.status[status]);
    }
    expect(settledStatusText(fr, 'fr', { status: 'saved', lastSavedAt: at })).to.equal(fr.savedAt('10:02'));
    expect(settledStatusText(fr, 'fr', { status: 'saved', lastSavedAt: undefined })).to.equal(fr.status.saved);
  });
});
