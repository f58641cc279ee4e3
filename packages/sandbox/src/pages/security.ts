import { randomBytes } from 'node:crypto';

/**
 * A nonce for one answer (144 bits, base64): the page's own `<style>` and `<script>` carry it, so a
 * tag or handler slipped into the page by an injection has none and does not run.
 */
export const newNonce = (): string => randomBytes(18).toString('base64');

/** What a page lets run or load, beyond its own nonce'd tags. */
export interface PagePolicy {
  nonce: string;
  /** Whether the page loads scripts (the demo page's bundle): nonce'd, and what they import. */
  scripts?: boolean;
  /** Where the page's scripts may send requests (the API), besides the page's own origin. */
  connect?: string[];
}

/**
 * The security headers of the sandbox's HTML pages. A strict policy (everything refused unless named;
 * Google's "strict CSP": nonces plus 'strict-dynamic', so the bundle may import its own chunks), no
 * framing by any page (clickjacking), no MIME sniffing, and no Referer: the pages link only to the
 * sandbox itself and nothing on the platform reads a Referer, so sending none costs nothing (the API's
 * CORS checks read Origin, which browsers still send).
 */
export function pageSecurityHeaders(policy: PagePolicy): Record<string, string> {
  const nonce = `'nonce-${policy.nonce}'`;
  const directives = [
    "default-src 'none'",
    policy.scripts ? `script-src ${nonce} 'strict-dynamic'` : undefined,
    `style-src ${nonce}`,
    policy.scripts ? `connect-src ${["'self'", ...(policy.connect ?? [])].join(' ')}` : undefined,
    "img-src 'self' data:",
    "base-uri 'none'",
    // The sign-in and sign-up forms of the components post nowhere (they call the API): 'self' is only a fallback.
    policy.scripts ? "form-action 'self'" : "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ];
  return {
    'content-security-policy': directives.filter(Boolean).join('; '),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // For browsers that predate frame-ancestors.
    'x-frame-options': 'DENY',
  };
}
