/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (value: unknown): string =>
  String(value).replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

/** Plain, accessible pages: system fonts, AA contrast, visible focus, no external resources. */
export const PAGE_STYLE = `
  :root { color-scheme: light; --ink: #161616; --muted: #3a3a3a; --accent: #0b4fa8; --line: #d0d0d0; }
  body { font: 16px/1.5 system-ui, sans-serif; color: var(--ink); margin: 0 auto; max-width: 60rem; padding: 1.5rem; }
  a { color: var(--accent); } a:focus-visible, button:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
  code, pre { font: 0.9em ui-monospace, monospace; background: #f3f3f3; padding: 0.1em 0.3em; border-radius: 3px; }
  pre { padding: 0.75rem; overflow-x: auto; }
  table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
  .method { font-weight: 700; text-transform: uppercase; } .muted { color: var(--muted); }
`;

/**
 * A whole page. `nonce` is the answer's CSP nonce (see security.ts): the page's style carries it, and
 * so must every `<style>` or `<script>` in `head`.
 */
export const page = (lang: string, title: string, body: string, nonce: string, head = ''): string =>
  `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${escapeHtml(title)}</title><style nonce="${escapeHtml(nonce)}">${PAGE_STYLE}</style>${head}</head><body>${body}</body></html>`;
