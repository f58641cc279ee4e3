import { LitElement } from 'lit';
import { LangController } from './lang-controller.js';

/**
 * The base of every qmi element: it speaks the language of the nearest `lang` (see `langOf`) and
 * follows it live, whether `<html>`, an ancestor or the element itself changes it. A component
 * reads `langOf(this)` (or `translate`) in its render and needs nothing more.
 */
export abstract class QmiElement extends LitElement {
  protected readonly language = new LangController(this);
}
