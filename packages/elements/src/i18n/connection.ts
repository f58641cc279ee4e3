import { ConnectionError, TimeoutError } from '@qmi/core';
import { lazyTranslations, translate } from './translate.js';

export interface ConnectionMessages {
  originNotAllowed: string;
  unreachable: string;
}

// English comes with the page's other English strings, before its elements render (so before any request
// of theirs fails, offline included): a French page does not carry it.
const CONNECTION_MESSAGES = lazyTranslations<ConnectionMessages>(
  {
    originNotAllowed:
      'Le service de candidature ne peut pas être joint depuis cette page : le site qui l’accueille n’est pas encore autorisé par la plateforme. Réessayez plus tard ou contactez le site.',
    unreachable: 'Le service de candidature ne répond pas. Vérifiez votre connexion internet, puis réessayez.',
  },
  { en: () => import('./connection.messages.en.js').then((module) => module.default) },
);

/**
 * The person's words for a request that got no answer, in the element's language (undefined for any
 * other error: the caller shows its own). A platform that refuses this page's origin is also told, once,
 * to the page's developer in the console: that is a set-up mistake only they can fix, so the words for
 * them are fetched then (connection.developer.ts), not carried by every visitor's page.
 */
export function connectionProblem(element: Element, error: unknown, platform: string | undefined): string | undefined {
  const t = translate(element, CONNECTION_MESSAGES);
  if (error instanceof TimeoutError) return t.unreachable;
  if (!(error instanceof ConnectionError)) return undefined;
  if (error.reason !== 'origin_not_allowed') return t.unreachable;
  // The page's own site answers (only the platform refuses it): the module comes; if not, nothing to tell.
  void import('./connection.developer.js').then(
    ({ tellDeveloper }) => tellDeveloper(platform),
    () => undefined,
  );
  return t.originNotAllowed;
}

/** Only the refusal of this page's origin (for an element that has its own words for "no answer"). */
export const originRefused = (element: Element, error: unknown, platform: string | undefined): string | undefined =>
  error instanceof ConnectionError && error.reason === 'origin_not_allowed'
    ? connectionProblem(element, error, platform)
    : undefined;
