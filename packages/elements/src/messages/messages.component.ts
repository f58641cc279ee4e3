import { type Account, ApiError, type Message, type QmiClient } from '@qmi/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../a11y/announcer.js';
import { heading, headingLevel } from '../a11y/heading.js';
import { QmiApiElement } from '../context/api-element.js';
import { PlatformTime } from '../context/platform-time.js';
import { connectionProblem } from '../i18n/connection.js';
import { langOf } from '../i18n/lang.js';
import { problemText } from '../i18n/problem-text.js';
import { translate } from '../i18n/translate.js';
import { QmiMessageReceivedEvent, QmiMessageSentEvent, QmiUnreadChangeEvent } from './messages.events.js';
import { formatFull, formatWhen, MESSAGES_MESSAGES, type MessagesMessages } from './messages.messages.js';
import { addPending, lastRead, loadPending, markRead, pendingKey, readKey, removePending, type StoredPending } from './messages.storage.js';
import { messagesStyles } from './messages.styles.js';

/** The longest wait between two fetches of the thread (nothing changes, or errors). */
const MAX_POLL_MS = 5 * 60 * 1000;
/** Automatic re-sends of a message that did not reach the platform: 2 s, 4 s, 8 s … up to a minute. */
const FIRST_RETRY_MS = 2000;
const MAX_RETRY_MS = 60 * 1000;
/** Refusals that a retry cannot change (the message or the access is wrong); anything else is retried. */
const FINAL_STATUSES = new Set([400, 403, 404, 409, 413, 422]);
/** The start of a message that names it in a button ("Réessayer l’envoi du message « … »"): cut at a word. */
const EXCERPT_LENGTH = 40;

function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

interface Pending extends StoredPending {
  state: 'sending' | 'failed';
  /** The platform's refusal (no automatic retry then), kept as an error: shown in the page's language of the moment. */
  refusal?: ApiError | undefined;
  attempts: number;
}

let counter = 0;

/**
 * The messaging channel between a commune and the organisers, for one dossier: the thread (oldest
 * first), a send form, the unread count, and new messages while open.
 *
 * - **Never a lost message**: a message shows at once as "Envoi…"; it is kept in `localStorage`
 *   with its Idempotency-Key until the platform acknowledges it, re-sent with the same key after a
 *   network failure (on a backoff, when the browser comes back `online`, when a fetch succeeds
 *   again, on "Réessayer", and after a reload), so the platform records it exactly once.
 * - **Unread**: messages from the other side newer than the newest this browser showed while the
 *   element and the page were visible (kept per dossier and account).
 * - **Polling**: every `poll-interval` seconds (10 by default), doubling up to 5 minutes while
 *   nothing changes or on errors, back to the interval when something arrives or the person sends;
 *   paused while the page is hidden (fetched at once when it shows again); stopped on disconnect.
 *
 * - **Accessible**: a region named by its heading ("Messages du dossier", at `heading-level`, 2 by
 *   default); one polite live region tells the settled result of each action ("Message envoyé.", each
 *   time, also twice in a row; a message not sent, once, not at each automatic retry; new messages
 *   from the other side, how many and the newest), never the "Envoi…" on the way.
 *
 * Give `application`, and a client: `api-base` (+ `token`), a `client` property or a surrounding
 * `<qmi-session>`. The language is the nearest `lang` (French by default, English).
 *
 * @fires {QmiMessageSentEvent} qmi-message-sent - the platform recorded a message written here (`event.message`)
 * @fires {QmiMessageReceivedEvent} qmi-message-received - new messages from the other side arrived while open (`event.messages`)
 * @fires {QmiUnreadChangeEvent} qmi-unread-change - the unread count changed (`event.count`)
 * @csspart heading - the heading that names the region ("Messages du dossier")
 * @csspart badge - the unread count
 * @csspart thread - the list of messages (`<ol>`)
 * @csspart message - every message (`<li>`)
 * @csspart message-mine - a message of the signed-in side
 * @csspart message-theirs - a message of the other side
 * @csspart status - the state of a message not yet sent, and notices about loading
 * @csspart form - the send form
 * @csspart textarea - the message field
 * @csspart button - the send and retry buttons
 * @cssproperty --qmi-color-primary - buttons, the unread badge, the signed-in side's messages (a light tint and edge)
 * @cssproperty --qmi-color-on-primary - text of the badge and the send button
 * @cssproperty --qmi-color-ink - text and authors
 * @cssproperty --qmi-color-muted - dates, hints and notices
 * @cssproperty --qmi-color-surface - the message field and the retry button
 * @cssproperty --qmi-color-surface-raised - the other side's messages
 * @cssproperty --qmi-color-border - the message field; the messages' edge (a lighter mix of it with the surface)
 * @cssproperty --qmi-color-error - messages not sent, the empty-message error
 * @cssproperty --qmi-font-family - text
 * @cssproperty --qmi-font-size - text
 * @cssproperty --qmi-font-size-small - dates, states and hints
 * @cssproperty --qmi-font-size-large - the heading
 * @cssproperty --qmi-line-height - text
 * @cssproperty --qmi-font-weight-strong - authors, labels and buttons
 * @cssproperty --qmi-space-xs - inside a message
 * @cssproperty --qmi-space-s - inside messages and buttons
 * @cssproperty --qmi-space-m - under the thread and the notices
 * @cssproperty --qmi-radius - the field and the buttons
 * @cssproperty --qmi-radius-large - messages
 * @cssproperty --qmi-focus-ring-color - the focus ring of every control
 * @cssproperty --qmi-focus-ring-width - the focus ring of every control
 * @cssproperty --qmi-focus-ring-offset - the focus ring of every control
 * @cssproperty --qmi-messages-max-height - the thread scrolls beyond this height (default 28rem)
 * @cssproperty --qmi-messages-mine-background - the signed-in side's messages (default a light tint of --qmi-color-primary)
 * @cssproperty --qmi-messages-theirs-background - the other side's messages (default --qmi-color-surface-raised)
 */
