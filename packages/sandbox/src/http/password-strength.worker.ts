// The password-strength estimator, in its own thread: one zxcvbn check of a crafted password costs a few
// hundred milliseconds of pure computation, which on the server's event loop would hold every other
// request (autosaves, downloads) for as long. See password-strength.ts for the main thread's side.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as fr from '@zxcvbn-ts/language-fr';
import { parentPort } from 'node:worker_threads';
import type { StrengthAnswer, StrengthRequest } from './password-strength.js';

/** How much of a password the estimator reads. */
const ESTIMATED_LENGTH = 64;

// Without `translations`, feedback comes back as keys ("topTen"), worded by password-policy.ts in the reader's language.
const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...fr.dictionary },
  graphs: common.adjacencyGraphs,
  // The estimate's cost grows much faster than the length (a crafted 128-character repeat took about
  // 1 s here): the first 64 characters are judged, which is conservative (a long password is rarely
  // weak only past them) and bounds a check to a few hundred milliseconds.
  maxLength: ESTIMATED_LENGTH,
});

const port = parentPort;
if (!port) throw new Error('password-strength.worker must run as a worker thread');

port.on('message', ({ password, userInputs }: StrengthRequest) => {
  let answer: StrengthAnswer;
  try {
    const { score, feedback } = zxcvbn.check(password, userInputs);
    answer = { score, feedback: { warning: feedback.warning, suggestions: feedback.suggestions } };
  } catch (error) {
    answer = { error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
// The dictionaries are loaded: checks may come (their time limit starts from here).
port.postMessage({ ready: true } satisfies StrengthAnswer);
