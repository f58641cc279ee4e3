import type { Conflict } from '@qmi/core';
import { html } from 'lit';
import { fieldId } from './fields.js';
import { labelOf } from './reveal.js';
import type { FormView } from './view.js';

/**
 * The chooser of one conflict, right after its field (or at the top when the field is on another
 * page): focusable itself (a new conflict on the field being typed in takes the focus there), its
 * buttons named with the field. Deciding gives the focus back to the field, or to the next conflict.
 */
export function renderConflict(view: FormView, conflict: Conflict, level: number) {
  const { t, engine } = view;
  const label = labelOf(view.definition, conflict.path, view.lang);
  const id = `${fieldId(conflict.path)}-conflict`;
  const show = (value: unknown) =>
    value === null || value === undefined || value === ''
      ? t.conflict.empty
      : typeof value === 'string'
        ? value
        : JSON.stringify(value, null, 1);
  const decide = (keep: 'mine' | 'theirs') => {
    const next = engine.state.conflicts.find((other) => other.path !== conflict.path);
    const targets = [`#${fieldId(conflict.path)}`, next && `#${fieldId(next.path)}-conflict`, '#status'];
    void view.moveFocus(targets, undefined, engine.resolveConflict(conflict.path, keep));
  };
  return html`<div class="conflicts" id=${id} role="group" aria-labelledby="${id}-title" tabindex="-1" part="conflict">
      ${view.heading(level, t.named(t.conflict.title, label), `${id}-title`)}
      <p>${t.conflict.intro}</p>
      <div class="versions">
        <figure><figcaption>${t.conflict.mine}</figcaption><div class="version">${show(conflict.mine)}</div></figure>
        <figure><figcaption>${t.conflict.theirs}</figcaption><div class="version">${show(conflict.theirs)}</div></figure>
      </div>
      <button type="button" part="button primary" aria-label=${t.named(t.conflict.keepMine, label)} @click=${() => decide('mine')}>${t.conflict.keepMine}</button>
      <button type="button" part="button secondary" aria-label=${t.named(t.conflict.keepTheirs, label)} @click=${() => decide('theirs')}>${t.conflict.keepTheirs}</button>
    </div>`;
}