export class QmiMessages extends QmiApiElement {
  static override styles = messagesStyles;

  /** The dossier's id. */
  @property() application = '';
  /** An ISO instant that replaces the clock for relative dates (demos, tests). */
  @property() now = '';
  /** Seconds between two fetches of the thread while nothing changes (doubled up to 5 minutes). */
  @property({ attribute: 'poll-interval', type: Number }) pollInterval = 10;
  /** The level of the element's heading (2 by default), to fit the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  @state() private messages: Message[] = [];
  @state() private pending: Pending[] = [];
  @state() private me: Account | undefined;
  @state() private loaded = false;
  @state() private loadFailed = false;
  /** Why the thread could not be loaded (e.g. this page's origin is not allowed), told in the page's language at each render. */
  @state() private loadProblem: unknown;
  @state() private emptyError = false;
  @state() private unreadCount = 0;

  /** The one polite live region: results of actions, once settled. */
  private readonly announcer = new Announcer(this);

  private readonly ids = `qmi-messages-${++counter}`;
  /** What the current run is bound to; a change of client or dossier starts a new run. */
  private run: { client: QmiClient; application: string; storage: string } | undefined;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private pollDelay = 0;
  private fetching = false;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly inFlight = new Set<string>();
  private inView = false;
  private observer: IntersectionObserver | undefined;

  /** Messages from the other side that this browser has not shown yet while visible. */
  get unread(): number {
    return this.unreadCount;
  }

  private get t(): MessagesMessages {
    return translate(this, MESSAGES_MESSAGES);
  }

  private readonly time = new PlatformTime(this, () => (this.now && !Number.isNaN(Date.parse(this.now)) ? this.now : ''), () => this.clientSource.client);

  /** The platform's time (messages are dated by it), or `now`. */
  private get clock(): Date {
    return this.time.now;
  }

