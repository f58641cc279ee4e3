import { MessageOutbox, type OutboxFailedEvent, type OutboxMessage, type OutboxSentEvent } from '@qmi/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptPending, localOutboxStore, pendingKey } from './messages.storage.js';
import type { MessagesClient } from './messages.client.js';

export interface OutboxTarget {
  client: MessagesClient;
  applicationId: string;
  /** The signed-in account, when known: its messages are kept apart from other accounts' (`pendingKey`). */
  accountId?: string | undefined;
}

export interface OutboxCallbacks {
  /** The dossier (or client) changed: `engine` is the new outbox (undefined without a client or a dossier). */
  opened: (engine: MessageOutbox<MessagesClient> | undefined) => void;
  sent: (event: OutboxSentEvent) => void;
  failed: (event: OutboxFailedEvent) => void;
}

/**
 * Keeps the host's `MessageOutbox` (the engine of @qmi/core) bound to its client and dossier of the
 * moment, with its messages in this browser's `localStorage`: a new outbox when either changes or the
 * host comes back into the document (it sends again what the store holds), the old one closed (it
 * tells nothing more). The host renders `pending` and hears the outbox through `callbacks`.
 */
export class OutboxController implements ReactiveController {
  private current: MessageOutbox<MessagesClient> | undefined;
  private accountId: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => OutboxTarget | undefined,
    private readonly callbacks: OutboxCallbacks,
  ) {
    host.addController(this);
  }

  get engine(): MessageOutbox<MessagesClient> | undefined {
    return this.current;
  }

  /** The messages not yet acknowledged, oldest first. */
  get pending(): OutboxMessage[] {
    return this.current?.pending ?? [];
  }

  hostConnected(): void {
    // Back in the page after a removal: the next update opens the outbox again.
    this.host.requestUpdate();
  }

  hostUpdate(): void {
    const target = this.host.isConnected ? this.target() : undefined;
    if (
      target?.client === this.current?.client &&
      target?.applicationId === this.current?.applicationId &&
      target?.accountId === this.accountId
    )
      return;
    this.close();
    this.accountId = target?.accountId;
    const engine = target && new MessageOutbox({ ...target, store: this.storeFor(target) });
    this.current = engine;
    if (engine) {
      engine.addEventListener('change', () => this.host.requestUpdate());
      engine.addEventListener('sent', this.callbacks.sent);
      engine.addEventListener('failed', this.callbacks.failed);
    }
    this.callbacks.opened(engine);
    engine?.start();
  }

  private storeFor({ client, applicationId, accountId }: OutboxTarget) {
    const key = pendingKey(client.baseUrl, applicationId, accountId);
    if (accountId) adoptPending(pendingKey(client.baseUrl, applicationId), key);
    return localOutboxStore(key);
  }

  hostDisconnected(): void {
    this.close();
  }

  private close() {
    this.current?.close();
    this.current = undefined;
  }
}
