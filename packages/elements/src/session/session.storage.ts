/**
 * Where a session's token survives a reload: localStorage, one key per platform, so that a page
 * embedding two platforms (production and sandbox) keeps two sessions.
 *
 * Storage may be unavailable (blocked by privacy settings, full): the session then lasts as long as
 * the page, which is still a working session, so failures are swallowed here on purpose.
 */
export const tokenKey = (apiBase: string): string => `qmi-session:${apiBase}`;

export function readToken(apiBase: string): string | undefined {
  try {
    return localStorage.getItem(tokenKey(apiBase)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function writeToken(apiBase: string, token: string): void {
  try {
    localStorage.setItem(tokenKey(apiBase), token);
  } catch {
    // See above: the session goes on in memory.
  }
}

export function clearToken(apiBase: string): void {
  try {
    localStorage.removeItem(tokenKey(apiBase));
  } catch {
    // Nothing was stored, then.
  }
}
