import { ContextConsumer } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { ApiError, createClient, QMI_2, type QmiClient } from '@qmi/core';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, render, type TemplateResult } from 'lit';
import { sessionContext } from '../src/context/session-context.js';
import { langOf } from '../src/index.js';
import { tokenKey } from '../src/session/session.storage.js';
import '../src/assessment/assessment.js';
import '../src/dossier-view/dossier-view.js';
import '../src/notifications/notifications.js';
import '../src/review-board/review-board.js';
import { organiserClient, submittedDossier } from './support/committee.js';
import { newDossier, SANDBOX_NOW } from './support/form-helpers.js';
import { PASSWORD, sandboxUrl, signUpVerified, uniqueEmail, waitFor } from './support/world.js';

describe('langOf', () => {
  it('is French when the page says nothing', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture(html`<span></span>`);
    expect(langOf(el)).to.equal('fr');
  });

  it('follows the nearest lang attribute, regional variants included', async () => {
    const el = await fixture(html`<div lang="en-GB"><p><span id="inner"></span></p></div>`);
    expect(langOf(el.querySelector('#inner')!)).to.equal('en');
  });

  it('looks through shadow roots to the host page', async () => {
    const host = await fixture(html`<section lang="en"><div id="host"></div></section>`);
    const shadow = host.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p><b>inside</b></p>';
    expect(langOf(shadow.querySelector('b')!)).to.equal('en');
  });

  it('falls back to French for a language we do not ship', async () => {
    const el = await fixture(html`<div lang="de"><span></span></div>`);
    expect(langOf(el.firstElementChild!)).to.equal('fr');
  });
});

// --- switching the language of a live page ----------------------------------------------------------

/** A component that needs the session, as the form does: all it knows is the context. */
class LangSessionProbe extends LitElement {
  readonly consumer = new ContextConsumer(this, { context: sessionContext, subscribe: true });
}
customElements.define('lang-session-probe', LangSessionProbe);

const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const html$ = document.documentElement;

