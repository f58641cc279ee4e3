import { createComponent, type ReactWebComponent } from '@lit/react';
import * as React from 'react';

type EventNames = Record<string, string>;

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
 * props are set by React in the browser, at hydration.
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
    for (const [key, value] of Object.entries(props)) {
      if (eventProps.has(key)) continue;
      const attribute = attributes[key];
      if (attribute !== undefined) {
        if (typeof value === 'string' || typeof value === 'number') html[attribute] = String(value);
        else if (value === true) html[attribute] = '';
        continue;
      }
      // A property without an attribute (an object, a client) exists only in the browser.
      if (key !== 'children' && key !== 'className' && key !== 'style' && key in elementClass.prototype) continue;
      html[key] = value;
    }
    return React.createElement(tagName, html);
  });
  server.displayName = displayName;
  return server as unknown as ReactWebComponent<I, E>;
}
