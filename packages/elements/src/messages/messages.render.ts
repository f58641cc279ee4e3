import type { Account, Lang, Message, OutboxMessage } from '@qmi/core';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { MessagesMessages } from './messages.messages.js';
import { failureReason } from './messages.outbox.js';

/** The start of a message that names it in a button ("Réessayer l’envoi du message « … »"): cut at a word. */
const EXCERPT_LENGTH = 40;

export function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** What the templates need from `<qmi-messages>`: words, the thread, and where actions go. */
export interface ThreadHost {
  t: MessagesMessages;
  lang: Lang;
  /** The platform's time (or `now`), for relative dates. */
  now: Date;
  /** The element's id prefix (its field, hint and error ids). */
  ids: string;
  /** The signed-in side's role (undefined until the platform told it). */
  role: Account['role'] | undefined;
  messages: readonly Message[];
  /** How the platform's messages render: there once the thread has loaded (messages.thread.ts, with the engine). */
  thread: typeof import('./messages.engine.js') | undefined;
  pending: readonly OutboxMessage[];
  emptyError: boolean;
  isMine(message: Message): boolean;
  /** "Réessayer" on a message not sent. */
  retry(key: string): void;
  /** The send button, or Ctrl/Cmd+Enter in the field. */
  submit(): void;
  /** The person types again after an empty-message error. */
  typed(): void;
}

/**
 * The thread, oldest first: the platform's messages, then the ones not acknowledged yet. Those show from
 * the first render (this browser keeps them); the platform's, with their code, once the thread loaded.
 */
export function renderThread(host: ThreadHost): TemplateResult {
  const thread = host.thread;
  return html`<ol class="thread" part="thread" aria-label=${host.t.thread} tabindex="0">
            ${
              thread
                ? repeat(
                    host.messages,
                    (m) => m.id,
                    (m) => thread.renderMessage(host, m),
                  )
                : nothing
            } ${repeat(
              host.pending,
              (p) => p.key,
              (p) => renderPending(host, p),
            )}
          </ol>`;
}

function renderPending(host: ThreadHost, pending: OutboxMessage) {
  const t = host.t;
  const failed = pending.state === 'failed';
  return html`<li class="message message--mine message--${pending.state}" part="message message-mine">
      <p class="meta"><span class="author">${t.mine}</span></p>
      <p class="body">${pending.body}</p>
      <p class="state" part="status">${failed ? t.failed : t.sending}</p>
      ${failed ? html`<p class="reason">${failureReason(host, pending)}</p>` : nothing}
      ${
        failed
          ? html`<button type="button" class="retry" part="button" aria-label=${t.retryLabel(excerptOf(pending.body))} @click=${() => host.retry(pending.key)}>${t.retry}</button>`
          : nothing
      }
    </li>`;
}

/**
 * The send form: Enter alone is a new line (a textarea's own behaviour); Ctrl+Enter or Cmd+Enter sends.
 * The send button's name says what it sends ("Envoyer le message"), starting with the visible word.
 * (Said here, not in an HTML comment: the template's comments would ship to every page.)
 */
export function renderForm(host: ThreadHost): TemplateResult {
  const { t, ids: id, emptyError } = host;
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
      event.preventDefault();
      host.submit();
    }
  };
  return html`<form part="form" novalidate @submit=${(e: Event) => {
    e.preventDefault();
    host.submit();
  }}>
      <label for="${id}-field">${t.label}</label>
      <p class="hint" id="${id}-hint">${t.hint}</p>
      ${emptyError ? html`<p class="error" id="${id}-error">${t.emptyError}</p>` : nothing}
      <textarea
        id="${id}-field"
        part="textarea"
        maxlength="8000"
        rows="3"
        aria-describedby="${id}-hint${emptyError ? ` ${id}-error` : ''}"
        aria-invalid=${emptyError ? 'true' : 'false'}
        @keydown=${onKeydown}
        @input=${() => host.typed()}
      ></textarea>
      <button type="submit" part="button" aria-label=${t.sendLabel}>${t.send}</button>
    </form>`;
}