  private get pollBase(): number {
    return Math.max(0.2, Number(this.pollInterval) || 10) * 1000;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('online', this.onOnline);
    if ('IntersectionObserver' in window) {
      this.observer = new IntersectionObserver((entries) => {
        this.inView = entries.some((entry) => entry.isIntersecting);
        this.updateUnread();
      });
      this.observer.observe(this);
    } else {
      this.inView = true;
    }
    // Back in the page after a removal: resume the same run.
    if (this.run) {
      this.run = undefined;
      this.requestUpdate();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('online', this.onOnline);
    this.observer?.disconnect();
    this.observer = undefined;
    clearTimeout(this.pollTimer);
    clearTimeout(this.retryTimer);
    this.pollTimer = this.retryTimer = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    const client = this.clientSource.client;
    if (this.isConnected && client && this.clientSource.signedIn && this.application && (this.run?.client !== client || this.run.application !== this.application)) {
      this.start(client, this.application);
    } else if (changed.has('pollInterval') && this.run) {
      this.pollDelay = this.pollBase;
      this.schedulePoll();
    }
  }

  private start(client: QmiClient, application: string) {
    clearTimeout(this.pollTimer);
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    const storage = pendingKey(client.baseUrl, application);
    this.run = { client, application, storage };
    this.messages = [];
    this.me = undefined;
    this.loaded = false;
    this.loadFailed = false;
    this.pollDelay = 0;
    // Messages written before a reload (or in another element) and never acknowledged: send them again, same key.
    this.pending = loadPending(storage).map((p) => ({ ...p, state: 'sending', attempts: 0 }));
    void this.refresh();
    for (const p of this.pending) void this.deliver(p);
  }

  // ---- the thread --------------------------------------------------------------------------

  /** Fetches the thread now, then schedules the next fetch. */
  async refresh(): Promise<void> {
    const run = this.run;
    if (!run || this.fetching) return;
    clearTimeout(this.pollTimer);
    this.fetching = true;
    let changed = false;
    try {
      const me = this.me ?? (await run.client.auth.me());
      const list = await run.client.messages.list(run.application);
      if (run !== this.run) return;
      this.me = me;
      changed = this.merge(list);
      this.loaded = true;
      this.loadFailed = false;
      // The platform answers again: whatever could not be sent goes now.
      this.retryFailed();
    } catch (error) {
      if (run !== this.run) return;
      this.loadFailed = !this.loaded;
      this.loadProblem = error;
    } finally {
      this.fetching = false;
    }
    if (run !== this.run) return;
    this.pollDelay = changed || !this.pollDelay ? this.pollBase : Math.min(this.pollDelay * 2, MAX_POLL_MS);
    this.schedulePoll();
  }

  private schedulePoll() {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    if (!this.isConnected || !this.run || document.visibilityState === 'hidden') return;
    this.pollTimer = setTimeout(() => void this.refresh(), this.pollDelay || this.pollBase);
  }

  /** Something happened (a message arrived or was sent): back to the short interval. */
  private resetPoll() {
    this.pollDelay = this.pollBase;
    if (!this.fetching) this.schedulePoll();
  }

  /** Takes the platform's thread; answers whether anything new came. */
  private merge(list: Message[]): boolean {
    const known = new Set(this.messages.map((m) => m.id));
    const first = !this.loaded;
    const fresh = list.filter((m) => !known.has(m.id));
    const byId = new Map([...this.messages, ...list].map((m) => [m.id, m]));
    this.messages = [...byId.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    const theirs = fresh.filter((m) => !this.isMine(m));
    if (!first && theirs.length) {
      const newest = theirs[theirs.length - 1]!;
      this.announcer.announce(this.t.announceNew(this.me?.role, newest.body, theirs.length));
      this.dispatchEvent(new QmiMessageReceivedEvent(theirs));
    }
    this.updateUnread();
    return fresh.length > 0;
  }

  private isMine(message: Message): boolean {
    return message.authorRole === this.me?.role;
  }

  private authorOf(message: Message): string {
    return this.isMine(message) ? this.t.mine : this.t.theirs(this.me?.role);
  }

  // ---- unread ------------------------------------------------------------------------------

  private get readKey(): string | undefined {
    return this.run && this.me ? readKey(this.run.application, this.me.id) : undefined;
  }

  /** Marks as read what is shown while the element and the page are visible; counts the rest. */
  private updateUnread() {
    const key = this.readKey;
    if (!key || !this.loaded) return;
    const newest = this.messages[this.messages.length - 1];
    if (newest && this.inView && document.visibilityState === 'visible') markRead(key, newest.createdAt);
    const read = lastRead(key);
    const since = read ? Date.parse(read) : -Infinity;
    const count = this.messages.filter((m) => !this.isMine(m) && Date.parse(m.createdAt) > since).length;
    if (count !== this.unreadCount) {
      this.unreadCount = count;
      this.dispatchEvent(new QmiUnreadChangeEvent(count));
    }
  }

  private onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      clearTimeout(this.pollTimer);
      this.pollTimer = undefined;
    } else {
      void this.refresh();
      this.updateUnread();
    }
  };

