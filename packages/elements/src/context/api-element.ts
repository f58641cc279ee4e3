import type { ClientBase, ResourceFactories } from '@qmi/core';
import { property } from 'lit/decorators/property.js';
import { QmiElement } from '../i18n/qmi-element.js';
import type { ClientSource } from './client-source.js';

/**
 * The base of every element that talks to the platform: the embedding contract's client half,
 * declared once. The client comes from `client`, a surrounding `<qmi-session>`, or `api-base`
 * (+ `token`), in that order (see `ClientSource`); it follows the language as every qmi element does.
 * Each element builds its `clientSource` naming the resources it uses, so it loads only their schemas.
 */
export abstract class QmiApiElement extends QmiElement {
  /** The platform's URL (when not inside `<qmi-session>`). */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** A bearer token (when not inside `<qmi-session>`). */
  @property({ attribute: false }) token: string | undefined;
  /**
   * A client to use instead of `api-base` and `token`: `createClient(…)`, or any client of @qmi/core
   * (the element adds the resources it needs to one made by `createClientBase`).
   */
  @property({ attribute: false }) client: ClientBase | undefined;

  protected abstract readonly clientSource: ClientSource<ResourceFactories>;
}
