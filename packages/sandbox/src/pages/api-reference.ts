import { ERROR_CODES } from '@qmi/core';
import type { OpenApiDocument } from '../openapi/document.js';
import { escapeHtml as e, page } from './html.js';

/** What the reference reads of an OpenAPI operation (the document types its operations loosely). */
interface Operation {
  operationId: string;
  summary: string;
  tags: string[];
  security: unknown[];
  responses: Record<string, unknown>;
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  parameters: Array<{ name: string; in: string }>;
}

/** A readable API reference, rendered on the server from the OpenAPI document (no script, no CDN). */
export function renderApiReference(doc: OpenApiDocument, nonce: string): string {
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op: op as Operation })),
  );
  const tags = doc.tags.map((t) => t.name);
  const sections = tags
    .map((tag) => {
      const rows = operations
        .filter(({ op }) => op.tags[0] === tag)
        .map(({ path, method, op }) => {
          const responses = Object.keys(op.responses).join(', ');
          const body = op.requestBody
            ? Object.entries(op.requestBody.content).map(
                ([type, c]) => `${type}: ${String(c.schema.$ref).split('/').pop()}`,
              )[0]
            : '';
          const params = op.parameters
            .filter((p) => p.in !== 'path')
            .map((p) => `${p.name} (${p.in})`)
            .join(', ');
          return `<tr id="${e(op.operationId)}"><td><span class="method">${e(method)}</span> <code>${e(path)}</code></td><td>${e(op.summary)}${body ? `<br><span class="muted">Body: ${e(body)}</span>` : ''}${params ? `<br><span class="muted">Parameters: ${e(params)}</span>` : ''}</td><td>${e(op.security.length ? 'Bearer' : 'public')}</td><td>${e(responses)}</td></tr>`;
        })
        .join('');
      return `<h2 id="tag-${e(tag.toLowerCase())}">${e(tag)}</h2><table><thead><tr><th scope="col">Route</th><th scope="col">What it does</th><th scope="col">Auth</th><th scope="col">Statuses</th></tr></thead><tbody>${rows}</tbody></table>`;
    })
    .join('');
  const problems = Object.entries(ERROR_CODES)
    .map(
      ([code, { status, title }]) =>
        `<tr id="problem-${e(code)}"><td><code>${e(code)}</code></td><td>${status}</td><td lang="fr">${e(title.fr)}</td><td lang="en">${e(title.en)}</td></tr>`,
    )
    .join('');
  const schemas = Object.keys(doc.components.schemas)
    .map((name) => `<li><code>${e(name)}</code></li>`)
    .join('');
  return page(
    'en',
    doc.info.title,
    `<header><h1>${e(doc.info.title)}</h1><p>${e(doc.info.description)}</p>
     <p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${e(doc.openapi)}). Back to the <a href="/" lang="fr">page de démonstration</a>.</p>
     <nav aria-label="Sections"><ul>${tags.map((t) => `<li><a href="#tag-${e(t.toLowerCase())}">${e(t)}</a></li>`).join('')}<li><a href="#problems">Error codes</a></li><li><a href="#schemas">Schemas</a></li></ul></nav></header>
     <main>${sections}
     <h2 id="problems">Error codes</h2><p>Every error is <code>application/problem+json</code> (RFC 9457) with a stable <code>code</code>, a localised <code>title</code> (Accept-Language: fr by default, en) and, for validation errors, <code>errors[]</code> with dotted field paths.</p>
     <table><thead><tr><th scope="col">code</th><th scope="col">status</th><th scope="col">Titre</th><th scope="col">Title</th></tr></thead><tbody>${problems}</tbody></table>
     <h2 id="schemas">Schemas</h2><p>JSON Schema 2020-12, generated from the zod schemas of <code>@qmi/core</code>, in <a href="/openapi.json">the OpenAPI document</a>.</p><ul>${schemas}</ul></main>`,
    nonce,
  );
}