  private onOnline = () => {
    this.retryFailed(true);
    void this.refresh();
  };

  // ---- sending -----------------------------------------------------------------------------

  /** Sends the text of the field (the button, or Ctrl/Cmd+Enter). An empty message is not sent. */
  private submit() {
    const field = this.renderRoot.querySelector('textarea');
    if (!field || !this.run) return;
    const body = field.value.trim();
    if (!body) {
      this.emptyError = true;
      // Said each time (a second Ctrl+Enter is as much a mistake as the first), in the polite region
      // only: the field, described by the error, keeps the focus.
      this.announcer.announce(this.t.emptyError);
      field.focus();
      return;
    }
    this.emptyError = false;
    const pending: Pending = { key: crypto.randomUUID(), body, createdAt: new Date().toISOString(), state: 'sending', attempts: 0 };
    // Durable before any byte leaves: a crash or a reload from here on re-sends it with the same key.
    addPending(this.run.storage, { key: pending.key, body: pending.body, createdAt: pending.createdAt });
    this.pending = [...this.pending, pending];
    field.value = '';
    field.focus();
    this.resetPoll();
    void this.deliver(pending);
  }

  /** Sends one pending message. `byPerson`: "Réessayer" was pressed, so its failure is told again. */
  private async deliver(pending: Pending, byPerson = false): Promise<void> {
    const run = this.run;
    if (!run || this.inFlight.has(pending.key)) return;
    this.inFlight.add(pending.key);
    pending.state = 'sending';
    pending.refusal = undefined;
    this.requestUpdate();
    try {
      const message = await run.client.messages.send(run.application, { body: pending.body }, { idempotencyKey: pending.key });
      removePending(run.storage, pending.key);
      if (run !== this.run) return;
      this.pending = this.pending.filter((p) => p.key !== pending.key);
      if (!this.messages.some((m) => m.id === message.id)) {
        this.messages = [...this.messages, message].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
      }
      this.announcer.announce(this.t.announceSent);
      this.updateUnread();
      this.dispatchEvent(new QmiMessageSentEvent(message));
      this.resetPoll();
    } catch (error) {
      if (run !== this.run) return;
      pending.state = 'failed';
      pending.attempts++;
      if (error instanceof ApiError && FINAL_STATUSES.has(error.status)) {
        pending.refusal = error;
        this.announcer.announce(this.t.failedRefused(problemText(error, langOf(this)) ?? error.message));
      } else {
        // Told at the first failure (or after "Réessayer"), not at each automatic retry: nothing changed.
        if (pending.attempts === 1 || byPerson) this.announcer.announce(this.t.announceFailed);
        this.scheduleRetry(Math.min(FIRST_RETRY_MS * 2 ** (pending.attempts - 1), MAX_RETRY_MS));
      }
      this.requestUpdate();
    } finally {
      this.inFlight.delete(pending.key);
    }
  }

