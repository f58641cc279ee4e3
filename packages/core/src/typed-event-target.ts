/** A listener of one event type of a `TypedEventTarget`, as a function or an object. */
export type TypedListener<E extends Event> = ((event: E) => void) | { handleEvent(event: E): void };

/**
 * An `EventTarget` whose `addEventListener` and `removeEventListener` know the event each type
 * carries (`M`, as `HTMLElementEventMap` does for elements), so that a listener reads
 * `event.detail` without a cast. Any other type is still accepted, untyped, as by `EventTarget`.
 */
export class TypedEventTarget<M extends { [K in keyof M]: Event }> extends EventTarget {
  /** Listens to an event of this target: typed by its type's event class (`event.detail` without a cast). */
  override addEventListener<K extends keyof M & string>(
    type: K,
    listener: TypedListener<M[K]> | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  /** Listens to an event of another type, untyped, as `EventTarget` does. */
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void;
  override addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ): void {
    super.addEventListener(type, listener, options);
  }

  /** Stops listening (the same type, listener and capture as given to `addEventListener`). */
  override removeEventListener<K extends keyof M & string>(
    type: K,
    listener: TypedListener<M[K]> | null,
    options?: boolean | EventListenerOptions,
  ): void;
  /** Stops listening (the same type, listener and capture as given to `addEventListener`). */
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void;
  override removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ): void {
    super.removeEventListener(type, listener, options);
  }
}
