// Runs in Chromium (bundled by bench/browser/startup.bench.mjs): the form's first render on the full
// dossier (30 partners), with where its time goes, and the time to fetch its data alone as the baseline
// from the same page.
import { createClient } from '@qmi/core';
import '@qmi/elements/form';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

// Each of the form's updates (its templates rendered and committed to the DOM), timed.
const updates = [];
const Form = customElements.get('qmi-application-form');
const update = Form.prototype.update;
Form.prototype.update = function timedUpdate(changed) {
  const start = performance.now();
  update.call(this, changed);
  updates.push({
    start,
    ms: performance.now() - start,
    shows: Boolean(this.shadowRoot?.querySelector('#section-submit')),
  });
};

/** The page's DOM of one form: elements, and Lit's markers (a comment per place a template fills). */
function census(root) {
  const walker = document.createTreeWalker(root, window.NodeFilter.SHOW_COMMENT);
  let comments = 0;
  while (walker.nextNode()) comments++;
  return { elements: root.querySelectorAll('*').length, comments };
}

window.qmiFormRender = async ({ url, token, applicationId, renders }) => {
  const client = createClient({ baseUrl: url, token });
  const runs = [];
  const fetchOnly = [];
  let dom;
  for (let i = 0; i < renders; i++) {
    let start = performance.now();
    await client.calls.get('qmi-2');
    await client.applications.get(applicationId);
    fetchOnly.push(performance.now() - start);

    // From adding the element to the frame that shows the full dossier (data fetched included): its first
    // screen built and every section there, by its title at least (the sections further down and the long
    // lists' items are built in the frames after: `complete` below); then to the end of that frame's
    // style, layout and paint.
    performance.clearResourceTimings();
    start = performance.now();
    const form = document.createElement('qmi-application-form');
    form.client = client;
    form.setAttribute('call', 'qmi-2');
    form.setAttribute('application', applicationId);
    form.setAttribute('now', '2023-12-01T09:00:00Z');
    document.body.append(form);
    const frames = []; // each frame's start (the time its callbacks are given), until the one that shows the dossier
    while (!form.shadowRoot?.querySelector('#section-submit')) frames.push((await frame()) - start);
    const render = performance.now() - start;
    // The updates until that frame (not the later ones: the people panel's list arriving, say).
    const mine = updates.filter((u) => u.start >= start);
    // A task queued from the frame's callback runs once that frame's rendering steps are done.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const painted = performance.now() - start;
    const shownDom = census(form.shadowRoot);
    // Sections past the first screen and long lists' items are built in the frames after (elements/src/form/deferred.ts):
    // `updateComplete` resolves once they all are, the time a person scrolling down could meet one still busy.
    await form.updateComplete;
    const complete = performance.now() - start;
    // The call's and the dossier's answers only: the people panel's lists, asked once the dossier is open,
    // may well arrive after the first frame.
    const dataUrls = [`${url}/v1/calls/qmi-2`, `${url}/v1/applications/${applicationId}`];
    const data = Math.max(
      0,
      ...performance
        .getEntriesByType('resource')
        .filter((e) => dataUrls.includes(e.name.split('?')[0]))
        .map((e) => e.responseEnd - start),
    );
    // The update that showed the dossier: the first one after which it was there (a later one before that
    // frame, such as a part's answer, is not what the data waited for).
    const shown = mine.find((u) => u.shows) ?? mine.at(-1) ?? { start, ms: 0 };
    runs.push({
      render,
      painted,
      complete,
      data,
      update: mine.reduce((sum, u) => sum + u.ms, 0),
      engine: Math.max(0, shown.start - start - data),
      frame: Math.max(0, render - (shown.start - start + shown.ms)),
      // When each update until that frame started and how long it took, from adding the element.
      updates: mine.map((u) => `${(u.start - start).toFixed(1)}+${u.ms.toFixed(1)}${u.shows ? '*' : ''}`).join(' '),
      frames: frames.map((at) => at.toFixed(1)).join(' '),
    });
    dom ??= { ...shownDom, complete: census(form.shadowRoot) };
    form.remove();
    await frame();
  }
  const pick = (key) => median(runs.map((run) => run[key]));
  return {
    renderMedian: pick('render'),
    paintedMedian: pick('painted'),
    completeMedian: pick('complete'),
    dataMedian: pick('data'),
    updateMedian: pick('update'),
    engineMedian: pick('engine'),
    frameMedian: pick('frame'),
    fetchMedian: median(fetchOnly),
    renders: runs.map((run) => Math.round(run.render * 10) / 10),
    // Each render's stages, to see which moves when the medians do.
    runs: runs.map(({ render, data, engine, update, frame, updates: list, frames }) => ({
      render: Math.round(render * 10) / 10,
      data: Math.round(data * 10) / 10,
      engine: Math.round(engine * 10) / 10,
      update: Math.round(update * 10) / 10,
      frame: Math.round(frame * 10) / 10,
      updates: list,
      frames,
    })),
    dom,
  };
};