  private scheduleRetry(delay: number) {
    if (this.retryTimer !== undefined || !this.isConnected) return;
    const jittered = delay * (0.8 + Math.random() * 0.4);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.retryFailed();
    }, jittered);
  }

  /** Sends again the messages that failed on the network (and, when asked, those the platform refused). */
  private retryFailed(includeRefused = false) {
    if (!this.isConnected) return;
    for (const p of this.pending) if (p.state === 'failed' && (includeRefused || !p.refusal)) void this.deliver(p);
  }

  private onKeydown(event: KeyboardEvent) {
    // Enter alone is a new line (a textarea's own behaviour); Ctrl+Enter or Cmd+Enter sends.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing) {
      event.preventDefault();
      this.submit();
    }
  }

  // ---- rendering ---------------------------------------------------------------------------

  override render() {
    const t = this.t;
    const lang = langOf(this);
    const now = this.clock;
    const empty = this.loaded && !this.messages.length && !this.pending.length;
    const titleId = `${this.ids}-title`;
    // A named region: a landmark that screen readers list, named by the heading.
    return html`<section aria-labelledby=${titleId}>
      <div class="header">
        ${heading(headingLevel(this.headingLevel), t.heading, { id: titleId, className: 'title', part: 'heading' })}
        ${this.unreadCount
          ? html`<span class="badge" part="badge"><span aria-hidden="true">${this.unreadCount}</span><span class="visually-hidden">${t.unread(this.unreadCount)}</span></span>`
          : nothing}
      </div>
      ${this.loadFailed ? html`<p class="notice notice--error" part="status" role="alert">${connectionProblem(this, this.loadProblem, this.run?.client.baseUrl) ?? t.loadError}</p>` : nothing}
      ${!this.loaded && !this.loadFailed ? html`<p class="notice" part="status">${t.loading}</p>` : nothing}
      ${empty ? html`<p class="notice" part="status">${t.empty}</p>` : nothing}
      ${this.messages.length || this.pending.length
        ? html`<ol class="thread" part="thread" aria-label=${t.thread} tabindex="0">
            ${this.messages.map((m) => this.renderMessage(m, lang, now))} ${this.pending.map((p) => this.renderPending(p))}
          </ol>`
        : nothing}
      ${this.announcer.region()} ${this.renderForm()}
    </section>`;
  }

  private renderMessage(message: Message, lang: 'fr' | 'en', now: Date) {
    const mine = this.isMine(message);
    return html`<li class="message ${mine ? 'message--mine' : 'message--theirs'}" part="message ${mine ? 'message-mine' : 'message-theirs'}">
      <p class="meta">
        <span class="author">${this.authorOf(message)}</span>
        <time datetime=${message.createdAt} title=${formatFull(message.createdAt, lang)}>${formatWhen(message.createdAt, lang, now)}</time>
      </p>
      <p class="body">${message.body}</p>
    </li>`;
  }

  private renderPending(pending: Pending) {
    const t = this.t;
    const failed = pending.state === 'failed';
    return html`<li class="message message--mine message--${pending.state}" part="message message-mine">
      <p class="meta"><span class="author">${t.mine}</span></p>
      <p class="body">${pending.body}</p>
      <p class="state" part="status">${failed ? t.failed : t.sending}</p>
      ${failed ? html`<p class="reason">${pending.refusal ? t.failedRefused(problemText(pending.refusal, langOf(this)) ?? pending.refusal.message) : t.failedNetwork}</p>` : nothing}
      ${failed
        ? html`<button type="button" class="retry" part="button" aria-label=${t.retryLabel(excerptOf(pending.body))} @click=${() => void this.deliver(pending, true)}>${t.retry}</button>`
        : nothing}
    </li>`;
  }

  private renderForm() {
    const t = this.t;
    const id = this.ids;
    return html`<form part="form" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      this.submit();
    }}>
      <label for="${id}-field">${t.label}</label>
      <p class="hint" id="${id}-hint">${t.hint}</p>
      ${this.emptyError ? html`<p class="error" id="${id}-error">${t.emptyError}</p>` : nothing}
      <textarea
        id="${id}-field"
        part="textarea"
        maxlength="8000"
        rows="3"
        aria-describedby="${id}-hint${this.emptyError ? ` ${id}-error` : ''}"
        aria-invalid=${this.emptyError ? 'true' : 'false'}
        @keydown=${this.onKeydown}
        @input=${() => {
          if (this.emptyError) this.emptyError = false;
        }}
      ></textarea>
      <!-- Its name says what it sends ("Envoyer le message"), starting with the visible word. -->
      <button type="submit" part="button" aria-label=${t.sendLabel}>${t.send}</button>
    </form>`;
  }
}
