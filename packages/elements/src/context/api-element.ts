import type { ClientBase, ResourceFactories } from '@qmi/core';
import type { PropertyDeclarations } from 'lit';
import { QmiElement } from '../i18n/qmi-element.js';
import type { ClientSource } from './client-source.js';

/**
 * The base of every element that talks to the platform: the embedding contract's client half,
 * declared once. The client comes from `client`, a surrounding `<qmi-session>`, or `api-base`
 * (+ `token`), in that order (see `ClientSource`); it follows the language as every qmi element does.
 * Each element builds its `clientSource` naming the resources it uses, so it loads only their schemas.
 */
export abstract class QmiApiElement extends QmiElement {
  // Lit's reactive properties, declared here rather than with its decorators (as the session's): an element
  // that declares its own without them (the timeline) then has neither the decorators nor esbuild's helper
  // that applies them in its first load. Lit adds these to each subclass's, decorated or not.
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    token: { attribute: false },
    client: { attribute: false },
  };

  /** The platform's URL (when not inside `<qmi-session>`). */
  apiBase = '';
  /** A bearer token (when not inside `<qmi-session>`). */
  token: string | undefined;
  /**
   * A client to use instead of `api-base` and `token`: `createClient(…)`, or any client of `@qmi/core`
   * (the element adds the resources it needs to one made by `createClientBase`).
   */
  client: ClientBase | undefined;

  protected abstract readonly clientSource: ClientSource<ResourceFactories>;
}
