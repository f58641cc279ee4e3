import { Worker } from 'node:worker_threads';
import { ProblemError } from './problem.js';

/** zxcvbn's verdict on a password: a score from 0 to 4 and feedback keys (worded by password-policy.ts). */
export interface Strength {
  score: number;
  feedback: { warning: string | null; suggestions: string[] };
}
/** What crosses to the worker, and what comes back. */
export interface StrengthRequest {
  password: string;
  userInputs: string[];
}
export type StrengthAnswer = Strength | { error: string } | { ready: true };

/**
 * A check costs up to about 300 ms of a core (a crafted 64-character password); past this, the worker
 * is stuck: it is ended (the only way to stop synchronous code) and restarted. The limit is wall time,
 * so it leaves room for a loaded machine: at 2 s, a busy CI machine (load 4 on 2 cores) turned a
 * crafted password's "too weak" into "retry shortly", which a town hall's agent would see as well.
 */
export const CHECK_TIME_LIMIT_MS = 10_000;
/** Sign-ups that may wait for the estimator (a few seconds of work); beyond, 429 rather than an endless queue. */
export const CHECK_QUEUE = 16;
const RETRY_AFTER_S = 2;

/**
 * The estimator runs in ONE worker thread, created at the first check (it loads about 3 MB of word
 * lists), one check at a time: a second core is enough to keep the event loop free without letting
 * sign-ups take every core. Built, the worker is dist/password-strength.worker.js beside the bundle
 * (its own tsup entry); from the sources (tests, under tsx) it is the .ts beside this file.
 */
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./password-strength.worker.${FROM_SOURCES ? 'ts' : 'js'}`, import.meta.url);

function spawn(): Worker {
  if (!FROM_SOURCES) return new Worker(WORKER_URL);
  // Node 20 does not apply the parent's `--import tsx` hooks to a worker's .ts entry, although the
  // worker inherits the flag (tsx issue 354): the worker loads it through tsx's own API instead.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const load = `import(${tsx}).then((tsx) => tsx.tsImport(${JSON.stringify(WORKER_URL.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(load, { eval: true });
}

interface Job extends StrengthRequest {
  resolve: (strength: Strength) => void;
  reject: (error: unknown) => void;
}

let worker: Worker | undefined;
let ready = false;
let current: { job: Job; timer: NodeJS.Timeout } | undefined;
const waiting: Job[] = [];

/** Told to a sign-up when the estimator cannot judge its password now: retry shortly, nothing was created. */
const busy = () =>
  new ProblemError('rate_limited', {
    headers: { 'retry-after': String(RETRY_AFTER_S) },
    extra: { retryAfter: RETRY_AFTER_S },
  });

function stop(w: Worker): void {
  if (worker !== w) return;
  worker = undefined;
  ready = false;
  void w.terminate();
}

/** Ends the job in flight (if any), then starts the next one. */
function settle(end: (job: Job) => void): void {
  if (current) {
    clearTimeout(current.timer);
    end(current.job);
    current = undefined;
  }
  next();
}

function start(): Worker {
  const w = spawn();
  w.on('message', (answer: StrengthAnswer) => {
    if (w !== worker) return;
    if ('ready' in answer) {
      ready = true;
      next();
    } else if ('error' in answer) settle((job) => job.reject(new Error(`password estimator: ${answer.error}`)));
    else settle((job) => job.resolve(answer));
  });
  // It died (an error while loading, out of memory): the check in flight fails, or all of them when it
  // could not even start (a broken install would otherwise retry forever); the next check starts a new one.
  const died = (error: unknown) => {
    if (w !== worker) return;
    const wasReady = ready;
    stop(w);
    if (!wasReady) for (const job of waiting.splice(0)) job.reject(error);
    settle((job) => job.reject(error));
  };
  w.on('error', died);
  w.on('exit', (code) => died(new Error(`password estimator exited with code ${code}`)));
  // Never what keeps the process alive (the HTTP server is); after the listeners, which would ref it again.
  w.unref();
  return w;
}

function next(): void {
  if (current) return;
  const job = waiting.shift();
  if (!job) return;
  worker ??= start();
  if (!ready) {
    waiting.unshift(job);
    return;
  }
  const w = worker;
  const timer = setTimeout(() => {
    // Refused as "retry shortly", not as weak: the same password must not be judged differently by load.
    stop(w);
    settle((stuck) => stuck.reject(busy()));
  }, CHECK_TIME_LIMIT_MS);
  timer.unref();
  current = { job, timer };
  w.postMessage({ password: job.password, userInputs: job.userInputs } satisfies StrengthRequest);
}

/** zxcvbn's estimate of `password`, computed off the event loop; `userInputs` are words to avoid. */
export function estimateStrength(password: string, userInputs: string[]): Promise<Strength> {
  if (waiting.length >= CHECK_QUEUE) return Promise.reject(busy());
  return new Promise<Strength>((resolve, reject) => {
    waiting.push({ password, userInputs, resolve, reject });
    next();
  });
}
