/**
 * Runs `task` once the page has painted what the current task renders: in the task after the next
 * animation frame. A tab that paints no frame (hidden) and a runtime without frames (Node) run it after
 * `fallbackMs` at most. Returns what runs it at once if it has not run yet (an engine closing).
 *
 * Why: work the page needs soon but not for what it shows (the dossier's copy for opening it offline)
 * otherwise runs in the task that renders, and the person sees the page that much later.
 */
export function afterNextPaint(task: () => void, fallbackMs = 100): () => void {
  let pending = true;
  const run = () => {
    if (!pending) return;
    pending = false;
    clearTimeout(fallback);
    task();
  };
  const frame = (globalThis as { requestAnimationFrame?: (callback: () => void) => number }).requestAnimationFrame;
  // The frame's callback runs before its style, layout and paint: the task queued from it runs after them.
  frame?.(() => setTimeout(run, 0));
  const fallback = setTimeout(run, frame ? fallbackMs : 0);
  return run;
}
