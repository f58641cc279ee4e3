import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { CallDefinition, Lang } from '@qmi/core';
import { loadCallView } from '../checklist/checklist.component.js';
import '../checklist/checklist.js';
import { setPageTime } from '../context/page-time.js';
import { loadOutline } from '../form/application-form.component.js';
import '../form/application-form.js';
import { loadTranslations } from '../i18n/translate.js';
import '../timeline/timeline.js';
import { type ServerState, STATE_ATTRIBUTE } from './state.js';

/**
 * Server rendering of the elements a partner's public page shows (Node only: `@qmi/elements/ssr`):
 * `<qmi-timeline>` (the call's phases and the deadline's countdown), `<qmi-criteria-checklist>` without a
 * dossier (what the call asks for: eligibility, the dossier's parts, the five criteria) and
 * `<qmi-application-form>` (before sign-in: the call's title, its sections, the labels of their fields and
 * the documents asked for, from the `definition` given; without it, its first state), each as its tag with
 * a declarative shadow DOM (`<template shadowrootmode="open">`, lit's `@lit-labs/ssr`). The page reads
 * without JavaScript; with it, the elements hydrate: they keep the server's DOM and take the data it was
 * rendered with from it (the call's definition, the platform's time), so there is no second request for
 * them and nothing changes on the screen.
 */

/** The tags rendered on a server; any other renders as its bare tag, as before. */
export const SERVER_RENDERED = ['qmi-timeline', 'qmi-criteria-checklist', 'qmi-application-form'] as const;
/** One of the tags `renderElement` renders with its content (`SERVER_RENDERED`). */
export type ServerRenderedTag = (typeof SERVER_RENDERED)[number];

/** What to render an element with: its attributes and properties, its language and the platform's time. */
export interface RenderElementOptions {
  /** Attributes of the element (`call`, `api-base`, `heading-level`, `now`, …): `true` writes an empty one. */
  attributes?: Record<string, string | number | boolean | undefined | null>;
  /**
   * Properties without an attribute, such as the call's `definition` (which spares the browser its request):
   * the element renders with them, and they are serialised (JSON) into its shadow root for its hydration.
   */
  properties?: { definition?: CallDefinition } & Record<string, unknown>;
  /** The element's language (its own `lang` attribute): French by default. */
  lang?: Lang;
  /**
   * The platform's time now (an ISO instant or a Date): what the countdown and the call's state are counted
   * from, on the server and in the browser until the platform answers. The device's time when not given.
   */
  platformTime?: string | Date;
}

let prepared: Promise<void> | undefined;

/**
 * Loads what a synchronous render needs and the browser loads on demand: the English strings, what the
 * checklist shows of a call and the form's questions before sign-in (chunks of their own). `renderElement` waits for it; call it once before
 * `renderElementSync` (the React wrappers' server entry does so when imported).
 */
export function prepareServerRendering(): Promise<void> {
  // The parts first: their strings are declared as their modules are evaluated, then loaded with the others.
  prepared ??= Promise.all([loadCallView(), loadOutline()])
    .then(() => Promise.all([loadTranslations('fr'), loadTranslations('en')]))
    .then(() => undefined);
  return prepared;
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON that a `<script>` cannot end early (`</script>`, `<!--`). */
const scriptJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** A template strings array as lit's `html` tag receives it. */
const templateStrings = (strings: string[]) =>
  Object.assign(strings, { raw: [...strings] }) as unknown as TemplateStringsArray;

/**
 * The element's HTML with its declarative shadow DOM, e.g.
 * `renderElementSync('qmi-timeline', { attributes: { call: 'qmi-2' }, properties: { definition } })`.
 * Needs `prepareServerRendering()` to have resolved (for English, and for the checklist); see `renderElement`.
 */
export function renderElementSync(tag: ServerRenderedTag, options: RenderElementOptions = {}): string {
  if (!SERVER_RENDERED.includes(tag)) throw new TypeError(`@qmi/elements/ssr does not render <${tag}>`);
  const attributes: Record<string, string | number | boolean | undefined | null> = { ...options.attributes };
  if (options.lang) attributes['lang'] = options.lang;
  let open = `<${tag}`;
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new TypeError(`Not an attribute name: ${name}`);
    open += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  const properties = Object.entries(options.properties ?? {}).filter(([, value]) => value !== undefined);
  const strings = [open];
  for (const [name] of properties) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new TypeError(`Not a property name: ${name}`);
    strings[strings.length - 1] += ` .${name}=`;
    strings.push('');
  }
  strings[strings.length - 1] += `></${tag}>`;
  const platformTime = options.platformTime instanceof Date ? options.platformTime.toISOString() : options.platformTime;
  // The elements count from the platform's time (see `platformNow`); the device's again after the render.
  if (platformTime) setPageTime(platformTime);
  let html: string;
  try {
    const template = { ['_$litType$']: 1, strings: templateStrings(strings), values: properties.map(([, v]) => v) };
    html = collectResultSync(render(template as never));
  } finally {
    if (platformTime) setPageTime(undefined);
  }
  // The markers of the template around the tag: the page is not a lit template, nothing hydrates them.
  html = html.replace(/^<!--lit-part[^>]*-->(?:<!--lit-node \d+-->)?/, '').replace(/<!--\/lit-part-->$/, '');
  // The state for the hydration, first in the shadow root (see `ServerState`); lit's markers inside stay.
  const state: ServerState = { properties: Object.fromEntries(properties), ...(platformTime ? { platformTime } : {}) };
  const shadow = html.indexOf('<template shadowroot');
  const at = html.indexOf('>', shadow) + 1;
  if (shadow < 0 || at === 0) throw new Error(`<${tag}> rendered no shadow root`);
  return `${html.slice(0, at)}<script type="application/json" ${STATE_ATTRIBUTE}>${scriptJson(state)}</script>${html.slice(at)}`;
}

/** `renderElementSync` once what it needs is loaded. */
export async function renderElement(tag: ServerRenderedTag, options: RenderElementOptions = {}): Promise<string> {
  await prepareServerRendering();
  return renderElementSync(tag, options);
}

/**
 * Only the declarative shadow root (`<template shadowrootmode="open">…</template>`) of the element, for
 * a framework that writes the tag itself (the React wrappers put it in the tag with
 * `dangerouslySetInnerHTML`: the browser's parser turns it into the shadow root, so the tag has no light
 * children and the framework's hydration finds what it rendered).
 */
export function renderShadowSync(tag: ServerRenderedTag, options: RenderElementOptions = {}): string {
  const html = renderElementSync(tag, options);
  return html.slice(html.indexOf('<template shadowroot'), html.lastIndexOf(`</${tag}>`));
}
