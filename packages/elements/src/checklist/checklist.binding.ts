import type { ClientBase } from '@qmi/core';
import type { EvaluableApplication, Report } from '@qmi/validators';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QmiChangeEvent } from '../form/events.js';

/** What the checklist needs from the `<qmi-application-form>` it is bound to (no import of the form itself). */
export interface BoundForm extends HTMLElement {
  readonly report?: Report | undefined;
  readonly currentApplication?: EvaluableApplication | undefined;
  focusField?(path: string): void;
  call?: string;
  now?: string;
  client?: ClientBase | undefined;
}

interface BindingHost extends ReactiveControllerHost, HTMLElement {
  /** The id of the form to follow (`for`); empty when not bound. */
  htmlFor: string;
}

/**
 * Follows the `<qmi-application-form>` named by the host's `for`: its dossier and report as the form
 * last told them, read from the form when the host joins the page (no flash of a loading state) and
 * then from its `qmi-change` events, heard on the host's document or shadow root.
 */
export class FormBinding implements ReactiveController {
  /** The bound form's dossier, as it last told. */
  dossier: EvaluableApplication | undefined;
  /** The bound form's own report, used while the call definition is not (yet) known here. */
  report: Report | undefined;
  private root: Node | undefined;

  constructor(private readonly host: BindingHost) {
    host.addController(this);
  }

  /** The form named by `for`, in the host's document or shadow root. */
  get form(): BoundForm | undefined {
    if (!this.host.htmlFor) return undefined;
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const found = typeof root.getElementById === 'function' ? root.getElementById(this.host.htmlFor) : null;
    return (found as BoundForm | null) ?? undefined;
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('qmi-change', this.onChange);
    this.root = undefined;
  }

  /** `for` changed: what the former form told is forgotten, and the new one is followed. */
  rebind(): void {
    this.dossier = undefined;
    this.report = undefined;
    if (this.host.isConnected) this.listen();
  }

  /** Follows `qmi-change` events in the host's document or shadow root, and reads the bound form's report now. */
  private listen(): void {
    const root = this.host.getRootNode();
    if (this.root !== root) {
      this.root?.removeEventListener('qmi-change', this.onChange);
      root.addEventListener('qmi-change', this.onChange);
      this.root = root;
    }
    const form = this.form;
    if (form) {
      this.dossier = form.currentApplication ?? this.dossier;
      this.report = form.report ?? this.report;
      this.host.requestUpdate();
    }
  }

  private readonly onChange = (event: Event): void => {
    const form = this.form;
    if (!form || !event.composedPath().includes(form)) return;
    const change = event as QmiChangeEvent;
    this.dossier = change.application;
    this.report = change.report;
    this.host.requestUpdate();
  };
}
