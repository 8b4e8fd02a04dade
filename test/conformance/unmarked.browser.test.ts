import { afterEach, expect, it } from 'vitest';
import { pseudoText } from '../../src/i18n/pseudo.js';
import { unmarkedText } from './unmarked.js';

afterEach(() => document.body.replaceChildren());

/** A host whose shadow root holds `markup` (fixed test markup). */
function host(markup: string): Element {
  const el = document.createElement('div');
  el.attachShadow({ mode: 'open' }).innerHTML = markup;
  document.body.append(el);
  return el;
}

it('finds plain strings in text and in the attributes a reader meets, and lets through what Intl writes in English', () => {
  const save = pseudoText('Save');
  const el = host(`
    <h2>${pseudoText('Credit')}</h2>
    <p>${pseudoText('Balance')} 12 Mar 2025, in 3 days, US$12.00, Poland, ${save} and ${save}, SLE</p>
    <button aria-label="${pseudoText('Close')}">×</button>
    <button>Save</button>
    <input placeholder="Search">
    <select><option>${save}</option><option>Remove</option></select>
    <code>dk-call-button lang="en"</code>
    <p hidden>Not shown</p>`);
  expect(unmarkedText(el)).toEqual([
    '<button> text: "Save"',
    '<option> text: "Remove"',
    '<input> placeholder: "Search"',
  ]);
});