/** Waits until the element shows `shown` and no longer shows `gone`, as a reader of the page would see it. */
async function showsIn(el: Element, shown: string, gone: string, lang: string): Promise<void> {
  try {
    await waitFor(() => shadowText(el).includes(shown) && !shadowText(el).includes(gone), {
      timeout: 3000,
      message: `${el.localName} in ${lang} ("${shown}")`,
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}; it shows: "${shadowText(el).slice(0, 200)}"`, { cause: error });
  }
}

interface Case {
  tag: string;
  /** The element's markup (no `lang` of its own). */
  template(): Promise<TemplateResult>;
  /** What the person does before the text to check is there (the picker's list opens on typing). */
  ready?(el: HTMLElement): Promise<void>;
  fr: string;
  en: string;
}

let url = '';
interface Dossier {
  client: QmiClient;
  application: string;
  call: string;
}
let form: Dossier | undefined;
/** The organisers' side: the sandbox's organiser and a dossier a commune submitted (made once). */
let committee: Promise<{ organiser: QmiClient; applicant: QmiClient; application: string }> | undefined;
const organisersSide = () =>
  (committee ??= Promise.all([organiserClient(), submittedDossier()]).then(([organiser, { client, application }]) => ({
    organiser,
    applicant: client,
    application: application.id,
  })));

const CASES: Case[] = [
  {
    tag: 'qmi-timeline',
    template: async () => html`<qmi-timeline .definition=${QMI_2} now=${SANDBOX_NOW}></qmi-timeline>`,
    fr: 'Calendrier de l’appel',
    en: 'Call calendar',
  },
  {
    tag: 'qmi-criteria-checklist',
    template: async () =>
      html`<qmi-criteria-checklist call="qmi-2-test" api-base=${url} now=${SANDBOX_NOW}></qmi-criteria-checklist>`,
    fr: 'Ce que demande l’appel',
    en: 'What the call asks for',
  },
  {
    tag: 'qmi-document-uploader',
    template: async () =>
      html`<qmi-document-uploader application="lang-test" .rule=${QMI_2.documentKinds[0]}></qmi-document-uploader>`,
    fr: 'Formats acceptés',
    en: 'Accepted formats',
  },
  {
    tag: 'qmi-messages',
    template: async () => html`<qmi-messages now=${SANDBOX_NOW}></qmi-messages>`,
    fr: 'Votre message',
    en: 'Your message',
  },
  {
    tag: 'qmi-session',
    template: async () => {
      localStorage.removeItem(tokenKey(url));
      return html`<qmi-session api-base=${url}><p>Dossier</p></qmi-session>`;
    },
    fr: 'Se connecter',
    en: 'Sign in',
  },
  {
    tag: 'qmi-application-form',
    template: async () => {
      if (!form) {
        const { client, application, call } = await newDossier();
        form = { client, application: application.id, call };
      }
      const dossier: Dossier = form;
      return html`<qmi-application-form .client=${dossier.client} call=${dossier.call} application=${dossier.application} now=${SANDBOX_NOW}></qmi-application-form>`;
    },
    fr: 'Étapes du dossier',
    en: 'Application steps',
  },
  {
    tag: 'qmi-commune-picker',
    template: async () => html`<qmi-commune-picker label="Commune"></qmi-commune-picker>`,
    async ready(el) {
      el.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ type: 'Versailles' });
    },
    fr: 'Aucune commune de la Métropole ne correspond.',
    en: 'No commune of the Métropole matches.',
  },
  {
    tag: 'qmi-review-board',
    template: async () => {
      const { organiser } = await organisersSide();
      return html`<qmi-review-board .client=${organiser} call-id="qmi-2-test"></qmi-review-board>`;
    },
    fr: 'Dossiers des communes',
    en: 'Communes’ dossiers',
  },
  {
    tag: 'qmi-dossier-view',
    template: async () => {
      const { applicant, application } = await organisersSide();
      return html`<qmi-dossier-view .client=${applicant} application-id=${application}></qmi-dossier-view>`;
    },
    fr: 'Dossier de ',
    en: 'Application of ',
  },
  {
    tag: 'qmi-assessment',
    template: async () => {
      const { organiser, application } = await organisersSide();
      return html`<qmi-assessment .client=${organiser} application-id=${application}></qmi-assessment>`;
    },
    fr: 'Évaluation du dossier',
    en: 'Assessment of the dossier',
  },
  {
    tag: 'qmi-notifications',
    template: async () => {
      const client = createClient({ baseUrl: url });
      await signUpVerified(client, { email: uniqueEmail('lang'), password: PASSWORD });
      return html`<qmi-notifications .client=${client}></qmi-notifications>`;
    },
    fr: 'Aucune notification pour l’instant.',
    en: 'No notifications yet.',
  },
];

/** Mounts the case's element inside `wrap` (which holds the element where `lang` will change). */
async function mountCase(
  item: Case,
  wrap: (inner: TemplateResult) => TemplateResult = (inner) => inner,
): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(html`<div>${wrap(await item.template())}</div>`);
  const el = container.querySelector<HTMLElement>(item.tag)!;
  await item.ready?.(el);
  return el;
}

describe('changing lang at run time', () => {
  const original = html$.getAttribute('lang');
  before(async () => {
    url = await sandboxUrl();
  });
  beforeEach(() => html$.setAttribute('lang', 'fr'));
  afterEach(() => {
    if (original === null) html$.removeAttribute('lang');
    else html$.setAttribute('lang', original);
  });

  for (const item of CASES) {
    describe(`<${item.tag}>`, () => {
      it('follows lang on <html>: fr, en, fr again', async () => {
        const el = await mountCase(item);
        await showsIn(el, item.fr, item.en, 'fr');
        html$.setAttribute('lang', 'en');
        await showsIn(el, item.en, item.fr, 'en after <html lang="en">');
        html$.lang = 'fr-FR';
        await showsIn(el, item.fr, item.en, 'fr after <html lang="fr-FR">');
      });

      it('follows lang on a surrounding element of the page', async () => {
        const el = await mountCase(item, (inner) => html`<section lang="fr"><div>${inner}</div></section>`);
        await showsIn(el, item.fr, item.en, 'fr');
        el.closest('section')!.setAttribute('lang', 'en');
        await showsIn(el, item.en, item.fr, 'en after its section says en');
        el.closest('section')!.removeAttribute('lang');
        await showsIn(el, item.fr, item.en, 'fr after the section stops saying, <html> saying fr');
      });

      it('follows its own lang attribute', async () => {
        const el = await mountCase(item);
        await showsIn(el, item.fr, item.en, 'fr');
        el.lang = 'en';
        await showsIn(el, item.en, item.fr, 'en after lang="en" on the element');
        el.removeAttribute('lang');
        await showsIn(el, item.fr, item.en, 'fr after its lang was removed');
      });
    });
  }

  it('follows a lang inside the shadow root of a partner’s own component', async () => {
    // The partner wraps our element in its own component, whose shadow root says the language.
    const host = await fixture<HTMLElement>(html`<div class="partner-card"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    render(
      html`<article lang="en"><div><qmi-timeline .definition=${QMI_2} now=${SANDBOX_NOW}></qmi-timeline></div></article>`,
      shadow,
    );
    const timeline = shadow.querySelector('qmi-timeline')!;
    await showsIn(timeline, 'Call calendar', 'Calendrier de l’appel', 'en, from the shadow root, on a French page');
    shadow.querySelector('article')!.setAttribute('lang', 'fr');
    await showsIn(timeline, 'Calendrier de l’appel', 'Call calendar', 'fr after the shadow root’s article says fr');
    shadow.querySelector('article')!.removeAttribute('lang');
    html$.setAttribute('lang', 'en');
    await showsIn(
      timeline,
      'Call calendar',
      'Calendrier de l’appel',
      'en after <html lang="en">, nothing in between saying otherwise',
    );
  });

  it('a component moved to a part of the page in another language speaks that language', async () => {
    const page = await fixture<HTMLElement>(
      html`<div><section lang="fr"><qmi-timeline .definition=${QMI_2} now=${SANDBOX_NOW}></qmi-timeline></section><aside lang="en"></aside></div>`,
    );
    const timeline = page.querySelector('qmi-timeline')!;
    await showsIn(timeline, 'Calendrier de l’appel', 'Call calendar', 'fr');
    page.querySelector('aside')!.append(timeline);
    await showsIn(timeline, 'Call calendar', 'Calendrier de l’appel', 'en once moved into the English aside');
  });

  it('a lang change elsewhere in the page re-renders none of the components', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
      <p id="elsewhere" lang="fr">Une citation</p>
      <qmi-timeline .definition=${QMI_2} now=${SANDBOX_NOW}></qmi-timeline>
    </div>`,
    );
    const timeline = page.querySelector('qmi-timeline') as HTMLElement & {
      render(): unknown;
      updateComplete: Promise<boolean>;
    };
    await timeline.updateComplete;
    let renders = 0;
    const own = timeline.render;
    timeline.render = function (this: typeof timeline) {
      renders++;
      return own.call(this);
    };
    page.querySelector('#elsewhere')!.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await timeline.updateComplete;
    expect(renders, 'a quotation in English elsewhere changes nothing here').to.equal(0);
    html$.setAttribute('lang', 'en');
    await showsIn(timeline, 'Call calendar', 'Calendrier de l’appel', 'en');
    expect(renders, 'one render for one change of language').to.equal(1);
  });

  it('the session’s client asks the platform for the new language: a refused sign-in’s title comes in English', async () => {
    const client = createClient({ baseUrl: url });
    const { account, token } = await signUpVerified(client, { email: uniqueEmail('lang'), password: PASSWORD });
    localStorage.setItem(tokenKey(url), token);
    const session = await fixture<HTMLElement>(
      html`<qmi-session api-base=${url}><lang-session-probe></lang-session-probe></qmi-session>`,
    );
    const probe = session.querySelector('lang-session-probe') as LangSessionProbe;
    await waitFor(() => Boolean(probe.consumer.value), { message: 'the session to be resumed' });
    const shared = probe.consumer.value!.client;
    const refusedTitle = async () => {
      try {
        await shared.auth.signIn({ email: account.email, password: 'pas le bon mot de passe' });
      } catch (error) {
        if (error instanceof ApiError) return error.problem.title;
        throw error;
      }
      throw new Error('a wrong password was accepted');
    };
    expect(await refusedTitle()).to.equal('Adresse e-mail ou mot de passe incorrect.');

    html$.setAttribute('lang', 'en');
    await showsIn(session, 'Signed in as', 'Connecté', 'en');
    expect(await refusedTitle(), 'the same client object, shared with the components inside').to.equal(
      'Incorrect e-mail address or password.',
    );
    expect(probe.consumer.value!.client).to.equal(shared);
    localStorage.removeItem(tokenKey(url));
  });

  it('what a platform error already showed changes language too: the form’s load failure', async () => {
    const client = createClient({ baseUrl: url });
    const el = await fixture<HTMLElement>(
      html`<qmi-application-form .client=${client} call="no-such-call" now=${SANDBOX_NOW}></qmi-application-form>`,
    );
    await showsIn(el, 'Le dossier n’a pas pu être chargé. Ressource introuvable.', 'Resource', 'fr');
    html$.setAttribute('lang', 'en');
    await showsIn(el, 'The application could not be loaded. Resource not found.', 'introuvable', 'en');
  });

  it('what a platform error already showed changes language too: the session’s refused sign-in', async () => {
    localStorage.removeItem(tokenKey(url));
    const { account } = await signUpVerified(createClient({ baseUrl: url }), {
      email: uniqueEmail('lang'),
      password: PASSWORD,
    });
    const session = await fixture<HTMLElement>(html`<qmi-session api-base=${url}><p>Dossier</p></qmi-session>`);
    await waitFor(() => Boolean(session.shadowRoot?.getElementById('session-email')), { message: 'the sign-in form' });
    session.shadowRoot!.getElementById('session-email')!.focus();
    await sendKeys({ type: account.email });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'pas le bon mot de passe' });
    await sendKeys({ press: 'Enter' });
    await showsIn(session, 'L’adresse e-mail ou le mot de passe est incorrect', 'The email address', 'fr');
    html$.setAttribute('lang', 'en');
    await showsIn(session, 'The email address or the password is incorrect', 'L’adresse e-mail', 'en');
    await expect(session).to.be.accessible();
  });
});
