// Where the server's CPU time goes, from a V8 CPU profile (node --cpu-prof) taken while it served only
// one kind of request: each sample is put in the first category whose rule matches its stack.
// Native work (SQLite, fsync) is counted in the JavaScript function that called it, so a statement's
// cost shows as the self time of the store function that ran it.

/**
 * Categories of an autosave PATCH, in the order they are tried. `self` matches the sample's own
 * function (its native work included); `within` matches any function on the stack.
 * Names cover this build and the one before issue 17, so that `QMI_BENCH_SANDBOX` prints the same table.
 */
export const PATCH_CATEGORIES = [
  { label: 'SQLite COMMIT and its fsync (group commit: one per batch)', self: /^flush$/ },
  { label: 'SQLite write, COMMIT and fsync, one per PATCH (before issue 17)', self: /^saveContent$/ },
  // Issue 17 wave 2 spliced the members into the stored text (json_set); now each member is its own row.
  { label: 'SQLite: write the changed members (one row each)', within: /^(saveKeys|runOne)$/ },
  {
    label: 'read the dossier (row, JSON.parse of what is needed)',
    within: /^(head|contentKeys|content|editableHead|loadApplication|canAccess|toApplication)$/,
  },
  { label: 'validate (zod)', within: /^(validate|safeParseIn)$/ },
  { label: 'apply the change (merge patch / JSON Patch)', within: /^(applyChange|applyMergePatch|applyPatch)$/ },
  { label: 'serialise the answer (the whole dossier)', within: /^(json|withEtag)$/ },
  { label: 'authenticate (session) and idempotency layer', within: /^(authenticate|accountFor|idempotency)$/ },
  { label: 'read the request body (JSON, clean strings)', within: /^(readJson|cleanStrings|jsonShapeError)$/ },
  { label: 'garbage collection', self: /^\(garbage collector\)$/ },
];
const HTTP = 'HTTP: Node sockets and parser, Hono, Request/Response objects';

/**
 * Sums the profile's samples taken between `fromUs` and `toUs` (V8 timestamps, microseconds of the
 * monotonic clock both processes share) by category. Answers rows { label, ms } sorted by time,
 * the busy total and the idle time (the server waiting: for the fsync, the socket or the load).
 */
export function categorise(profile, { fromUs = -Infinity, toUs = Infinity } = {}, categories = PATCH_CATEGORIES) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const labelOf = new Map(); // node id -> label, memoised: a stack is shared by many samples
  const classify = (id) => {
    if (labelOf.has(id)) return labelOf.get(id);
    const stack = [];
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) stack.push(byId.get(cur).callFrame);
    const names = stack.map((frame) => frame.functionName);
    const rule = categories.find((c) => (c.self ? c.self.test(names[0]) : names.some((name) => c.within.test(name))));
    const label = rule
      ? rule.label
      : names[0] === '(idle)'
        ? 'idle'
        : stack.some((frame) => /node:|hono|undici/.test(frame.url))
          ? HTTP
          : 'other';
    labelOf.set(id, label);
    return label;
  };
  const totals = new Map();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (at < fromUs || at > toUs) continue;
    const label = classify(profile.samples[i]);
    totals.set(label, (totals.get(label) ?? 0) + delta);
  }
  const idleMs = (totals.get('idle') ?? 0) / 1000;
  totals.delete('idle');
  const rows = [...totals].map(([label, us]) => ({ label, ms: us / 1000 })).sort((a, b) => b.ms - a.ms);
  return { rows, busyMs: rows.reduce((sum, row) => sum + row.ms, 0), idleMs };
}
