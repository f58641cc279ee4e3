// Runs in Chromium (bundled by bench/form.bench.mjs): measures the autosave's durable local save and
// the form's first render, each with a baseline from the same page.
import { Autosave, createClient, indexedDbJournal, memoryJournal } from '../../packages/core/dist/index.js';
import '../../packages/elements/dist/index.js';

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

window.qmiBench = async ({ url, token, applicationId, edits, renders }) => {
  const client = createClient({ baseUrl: url, token });
  const durable = await editLatency(client, applicationId, indexedDbJournal('qmi-bench'), edits);
  const memory = await editLatency(client, applicationId, memoryJournal(), edits);

  // First render: from adding the element to every section of the full dossier on screen.
  const render = [];
  const fetchOnly = [];
  for (let i = 0; i < renders; i++) {
    let start = performance.now();
    await client.calls.get('qmi-2');
    await client.applications.get(applicationId);
    fetchOnly.push(performance.now() - start);
    start = performance.now();
    const form = document.createElement('qmi-application-form');
    form.client = client;
    form.setAttribute('call', 'qmi-2');
    form.setAttribute('application', applicationId);
    form.setAttribute('now', '2023-12-01T09:00:00Z');
    document.body.append(form);
    while (!form.shadowRoot?.querySelector('#section-submit'))
      await new Promise((resolve) => requestAnimationFrame(resolve));
    render.push(performance.now() - start);
    form.remove();
  }
  return {
    durableMedian: median(durable),
    durableP95: p95(durable),
    durableMean: mean(durable),
    memoryMean: mean(memory),
    renderMedian: median(render),
    fetchMedian: median(fetchOnly),
  };
};
