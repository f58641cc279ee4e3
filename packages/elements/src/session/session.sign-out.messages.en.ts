// The sign-out question's English strings, loaded the first time an element of the page speaks English.
import type { SignOutMessages } from './session.sign-out.messages.js';

const en: SignOutMessages = {
  signingOutEverywhere: 'Signing out of all devices…',
  warning: 'Warning:',
  everywhereWarning:
    'This account will be signed out on every device where it is signed in, this one included. You will need to sign in again on each.',
  unsentWarning: ({ messages, uploads, edits }) => {
    const s = (n: number) => (n > 1 ? 's' : '');
    const lost = [
      messages ? `${messages} unsent message${s(messages)}` : '',
      uploads ? `${uploads} unfinished file upload${s(uploads)}` : '',
      edits ? `${edits} unsaved change${s(edits)} to the dossier` : '',
    ].filter(Boolean);
    const list = lost.length > 1 ? `${lost.slice(0, -1).join(', ')} and ${lost.at(-1)}` : lost.join('');
    return `${list} will be lost on this device.`;
  },
  confirmSignOut: 'Sign out anyway',
  confirmEverywhere: 'Sign out everywhere',
  staySignedIn: 'Stay signed in',
  everywhereFailed:
    'Signing out of all devices did not complete: the platform is not answering. You are still signed in. Try again in a moment.',
};

export default en;
