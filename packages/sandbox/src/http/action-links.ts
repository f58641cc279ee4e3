import type { Deps } from './env.js';

/** What an e-mail's link asks the page to do; `<qmi-session>` reads it from the fragment. */
export type EmailAction =
  'verify-email' | 'reset-password' | 'confirm-email-change' | 'accept-invitation' | 'reviewer-invitation';

/**
 * Whether a page may receive an e-mail's link: on an origin the platform allows (QMI_ALLOWED_ORIGINS)
 * or on the platform itself. Anything else would hand a token to a stranger's site.
 */
export function isAllowedPage(deps: Deps, url: string): boolean {
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return false;
  }
  return (
    deps.allowedOrigins.includes(origin) || (deps.publicUrl !== undefined && new URL(deps.publicUrl).origin === origin)
  );
}

/**
 * The link of an e-mail: the page given (if allowed) or the platform's own page, with the action and
 * its token in the fragment, which browsers never send to a server nor in a Referer.
 */
export function actionLink(deps: Deps, action: EmailAction, token: string, continueUrl?: string): string {
  const page = new URL(continueUrl && isAllowedPage(deps, continueUrl) ? continueUrl : `${deps.publicUrl ?? ''}/`);
  page.hash = new URLSearchParams({ 'qmi-action': action, 'qmi-token': token }).toString();
  return page.href;
}
