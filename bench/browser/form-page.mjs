// Runs in Chromium (bundled by bench/form.bench.mjs): measures the autosave's durable local save, with
// an in-memory baseline from the same page. (The form's first render is the start-up bench's.)
import { Autosave, createClient, indexedDbJournal, memoryJournal } from '../../packages/core/dist/index.js';

const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const p95 = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];

async function editLatency(client, applicationId, journal, edits) {
  const engine = await Autosave.open({ client, applicationId, journal, debounceMs: 60_000, environment: {} });
  const times = [];
  for (let i = 0; i < edits; i++) {
    const start = performance.now();
    await engine.edit('motivations.text', `Texte ${i}`);
    times.push(performance.now() - start);
  }
  engine.close();
  return times;
}

window.qmiBench = async ({ url, token, applicationId, edits }) => {
  const client = createClient({ baseUrl: url, token });
  const durable = await editLatency(client, applicationId, indexedDbJournal('qmi-bench'), edits);
  const memory = await editLatency(client, applicationId, memoryJournal(), edits);

  return {
    durableMedian: median(durable),
    durableP95: p95(durable),
    durableMean: mean(durable),
    memoryMean: mean(memory),
  };
};
