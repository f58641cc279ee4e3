import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A tab that paints no frame (hidden) does not wait longer than that. */
const FALLBACK_MS = 100;

/**
 * Which dossier the form has shown on screen: its id once the frame that first showed it is painted.
 *
 * What the form asks for besides the dossier (the people panel's lists, the organisers' feedback) waits
 * for it: none of it is in the form's first frame (each part shows its place, busy, until its answer),
 * but asked in the task that renders the dossier, their requests (and, on a fast network, their answers
 * and the updates these make) were work done before that frame, which a person waited for. Asked one
 * frame later, they arrive at most a frame later.
 */
export class PaintedDossier implements ReactiveController {
  private painted: string | undefined;
  private waiting: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The dossier the form shows now, if any. */
    private readonly shown: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** The dossier shown, once it has been painted; undefined before. */
  get id(): string | undefined {
    const id = this.shown();
    return id !== undefined && id === this.painted ? id : undefined;
  }

  hostUpdated(): void {
    const id = this.shown();
    if (id === undefined || id === this.painted || id === this.waiting) return;
    this.waiting = id;
    let done = false;
    const painted = () => {
      if (done) return;
      done = true;
      clearTimeout(fallback);
      if (this.waiting !== id) return;
      this.waiting = undefined;
      this.painted = id;
      this.host.requestUpdate();
    };
    // The frame's callback runs before its style, layout and paint: the task queued from it runs after them.
    requestAnimationFrame(() => setTimeout(painted));
    const fallback = setTimeout(painted, FALLBACK_MS);
  }
}
