import { LitElement, type PropertyValues } from 'lit';
import { contrastGuardBefore } from '../styles/contrast-guard.js';
import { LangController } from './lang-controller.js';
import { langOf } from './lang.js';
import { loadTranslations, translationsReady } from './translate.js';

/**
 * The base of every qmi element: it speaks the language of the nearest `lang` (see `langOf`) and
 * follows it live, whether `<html>`, an ancestor or the element itself changes it. A component
 * reads `langOf(this)` (or `translate`) in its render and needs nothing more.
 */
export abstract class QmiElement extends LitElement {
  protected readonly language = new LangController(this);

  /**
   * Waits for the strings of the element's language before rendering (English is loaded on first
   * use, see `lazyTranslations`): no French flash on an English page, and `updateComplete` resolves
   * once the element shows its language. French, or strings already here, render at once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const lang = langOf(this);
    // Under the high-contrast theme, the first render waits for the contrast guard as well (styles/contrast-guard.ts).
    const guard = this.hasUpdated ? undefined : contrastGuardBefore(this);
    if (guard) return Promise.all([guard, loadTranslations(lang)]).then(() => super.scheduleUpdate());
    if (translationsReady(lang)) return super.scheduleUpdate();
    return loadTranslations(lang).then(() => super.scheduleUpdate());
  }

  /**
   * A render may have needed strings that were not here (a platform error shown in another language
   * than the element's, see problem-text.ts): render again once they are, not if they could not load.
   */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const lang = langOf(this);
    if (!translationsReady(lang))
      void loadTranslations(lang).then(() => translationsReady(lang) && this.requestUpdate());
  }
}
