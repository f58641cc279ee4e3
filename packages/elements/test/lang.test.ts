import { expect, fixture, html } from '@open-wc/testing';
import { langOf } from '../src/index.js';

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
