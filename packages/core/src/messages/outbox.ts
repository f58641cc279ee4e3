import type { QmiClient } from '../client/client.js';
import { ApiError } from '../client/api-errors.js';
import type { BackoffOptions } from '../retry.js';
import { isRetryable, retryDelay } from '../retry-error.js';
import { TypedEventTarget } from '../typed-event-target.js';
import { browserEnvironment } from '../autosave/lifecycle.js';
import { OutboxFailedEvent, OutboxSentEvent, type MessageOutboxEventMap } from './events.js';
import { memoryOutboxStore, type OutboxStore, type QueuedMessage } from './store.js';
import { hasVisibleText } from '../text.js';

/** A message of the outbox: written, not yet acknowledged by the platform. */
export interface OutboxMessage extends QueuedMessage {
  /** `sending` while an attempt is on its way; `failed` once one failed (and until the next starts). */
  readonly state: 'sending' | 'failed';
  /** The platform's refusal, when it refused the message: no automatic retry then. */
  readonly refusal: ApiError | undefined;
  /**
   * The platform's 429 when it asked to wait (too many messages at once): the message is sent again by
   * itself after the `Retry-After`, and the problem's detail says when, for the person to read.
   */
  readonly throttled: ApiError | undefined;
  /** Failed attempts so far (since this outbox opened). */
  readonly attempts: number;
}

/** What the outbox needs of a client: sending messages (a client with more works too; the outbox keeps its type). */
type OutboxClient = Pick<QmiClient, 'messages'>;

/**
 * The options of a `MessageOutbox`: the client and the dossier whose conversation it sends to, where unsent
 * messages are kept, the retries' delays, and where `online` is heard.
 */
export interface MessageOutboxOptions<C extends OutboxClient = QmiClient> {
  client: C;
  applicationId: string;
  /** Where unacknowledged messages are kept (default: memory; `localStorage` in the elements). */
  store?: OutboxStore | undefined;
  /** Delays of the automatic retries (default 2 s doubling to a minute, by the toolkit's retry policy). */
  retry?: BackoffOptions | undefined;
  /**
   * Where `online` is heard: the messages not sent (refused ones too) go again when the network comes
   * back. Default: `globalThis` in a browser, nothing elsewhere.
   */
  environment?: { events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> | undefined } | undefined;
}

const DEFAULT_RETRY: BackoffOptions = { initialMs: 2000, maxMs: 60_000 };

/**
 * The platform's refusal of a message, when `error` is one: an answer that sending the same message
 * again cannot change (too long, a dossier this account may not write to, a conflict). Not refusals,
 * so retried: no answer (offline, timeout), an answer the retry policy calls worth another try (408,
 * 429, 5xx…), a 401 (a new sign-in changes it), and anything that is not an answer of the platform.
 */
export function refusalOf(error: unknown): ApiError | undefined {
  return error instanceof ApiError && error.status !== 401 && !isRetryable(error) ? error : undefined;
}

type Entry = { -readonly [K in keyof OutboxMessage]: OutboxMessage[K] };

/**
 * The outbox of one dossier's messages: never a lost message, never a duplicate. A message is stored
 * (with its Idempotency-Key) before it is sent, stays stored until the platform acknowledges it, and is
 * sent again with the same key after a network failure (on a backoff, when `online` fires, when
 * `retryFailed()` is called because the platform answers again, on `retry()`, and by the next outbox on
 * the same store after a reload), so the platform records it exactly once. A refusal is kept too, shown
 * with its reason, and sent again only when asked. It knows nothing of the DOM framework on top of it.
 *
 * Events: `change` when `pending` changed; `sent` (`OutboxSentEvent`) when the platform recorded a
 * message; `failed` (`OutboxFailedEvent`) when an attempt failed.
 */
export class MessageOutbox<C extends OutboxClient = QmiClient> extends TypedEventTarget<MessageOutboxEventMap> {
  readonly client: C;
  readonly applicationId: string;
  private readonly store: OutboxStore;
  private readonly retryOptions: BackoffOptions;
  private entries: Entry[];
  /** The attempt on its way for each key: one at a time per message. */
  private readonly flights = new Map<string, Promise<void>>();
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private readonly unlisten: () => void;

  constructor(options: MessageOutboxOptions<C>) {
    super();
    this.client = options.client;
    this.applicationId = options.applicationId;
    this.store = options.store ?? memoryOutboxStore();
    this.retryOptions = options.retry ?? DEFAULT_RETRY;
    // Messages written before a reload (or by another outbox on the same store) and never acknowledged.
    this.entries = this.store
      .load()
      .map((stored) => ({ ...stored, state: 'sending', refusal: undefined, throttled: undefined, attempts: 0 }));
    const events = options.environment ? options.environment.events : browserEnvironment().events;
    const onOnline = () => this.retryFailed({ includeRefused: true });
    events?.addEventListener('online', onOnline);
    this.unlisten = () => events?.removeEventListener('online', onOnline);
  }

