/**
 * The dossiers each account of this browser worked on, per platform (opened in the form, sent files
 * to). The autosave journal and tus remember things by dossier, not by who did them, so this list is
 * what lets signing out forget that account's (`session/session.forget.ts`), the other accounts' left
 * as they are. Storage may be unavailable: then those remember nothing either.
 */
const key = (apiBase: string, accountId: string) => `qmi-account-dossiers:${apiBase.replace(/\/+$/, '')}:${accountId}`;

export function dossiersOf(apiBase: string, accountId: string): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key(apiBase, accountId)) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Notes that this account works on this dossier here (before anything of it is kept in the browser). */
export function noteDossier(apiBase: string, accountId: string, applicationId: string): void {
  const known = dossiersOf(apiBase, accountId);
  if (known.includes(applicationId)) return;
  try {
    localStorage.setItem(key(apiBase, accountId), JSON.stringify([...known, applicationId]));
  } catch {
    // Storage full or disabled: nothing of this dossier can be kept in it either.
  }
}

export function forgetDossiers(apiBase: string, accountId: string): void {
  try {
    localStorage.removeItem(key(apiBase, accountId));
  } catch {
    // Nothing was stored, then.
  }
}
