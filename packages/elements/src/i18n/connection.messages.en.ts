// The English strings: a module of their own, loaded the first time an element of the page speaks English
// (see lazyTranslations in translate.ts), so before any request of that element can fail; French pages
// never download them.
import type { ConnectionMessages } from './connection.js';

const en: ConnectionMessages = {
  originNotAllowed:
    'The application service cannot be reached from this page: the site hosting it is not yet allowed by the platform. Try again later or contact the site.',
  unreachable: 'The application service does not answer. Check your internet connection, then try again.',
};

export default en;
