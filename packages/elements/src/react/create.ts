import { createComponent, type ReactWebComponent } from '@lit/react';
import * as React from 'react';

type EventNames = Record<string, string>;

/**
 * The declarative shadow root of an element rendered on a server (`<template shadowrootmode="open">…`),
 * or undefined for a tag that is not rendered there. Set by the wrappers' server entry
 * (`react/server.ts`, the `node` condition of `@qmi/elements/react`), never in a browser.
 */
export type ShadowRenderer = (
  tagName: string,
  attributes: Record<string, string>,
  properties: Record<string, unknown>,
) => string | undefined;
let renderShadow: ShadowRenderer | undefined;

/** Renders the elements' shadow roots in the wrappers' server HTML (see `ShadowRenderer`). */
export function setShadowRenderer(renderer: ShadowRenderer | undefined): void {
  renderShadow = renderer;
}

/** What the generated `index.ts` knows of an element, from custom-elements.json. */
export interface WrapperDefinition<I extends HTMLElement, E extends EventNames> {
  tagName: string;
  elementClass: new () => I;
  displayName: string;
  /** React prop -> event name, e.g. `onQmiSave: 'qmi-save'`. */
  events: E;
  /** Property -> attribute, for the properties that have one (`apiBase: 'api-base'`). */
  attributes: Record<string, string>;
}

/**
 * A React component for one of our elements, with `@lit/react`: props that are element properties
 * are set as properties (objects such as `client` or `definition` included), event props listen to
 * the element's events.
 *
 * Safe to import where there is no DOM (server rendering): the tag is registered only where
 * `customElements` exists, and on a server, where `@lit/react` renders the bare tag, the props that
 * have an attribute are written as that attribute (`apiBase` as `api-base="…"`), so the HTML sent
 * already says what the element shows once it upgrades. Properties without an attribute and event
 * props are set by React in the browser, at hydration. Imported through its server entry (the `node`
 * condition), the timeline, the checklist and the form also come with their content, as declarative
 * shadow DOM (`@qmi/elements/ssr`): the page reads before any JavaScript runs.
 */
export function wrap<I extends HTMLElement, E extends EventNames>(
  definition: WrapperDefinition<I, E>,
): ReactWebComponent<I, E> {
  const { tagName, elementClass, displayName, events, attributes } = definition;
  if (typeof customElements !== 'undefined' && !customElements.get(tagName))
    customElements.define(tagName, elementClass);
  // Explicit type arguments: inferred ones made tsc compare two huge React types (about 20 s of the check).
  if (typeof document !== 'undefined')
    return createComponent<I, E>({ react: React, tagName, elementClass, events, displayName });

  const eventProps = new Set(Object.keys(events));
  const server = React.forwardRef<I, Record<string, unknown>>((props, _ref) => {
    const html: Record<string, unknown> = {};
    const properties: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(props)) {
      if (eventProps.has(key)) continue;
      const attribute = attributes[key];
      if (attribute !== undefined) {
        if (typeof value === 'string' || typeof value === 'number') html[attribute] = String(value);
        else if (value === true) html[attribute] = '';
        continue;
      }
      // A property without an attribute (an object, a client) is set in the browser; the server renders
      // with the data ones (the call's definition) and carries them to the browser in the shadow root.
      if (key !== 'children' && key !== 'className' && key !== 'style' && key in elementClass.prototype) {
        if (key !== 'client' && (value === null || typeof value !== 'function')) properties[key] = value;
        continue;
      }
      html[key] = value;
    }
    const shadow =
      props['children'] === undefined ? renderShadow?.(tagName, attributesOf(html), properties) : undefined;
    // The shadow root is parsed into the element's shadow, not its children: React hydrates an empty tag.
    if (shadow !== undefined) html['dangerouslySetInnerHTML'] = { __html: shadow };
    return React.createElement(tagName, html);
  });
  server.displayName = displayName;
  return server as unknown as ReactWebComponent<I, E>;
}

/** The HTML attributes React writes for these props (`className` as `class`). */
function attributesOf(props: Record<string, unknown>): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(props)) {
    if (typeof value !== 'string') continue;
    attributes[key === 'className' ? 'class' : key] = value;
  }
  return attributes;
}
