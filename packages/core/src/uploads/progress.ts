/** What a person reads under a file: how far, how fast, how long still. */
export interface UploadProgress {
  bytesSent: number;
  /** Bytes the server has confirmed storing: an interrupted upload resumes from here. */
  bytesAccepted: number;
  bytesTotal: number;
  /** 0 to 100. */
  percent: number;
  /** Bytes per second over the last few seconds (0 until measured). */
  bytesPerSecond: number;
  /** Seconds left at that speed (undefined until measured). */
  secondsLeft: number | undefined;
}

/** How far back the speed looks: long enough to smooth bursts, short enough to follow a network change. */
const WINDOW_MS = 5000;

/** Turns raw "bytes sent" callbacks into progress with a smoothed speed and a time left. */
export function progressMeter(now: () => number = () => Date.now()) {
  let samples: Array<{ at: number; bytes: number }> = [];
  return (bytesSent: number, bytesTotal: number, bytesAccepted = 0): UploadProgress => {
    const at = now();
    // A resume or a retry can move backwards: the speed restarts from there.
    if (samples.length && bytesSent < samples.at(-1)!.bytes) samples = [];
    samples.push({ at, bytes: bytesSent });
    samples = samples.filter((sample) => at - sample.at <= WINDOW_MS);
    const first = samples[0]!;
    const elapsed = (at - first.at) / 1000;
    const bytesPerSecond = elapsed > 0.2 ? (bytesSent - first.bytes) / elapsed : 0;
    return {
      bytesSent,
      bytesAccepted,
      bytesTotal,
      percent: bytesTotal > 0 ? Math.min(100, Math.floor((bytesSent / bytesTotal) * 100)) : 0,
      bytesPerSecond,
      secondsLeft: bytesPerSecond > 0 ? Math.ceil((bytesTotal - bytesSent) / bytesPerSecond) : undefined,
    };
  };
}
