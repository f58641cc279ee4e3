import { escapeHtml } from '../pages/html.js';
import type { Lang, Session } from '@qmi/core';
import { newNonce, pageSecurityHeaders } from '../pages/security.js';

/** What the popup posts to the page that opened it. */
export type ProConnectMessage =
  { type: 'qmi:proconnect'; session: Session } | { type: 'qmi:proconnect'; problem: Record<string, unknown> };

/** JSON inside a <script> element: "<" escaped so that no "</script>" (or "<!--") can end it early. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

const TEXT = {
  fr: {
    title: 'Connexion avec ProConnect',
    done: 'Connexion terminée : vous pouvez fermer cette fenêtre si elle ne se ferme pas seule.',
    failed: 'La connexion n’a pas abouti : fermez cette fenêtre et recommencez depuis la page du dossier.',
  },
  en: {
    title: 'Signing in with ProConnect',
    done: 'Signed in: you may close this window if it does not close by itself.',
    failed: 'Signing in did not succeed: close this window and start again from the application page.',
  },
};

/**
 * The popup's last page: it posts the session (or the problem) to the window that opened it, with
 * `targetOrigin` the origin recorded at the start (the browser delivers it to that origin only, even
 * if the opener has navigated elsewhere meanwhile), then closes. The only script is the page's own,
 * allowed by a nonce; the answer sits in a JSON data block that never runs.
 */
export function popupPage(
  origin: string,
  message: ProConnectMessage,
  lang: Lang,
): { html: string; headers: Record<string, string> } {
  const nonce = newNonce();
  const text = TEXT[lang];
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${text.title}</title>
</head>
<body>
<p>${'session' in message ? text.done : text.failed}</p>
<script type="application/json" id="qmi-proconnect">${scriptJson({ origin, message })}</script>
<script nonce="${escapeHtml(nonce)}">
(function () {
  var data = JSON.parse(document.getElementById('qmi-proconnect').textContent);
  if (window.opener) window.opener.postMessage(data.message, data.origin);
  window.close();
})();
</script>
</body>
</html>`;
  return {
    html,
    headers: {
      ...pageSecurityHeaders({ nonce }),
      'content-type': 'text/html; charset=utf-8',
      // The page carries a session token: never kept by a cache, never shown again from history.
      'cache-control': 'no-store',
      'content-security-policy': [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'none'",
        "object-src 'none'",
      ].join('; '),
    },
  };
}

/**
 * The callback's answer when the login it closes is unknown (expired, already used, forged): there is
 * no recorded page to answer to, so nothing is posted anywhere; the person is told to start again.
 */
export function failurePage(lang: Lang): { html: string; headers: Record<string, string> } {
  const nonce = newNonce();
  const text = TEXT[lang];
  return {
    html: `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${text.title}</title>
</head>
<body>
<p>${text.failed}</p>
</body>
</html>`,
    headers: {
      ...pageSecurityHeaders({ nonce }),
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    },
  };
}
