import type { Lang, MessageOutbox, OutboxFailedEvent, OutboxMessage, OutboxSentEvent, OutboxStore } from '@qmi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Chunk } from '../lazy/chunk.js';
import { adoptPending, localOutboxStore, pendingKey } from './messages.storage.js';
import type { MessagesClient } from './messages.client.js';
import type { MessagesMessages } from './messages.messages.js';

export interface OutboxTarget {
  client: MessagesClient;
  applicationId: string;
  /** The signed-in account, when known: its messages are kept apart from other accounts' (`pendingKey`). */
  accountId?: string | undefined;
}

export interface OutboxCallbacks {
  /** The dossier (or client) changed: `target` is the new thread (undefined without a client or a dossier). */
  opened: (target: OutboxTarget | undefined) => void;
  sent: (event: OutboxSentEvent) => void;
  failed: (event: Pick<OutboxFailedEvent, 'pending' | 'news'>) => void;
}

/**
 * The engine's code (and its failures' words, and what the thread needs once loaded: messages.engine.ts):
 * one request for the page, asked again after a failure (offline).
 */
export const engineChunk = new Chunk(() => import('./messages.engine.js'));

/**
 * Why a message is not sent yet: refused (and why), asked to wait (and until when), or no connection.
 * Only the engine knows of refusals and waits, so their words come with it (messages.failure.ts).
 */
export const failureReason = (host: { t: MessagesMessages; lang: Lang }, pending: OutboxMessage): string =>
  engineChunk.value?.failureReason(host, pending) ?? host.t.failedNetwork;

/**
 * Keeps the host's `MessageOutbox` (the engine of @qmi/core) bound to its client and dossier of the
 * moment, with its messages in this browser's `localStorage`: a new outbox when either changes or the
 * host comes back into the document (it sends again what the store holds), the old one closed (it
 * tells nothing more). The host renders `pending` and hears the outbox through `callbacks`.
 *
 * The engine's code comes with `import()` as the thread opens. Until it is there, what the store holds
 * shows at once (as being sent), and a message written goes into the store, which the engine sends
 * when it starts: nothing waits for the engine, and nothing is lost if it never comes (offline, its
 * chunk not cached: the messages show as not sent, and the engine is asked again when a fetch of the
 * thread succeeds, which the poller tries on `online`, and on "Réessayer").
 */
export class OutboxController implements ReactiveController {
  private current: MessageOutbox<MessagesClient> | undefined;
  private opened: (OutboxTarget & { store: OutboxStore }) | undefined;
  /** The store's messages, shown while the engine is not there: `failed` once its code could not be fetched. */
  private waiting: OutboxMessage[] = [];
  /** The messages already said to be not sent while the engine's code could not be fetched. */
  private readonly told = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => OutboxTarget | undefined,
    private readonly callbacks: OutboxCallbacks,
  ) {
    host.addController(this);
  }

  /** The thread of the moment (its client, dossier and account), engine or not. */
  get thread(): OutboxTarget | undefined {
    return this.opened;
  }

  /** The messages not yet acknowledged, oldest first. */
  get pending(): OutboxMessage[] {
    return this.current?.pending ?? this.waiting;
  }

  /**
   * Sends a message (checked as not empty): through the engine or, until it is there, into the store,
   * shown as being sent, and sent by the engine when it starts.
   */
  send(body: string): void {
    if (this.current) this.current.send(body);
    else if (this.opened) {
      this.opened.store.add({ key: crypto.randomUUID(), body, createdAt: new Date().toISOString() });
      void this.start();
    }
  }

  /** "Réessayer" on one message. */
  retry(key: string): void {
    if (this.current) void this.current.retry(key);
    else void this.start(key);
  }

  /**
   * The platform answers again (a fetch of the thread succeeded, on the poller's schedule, when the page
   * shows again, on `online`): whatever could not be sent goes now, the engine's code too if it failed.
   */
  retryFailed(): void {
    if (this.current) this.current.retryFailed();
    else if (this.waiting.some((message) => message.state === 'failed')) void this.start();
  }

  hostConnected(): void {
    // Back in the page after a removal: the next update opens the outbox again.
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const target = this.host.isConnected ? this.target() : undefined;
    const open = this.opened;
    if (
      target?.client === open?.client &&
      target?.applicationId === open?.applicationId &&
      target?.accountId === open?.accountId
    )
      return;
    this.close();
    this.opened = target && { ...target, store: this.storeFor(target) };
    this.callbacks.opened(target);
    void this.start();
  }

  hostDisconnected(): void {
    this.close();
  }

  /**
   * Shows what the store holds, fetches the engine's code (once for the page) and starts the outbox of
   * the thread of the moment, which sends it. `retried`: the message whose "Réessayer" asked.
   */
  private async start(retried?: string): Promise<void> {
    const opened = this.opened;
    if (!opened || this.current) return;
    const show = (state: OutboxMessage['state']) =>
      (this.waiting = opened.store
        .load()
        .map((message) => ({ ...message, state, refusal: undefined, throttled: undefined, attempts: 0 })));
    show('sending');
    this.host.requestUpdate();
    try {
      const { MessageOutbox } = await engineChunk.get();
      // Another thread opened meanwhile, or another call started this one's engine: that one goes on.
      if (opened !== this.opened || this.current) return;
      const engine = (this.current = new MessageOutbox(opened));
      this.waiting = [];
      engine.addEventListener('change', () => this.host.requestUpdate());
      engine.addEventListener('sent', this.callbacks.sent);
      engine.addEventListener('failed', this.callbacks.failed);
      engine.start();
    } catch {
      if (opened !== this.opened || this.current) return;
      // Not sent, for want of a connection; sent by the engine once it comes (`online`, the thread fetched
      // again, "Réessayer"). Told as the engine tells it: once, and again after "Réessayer".
      for (const pending of show('failed'))
        if (pending.key === retried || !this.told.has(pending.key)) {
          this.told.add(pending.key);
          this.callbacks.failed({ pending, news: true });
        }
    }
    this.host.requestUpdate();
  }

  private storeFor({ client, applicationId, accountId }: OutboxTarget) {
    const key = pendingKey(client.baseUrl, applicationId, accountId);
    if (accountId) adoptPending(pendingKey(client.baseUrl, applicationId), key);
    return localOutboxStore(key);
  }

  private close() {
    this.current?.close();
    this.current = undefined;
    this.opened = undefined;
    this.waiting = [];
    this.told.clear();
  }
}