  /** The messages not yet acknowledged, oldest first. */
  get pending(): OutboxMessage[] {
    return this.entries.map((entry) => ({ ...entry }));
  }

  /** Sends the stored messages again, with their first keys (call once the listeners are in place). */
  start(): void {
    for (const entry of this.entries) void this.deliver(entry, false);
  }

  /**
   * Writes a message: stored at once (a reload from here on sends it again with the same key), then
   * sent. Answers the message as the outbox holds it (`sending`). An empty message is not sent.
   */
  send(body: string): OutboxMessage {
    if (this.closed) throw new Error('This outbox is closed');
    // The platform refuses it too (SendMessageRequest): blank, or only invisible characters.
    if (!hasVisibleText(body)) throw new RangeError('An empty message is not sent');
    const entry: Entry = {
      key: globalThis.crypto.randomUUID(),
      body,
      createdAt: new Date().toISOString(),
      state: 'sending',
      refusal: undefined,
      throttled: undefined,
      attempts: 0,
    };
    // Durable before any byte leaves.
    this.store.add({ key: entry.key, body: entry.body, createdAt: entry.createdAt });
    this.entries = [...this.entries, entry];
    // Those that failed on the way go first, so that this one does not overtake them.
    this.retryFailed();
    void this.deliver(entry, false);
    return { ...entry };
  }

  /** Sends one message again because the person asked ("Réessayer"): a refused one too, and its failure is news again. */
  retry(key: string): Promise<void> {
    const entry = this.entries.find((e) => e.key === key);
    return entry ? this.deliver(entry, true) : Promise.resolve();
  }

  /** Sends again the messages that failed on the way (and, with `includeRefused`, those the platform refused). */
  retryFailed({ includeRefused = false }: { includeRefused?: boolean } = {}): void {
    if (this.closed) return;
    for (const entry of this.entries)
      if (entry.state === 'failed' && (includeRefused || !entry.refusal)) void this.deliver(entry, false);
  }

  /** Resolves once no attempt is on its way (every message sent, or failed and waiting). */
  async whenIdle(): Promise<void> {
    while (this.flights.size) await Promise.all(this.flights.values());
  }

  /**
   * Stops the retries and the events. An attempt on its way still removes its message from the store
   * once acknowledged; what is not acknowledged stays stored for the next outbox.
   */
  close(): void {
    this.closed = true;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.unlisten();
  }

  private deliver(entry: Entry, byPerson: boolean): Promise<void> {
    const current = this.flights.get(entry.key);
    if (current || this.closed) return current ?? Promise.resolve();
    // In the order written: an attempt leaves once those of the messages before it are settled, so the
    // thread records them in that order (back online, every message went at once and the platform
    // recorded whichever came first).
    const before = this.entries.slice(0, this.entries.indexOf(entry)).flatMap((e) => this.flights.get(e.key) ?? []);
    const flight = (
      before.length
        ? Promise.allSettled(before).then(() => (this.closed ? undefined : this.attempt(entry, byPerson)))
        : this.attempt(entry, byPerson)
    ).finally(() => this.flights.delete(entry.key));
    this.flights.set(entry.key, flight);
    return flight;
  }

  private async attempt(entry: Entry, byPerson: boolean): Promise<void> {
    entry.state = 'sending';
    entry.refusal = undefined;
    this.emit(new Event('change'));
    try {
      const message = await this.client.messages.send(
        this.applicationId,
        { body: entry.body },
        { idempotencyKey: entry.key },
      );
      // Recorded: it leaves the store even if this outbox was closed meanwhile.
      this.store.remove(entry.key);
      this.entries = this.entries.filter((e) => e !== entry);
      this.emit(new Event('change'));
      this.emit(new OutboxSentEvent(message, entry.key));
    } catch (error) {
      if (this.closed) return;
      entry.state = 'failed';
      entry.attempts++;
      entry.refusal = refusalOf(error);
      entry.throttled = error instanceof ApiError && error.status === 429 ? error : undefined;
      // A failure is told at the first attempt, after "Réessayer" and for a refusal, not at each automatic retry.
      const news = Boolean(entry.refusal) || entry.attempts === 1 || byPerson;
      if (!entry.refusal) this.scheduleRetry(retryDelay(error, entry.attempts - 1, this.retryOptions));
      this.emit(new Event('change'));
      this.emit(new OutboxFailedEvent({ ...entry }, error, news));
    }
  }

  /** One timer for the whole outbox: when it fires, every message that failed on the way goes again. */
  private scheduleRetry(delay: number) {
    if (this.retryTimer !== undefined || this.closed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.retryFailed();
    }, delay);
  }

  private emit(event: Event) {
    if (!this.closed) this.dispatchEvent(event);
  }
}
