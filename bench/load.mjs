// Closed-loop load: each worker sends its next request as soon as the previous one has answered,
// which is how an editor's autosave behaves (it never has two saves of one dossier in flight).
// `pauseMs` adds a person's think time between one answer and the next request (not counted in
// the latency), so that a few honest clients do not saturate the server on their own.

/**
 * Runs `request(worker)` in a loop on every worker until `durationMs` has passed or `maxRequests`
 * have been sent in all, whichever comes first. Requests in flight at the deadline are allowed to
 * finish and are counted, so the elapsed time covers every latency recorded.
 * Returns the raw run; `summarise` turns one or more runs into rates and percentiles.
 */
export async function measure({ workers, request, durationMs, maxRequests, pauseMs = 0 }) {
  const latencies = new Float64Array(maxRequests);
  let sent = 0;
  let done = 0;
  let failure;
  const start = performance.now();
  const deadline = start + durationMs;
  await Promise.all(
    workers.map(async (worker) => {
      while (!failure && sent < maxRequests && performance.now() < deadline) {
        sent++;
        const t0 = performance.now();
        try {
          await request(worker);
        } catch (error) {
          // Stop every worker: numbers from a run with failed requests would be misleading.
          failure ??= error;
          return;
        }
        latencies[done++] = performance.now() - t0;
        if (pauseMs > 0) await new Promise((resolve) => setTimeout(resolve, pauseMs));
      }
    }),
  );
  const elapsedMs = performance.now() - start;
  if (failure) throw failure;
  return { latencies: latencies.subarray(0, done), elapsedMs };
}

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];

/** Pools runs of one scenario: the rate is all requests over all measured time. */
export function summarise(runs) {
  const count = runs.reduce((sum, run) => sum + run.latencies.length, 0);
  if (count === 0) throw new Error('no request completed in the measurement window');
  const sorted = new Float64Array(count);
  let offset = 0;
  for (const run of runs) {
    sorted.set(run.latencies, offset);
    offset += run.latencies.length;
  }
  sorted.sort();
  const elapsedMs = runs.reduce((sum, run) => sum + run.elapsedMs, 0);
  return {
    requests: count,
    elapsedMs,
    perSecond: (count / elapsedMs) * 1000,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted[count - 1],
  };
}
