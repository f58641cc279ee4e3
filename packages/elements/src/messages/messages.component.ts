import { Task, TaskStatus, initialState } from '@lit/task';
import type { Account, Message, OutboxFailedEvent, OutboxSentEvent } from '@qmi/core';
import { hasVisibleText } from '@qmi/core';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Announcer } from '../a11y/announcer.js';
import { heading, headingLevel } from '../a11y/heading.js';
import { QmiApiElement } from '../context/api-element.js';
import { connectionProblem } from '../i18n/connection.js';
import { langOf } from '../i18n/lang.js';
import { translate } from '../i18n/translate.js';
import { QmiMessageReceivedEvent, QmiMessageSentEvent } from './messages.events.js';
import { MESSAGES_MESSAGES, type MessagesMessages } from './messages.messages.js';
import { engineChunk, failureReason, OutboxController, type OutboxTarget } from './messages.outbox.js';
import { PollController } from './messages.poll.js';
import { renderForm, renderThread, type ThreadHost } from './messages.render.js';
import { readKey } from './messages.storage.js';
import { messagesStyles } from './messages.styles.js';
import type { UnreadController } from './messages.unread.js';
import { PageVisibilityController } from '../controllers/page-visibility.js';
import { MESSAGES_RESOURCES } from './messages.client.js';
import { ClientSource } from '../context/client-source.js';

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
  protected readonly clientSource = new ClientSource(this, MESSAGES_RESOURCES);
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
  @state() private me: Account | undefined;
  /** A fetch of the current thread succeeded (errors of later fetches keep what it shows). */
  @state() private loaded = false;
  @state() private emptyError = false;

  /** The one polite live region: results of actions, once settled. */
  private readonly announcer = new Announcer(this);
  private readonly ids = `qmi-messages-${++counter}`;

  /** The outbox (never a lost message) of the dossier shown, for the client of the moment; a new one starts a new thread. */
  private readonly outbox = new OutboxController(
    this,
    () => {
      const client = this.clientSource.client;
      return client && this.clientSource.signedIn && this.application
        ? { client, applicationId: this.application, accountId: this.clientSource.sessionValue?.account.id }
        : undefined;
    },
    {
      opened: (target) => this.opened(target),
      sent: (event) => this.sent(event),
      failed: (event) => this.failed(event),
    },
  );

  /**
   * One fetch of the thread (and, the first time, of who is signed in). A later fetch aborts the one
   * still on its way, and only the latest one's result is taken: a thread never shows another's messages.
   * Another thread (or none) aborts it too (`opened`): an aborted fetch tells nothing.
   */
  private readonly thread = new Task(this, {
    autoRun: false,
    args: () => [this.outbox.thread] as const,
    task: async ([thread], { signal }) => {
      if (!thread) return initialState;
      // How the platform's messages render comes with the outbox's engine (messages.engine.ts), asked for as
      // the thread opened: the thread shows when both are there. Asked again after the answer if it failed
      // meanwhile (the connection came back while the requests were retried); a failure then is the thread's.
      engineChunk.get().catch(() => undefined);
      try {
        const me = this.me ?? (await thread.client.auth.me({ signal }));
        const list = await thread.client.messages.list(thread.applicationId, { signal });
        await engineChunk.get();
        return signal.aborted ? initialState : { me, list };
      } catch (error) {
        if (signal.aborted) return initialState;
        throw error;
      }
    },
    onComplete: ({ me, list }) => {
      this.me = me;
      this.unreadCount ??= this.countUnread();
      this.fresh = this.merge(list);
      this.loaded = true;
      // The platform answers again: whatever could not be sent goes now.
      this.outbox.retryFailed();
    },
  });
  /** Whether the latest fetch brought new messages (read by the poller). */
  private fresh = false;

  private readonly page = new PageVisibilityController(this, () => {
    if (this.page.hidden) return this.poll.pause();
    void this.poll.now();
    this.unreadCount?.update();
  });

  private readonly poll = new PollController(this, {
    fetch: async () => {
      await this.thread.run();
      return this.thread.status === TaskStatus.COMPLETE && this.fresh;
    },
    intervalMs: () => Math.max(0.2, Number(this.pollInterval) || 10) * 1000,
    active: () => Boolean(this.outbox.thread),
    page: this.page,
  });

  /** The unread count: made with the thread's first answer, whose code it comes with (see `thread`). */
  private unreadCount: UnreadController | undefined;

  /** Messages from the other side that this browser has not shown yet while visible. */
  get unread(): number {
    return this.unreadCount?.count ?? 0;
  }

  private get t(): MessagesMessages {
    return translate(this, MESSAGES_MESSAGES);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('pollInterval') && this.hasUpdated) this.poll.reset();
  }

  private countUnread(): UnreadController | undefined {
    const code = engineChunk.value;
    return (
      code &&
      new code.UnreadController(
        this,
        () =>
          this.loaded && this.me && this.outbox.thread
            ? {
                key: readKey(this.outbox.thread.applicationId, this.me.id),
                messages: this.messages,
                isMine: (m) => this.isMine(m),
              }
            : undefined,
        this.page,
      )
    );
  }

  /** Fetches the thread now, then schedules the next fetch. */
  async refresh(): Promise<void> {
    await this.poll.now();
  }

  /** A new thread (another dossier or client, or back in the page): nothing shown until it loads. */
  private opened(thread: OutboxTarget | undefined) {
    this.messages = [];
    this.me = undefined;
    this.loaded = false;
    this.poll.restart();
    // The new thread's fetch aborts the one on its way (Task's run); without a thread, a run that aborts
    // it and leaves nothing (no error of the thread before shows).
    if (thread) void this.poll.now();
    else void this.thread.run();
  }

  /** Takes the platform's thread; answers whether anything new came. */
  private merge(list: Message[]): boolean {
    // The thread's code: there once it loaded (see `thread`).
    const code = engineChunk.value;
    if (!code) return false;
    const first = !this.loaded;
    const { messages, fresh } = code.merged(this.messages, list);
    this.messages = messages;
    const theirs = fresh.filter((m) => !this.isMine(m));
    const newest = theirs.at(-1);
    if (!first && newest) {
      this.announcer.announce(code.announceNew(langOf(this), this.me?.role, newest.body, theirs.length));
      this.dispatchEvent(new QmiMessageReceivedEvent(theirs));
    }
    this.unreadCount?.update();
    return fresh.length > 0;
  }

  private isMine(message: Message): boolean {
    return message.authorRole === this.me?.role;
  }

  // ---- sending -----------------------------------------------------------------------------

  /** Sends the text of the field (the button, or Ctrl/Cmd+Enter). An empty message is not sent. */
  private submit() {
    const field = this.renderRoot.querySelector('textarea');
    if (!field || !this.outbox.thread) return;
    const body = field.value.trim();
    // Blank or only invisible characters (a zero-width space): the outbox and the platform refuse it too.
    if (!hasVisibleText(body)) {
      this.emptyError = true;
      // Said each time (a second Ctrl+Enter is as much a mistake as the first), in the polite region
      // only: the field, described by the error, keeps the focus.
      this.announcer.announce(this.t.emptyError);
      field.focus();
      return;
    }
    this.emptyError = false;
    this.outbox.send(body);
    field.value = '';
    field.focus();
    this.poll.reset();
  }

  private sent({ message }: OutboxSentEvent) {
    // The engine sent it: its chunk, which holds the thread's code, is here.
    const code = engineChunk.value;
    if (code) {
      this.messages = code.merged(this.messages, [message]).messages;
      this.announcer.announce(code.threadWords(langOf(this)).sent);
    }
    this.unreadCount?.update();
    this.dispatchEvent(new QmiMessageSentEvent(message));
    this.poll.reset();
  }

  private failed({ pending, news }: Pick<OutboxFailedEvent, 'pending' | 'news'>) {
    // A refusal is told each time; a failure on the way at the first failure (or after "Réessayer"), not at
    // each automatic retry: nothing changed. Asked to wait, it says until when.
    if (pending.refusal || (news && pending.throttled))
      this.announcer.announce(failureReason({ t: this.t, lang: langOf(this) }, pending));
    else if (news) this.announcer.announce(this.t.announceFailed);
  }

  // ---- rendering ---------------------------------------------------------------------------

  override render() {
    const t = this.t;
    const pending = this.outbox.pending;
    const loadFailed = !this.loaded && this.thread.status === TaskStatus.ERROR;
    const titleId = `${this.ids}-title`;
    const count = this.unread;
    const view: ThreadHost = {
      t,
      lang: langOf(this),
      // The platform's time (or `now`) for the platform's messages' dates: they come with an answer, which
      // told the client's clock that time (no request of its own, as PlatformTime makes, is needed here).
      now:
        this.now && !Number.isNaN(Date.parse(this.now))
          ? new Date(this.now)
          : (this.clientSource.client?.clock.now() ?? new Date()),
      ids: this.ids,
      role: this.me?.role,
      messages: this.messages,
      thread: engineChunk.value,
      pending,
      emptyError: this.emptyError,
      isMine: (m) => this.isMine(m),
      retry: (key) => this.outbox.retry(key),
      submit: () => this.submit(),
      typed: () => {
        if (this.emptyError) this.emptyError = false;
      },
    };
    // Loading, or (with the thread's code, there once it loaded) a thread still empty.
    const notice = !this.loaded
      ? !loadFailed && t.loading
      : !this.messages.length && !pending.length && view.thread?.threadWords(view.lang).empty;
    // A named region: a landmark that screen readers list, named by the heading.
    return html`<section aria-labelledby=${titleId}>
      <div class="header">
        ${heading(headingLevel(this.headingLevel), t.heading, { id: titleId, className: 'title', part: 'heading' })}
        ${count && view.thread ? view.thread.renderBadge(view.lang, count) : nothing}
      </div>
      ${loadFailed ? html`<p class="notice notice--error" part="status" role="alert">${connectionProblem(this, this.thread.error, this.outbox.thread?.client.baseUrl) ?? t.loadError}</p>` : nothing}
      ${notice ? html`<p class="notice" part="status">${notice}</p>` : nothing}
      ${this.messages.length || pending.length ? renderThread(view) : nothing}
      ${this.announcer.region()} ${renderForm(view)}
    </section>`;
  }
}
