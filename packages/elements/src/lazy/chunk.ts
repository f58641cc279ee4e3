/**
 * A module loaded with `import()` once for the whole page, whoever asks first: the session's steps, the
 * rules. A file of its own, with no chunk in it: an element that imports the class loads none of the
 * others' chunks (a module-level `new Chunk(() => import(…))` is kept by bundlers wherever its file is).
 */
export class Chunk<T> {
  /** The module, once loaded: a step already visited is entered at once. */
  value: T | undefined;
  private pending: Promise<T> | undefined;

  constructor(private readonly load: () => Promise<T>) {}

  /** One request however many callers; a failed one (offline) is asked again by the next call. */
  get(): Promise<T> {
    if (this.value) return Promise.resolve(this.value);
    this.pending ??= this.load().then(
      (module) => (this.value = module),
      (error: unknown) => {
        this.pending = undefined;
        throw error;
      },
    );
    return this.pending;
  }
}
