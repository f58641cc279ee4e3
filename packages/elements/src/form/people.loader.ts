import type { Lang } from '@qmi/core';
import { nothing, type ReactiveElement } from 'lit';
import { LazyPart, renderPart } from './lazy-part.js';
import type { PeopleOptions, PeoplePanel } from './people.js';
import type { Heading } from './view.js';

/** Where the panel stands while its module loads: about its height with its first lines, so that nothing jumps. */
const PANEL_HEIGHT = '10rem';
const NOTICE_HEIGHT = '9rem';

/**
 * The people panel and the place notice, loaded (`people.part.ts`) by a form that shows them: a page of
 * a partner's site that shows only some sections, and a dossier holding its commune's place, never
 * download them. The panel (and its list's request) exists once its module is there.
 */
export class PeopleLoader {
  panel: PeoplePanel | undefined;
  private readonly part: LazyPart<typeof import('./people.part.js')>;

  constructor(host: ReactiveElement, options: PeopleOptions) {
    this.part = new LazyPart(
      host,
      () => import('./people.part.js'),
      (module) => (this.panel = new module.PeoplePanel(host, options)),
    );
  }

  /** Starts loading the panel's module; resolves once that settled (never rejects). */
  load(): Promise<void> {
    return this.part.load();
  }

  /** The "Personnes ayant accès" section, in its place. */
  render(heading: Heading, lang: Lang, readOnly: boolean, continueUrl: () => string | undefined) {
    return renderPart(
      this.part,
      (people) => this.panel && people.renderPeople(this.panel, heading, lang, readOnly, continueUrl),
      PANEL_HEIGHT,
    );
  }

  /** The notice of a dossier that does not hold the commune's place (nothing when it does). */
  placeNotice(heading: Heading, holdsPlace: boolean) {
    if (holdsPlace) return nothing;
    return renderPart(
      this.part,
      (people) => this.panel && people.renderPlaceNotice(this.panel, heading, false),
      NOTICE_HEIGHT,
    );
  }
}
