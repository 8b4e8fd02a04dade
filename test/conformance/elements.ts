/**
 * What the conformance suite needs to know of each element: how to place it
 * (the attributes its stories give it), what shows once it has its data, a
 * text that only its language gives, and which of the shared behaviours apply.
 */
import type { ScenarioName } from '../../mocks/scenarios.js';
import { catalogs } from '../../src/elements/call-button/strings.js';
import type { Language } from '../../src/i18n/locales.js';
import { find } from '../support/dom.js';
import { t } from '../support/browser.js';
import { MANAGER_SECTIONS } from '../../src/elements/manager/manager.js';
import softphoneEn from '../../locales/en/softphone.json';
import softphonePl from '../../locales/pl/softphone.json';
import softphoneFr from '../../locales/fr/softphone.json';

/** The softphone's words, read from its catalogs: the suite loads only the shared ones. */
const SOFTPHONE: Record<string, typeof softphoneEn> = { en: softphoneEn, pl: softphonePl, fr: softphoneFr };

export interface ElementCase {
  tag: `dk-${string}`;
  /** Attributes it needs to show anything, as its stories give them. */
  attributes?: Record<string, string>;
  /** Light DOM it wraps (the call button upgrades a link). */
  children?: string;
  /** A selector in its shadow root that is there once its data is in. */
  content: string;
  /** Where its language shows, and what that place says in each language. */
  language: { selector: string; text: (locale: Language) => string };
  /**
   * It reads the backend as it connects: it has loading and error states, and
   * which adapter it took shows in its content.
   */
  loads: boolean;
  /** Its empty state: the company, and the attributes, that leave it nothing to show. */
  empty?: { scenario: ScenarioName; attributes?: Record<string, string> };
  /**
   * For an element that calls the backend only when asked (a help article's
   * feedback): asks, and resolves once the call succeeded.
   */
  callBackend?: (root: ShadowRoot) => Promise<void>;
  /**
   * An event of its own, and what makes it fire. Elements that load fire
   * `dk-error` in the error test; this is for the others, and for one that
   * fires something without a keyboard journey.
   */
  event?: { type: string; fire: (root: ShadowRoot) => Promise<void> };
  /**
   * What its content opens (dialogs, tabs, a section): from the content, the
   * buttons to press in turn (selectors in its shadow root), and a selector
   * there that shows once it is open; with `within`, `shows` is in the shadow
   * root of the element `within` selects (a console section's own content).
   */
  views?: ReadonlyArray<{ name: string; press: readonly string[]; shows: string; within?: string }>;
}

/** Its help panel, opened by the help button, with the article loaded. */
const helpPanel = { name: 'help panel', press: ['[part="help-button"]'], shows: '[part="help-panel"] dk-help-article' };

/** "Was this article helpful?" Yes: the feedback goes to the backend. */
async function answerYes(root: ShadowRoot): Promise<void> {
  const article = root.host.localName === 'dk-help-article' ? root : (await find(root, 'dk-help-article')).shadowRoot!;
  (await find<HTMLButtonElement>(article, '[data-answer="yes"]')).click();
  await find(article, '.thanks#outcome');
}

/** The help button every workflow element shows beside its title. */
const helpButton = { selector: '[part="help-button"]', text: (locale: Language) => t(locale, 'common:help') };
const nothingBought = { scenario: 'empty' } as const;

export const ELEMENTS: readonly ElementCase[] = [
  {
    tag: 'dk-manager',
    content: '[part="nav"]',
    language: helpButton,
    loads: true,
    event: {
      type: 'dk-section-changed',
      fire: async (root) => (await find<HTMLButtonElement>(root, 'nav button[data-section="reports"]')).click(),
    },
    // Each section of the console, once its element shows its content: the
    // elements laid out in the console's narrower column.
    get views() {
      return MANAGER_SECTIONS.flatMap((s) => {
        const inner = 'tag' in s ? ELEMENTS.find((c) => c.tag === s.tag) : undefined;
        return inner ? [{ name: `${s.id} section`, press: [`[data-section="${s.id}"]`], within: inner.tag, shows: inner.content }] : [];
      }).concat({ name: 'softphone panel', press: ['.softphone-toggle'], within: 'dk-softphone', shows: '#line-choice' });
    },
  },
  {
    tag: 'dk-setup',
    content: '[part="details"]',
    language: helpButton,
    loads: true,
    views: [{ name: 'details form', press: ['#edit-button'], shows: '#company-name' }, helpPanel],
  },
  {
    tag: 'dk-members',
    content: '[role="row"][aria-rowindex="2"]',
    language: helpButton,
    loads: true,
    empty: nothingBought,
    views: [
      { name: 'invitations tab', press: ['#tab-invitations'], shows: '#panel-invitations' },
      { name: 'invite dialog', press: ['[part="invite-button"]'], shows: '#invite-dialog[open]' },
    ],
  },
  {
    tag: 'dk-credit',
    content: '[part="balance"]',
    language: helpButton,
    loads: true,
    empty: nothingBought,
    views: [
      { name: 'buy dialog', press: ['#buy-button'], shows: '#buy-dialog[open]' },
      { name: 'allocate dialog', press: ['#allocate-button'], shows: '#allocate-dialog[open]' },
      { name: 'take-back dialog', press: ['#reclaim-button'], shows: '#reclaim-dialog[open]' },
    ],
  },
  {
    tag: 'dk-features',
    content: '[role="tablist"]',
    language: helpButton,
    loads: true,
    empty: nothingBought,
    views: [
      { name: 'plan purchase dialog', press: ['button[data-plan]'], shows: '#buy-plan-dialog[open]' },
      { name: 'numbers tab', press: ['#tab-numbers'], shows: '#panel-numbers' },
      { name: 'number purchase dialog', press: ['#tab-numbers', '#buy-number-button'], shows: '#buy-number-dialog[open]' },
      { name: 'members tab', press: ['#tab-members'], shows: '#panel-members' },
    ],
  },
  {
    tag: 'dk-reports',
    content: 'table[part="table"]',
    language: helpButton,
    loads: true,
    empty: { scenario: 'empty', attributes: { kind: 'purchases' } },
  },
  {
    tag: 'dk-sip-profiles',
    content: 'table',
    language: helpButton,
    loads: true,
    empty: nothingBought,
    views: [
      { name: 'profile', press: ['button[data-profile]'], shows: '[part="profile"]' },
      { name: 'add dialog', press: ['button[data-profile]', '#add-button'], shows: '#add-dialog[open]' },
      { name: 'PBX configuration', press: ['button[data-profile]', '#pbx-button'], shows: '#pbx-title' },
    ],
  },
  {
    tag: 'dk-call-button-generator',
    // The preview loads the button from the sources, as the stories do.
    attributes: { 'script-src': '/src/elements/call-button/define.ts' },
    content: '#account',
    language: helpButton,
    loads: true,
    views: [helpPanel],
  },
  {
    tag: 'dk-call-button',
    children: '<a href="tel:+48221234567">Call</a>',
    content: '[part="button"][href]',
    language: { selector: '[part="label"]', text: (locale) => (JSON.parse(catalogs[locale]) as { label: string }).label },
    loads: false,
  },
  {
    // Its text comes from the catalogs, not the backend: no loading or error state of the backend's.
    tag: 'dk-help-article',
    attributes: { article: 'link-sip-account' },
    content: '#title',
    language: { selector: '#feedback-heading', text: (locale) => t(locale, 'help:wasHelpful') },
    loads: false,
    empty: { scenario: 'default', attributes: { article: 'no-such-article' } },
    callBackend: answerYes,
    event: { type: 'dk-feedback-sent', fire: answerYes },
  },
  {
    // The line of a member linked to the seed's profile that takes web calls;
    // it reads the day's callback requests as it connects, and goes online only when asked.
    tag: 'dk-softphone',
    attributes: { member: 'mem_020' },
    content: '[part="callbacks"] :is(table, .empty)',
    language: { selector: '[part="online-button"]', text: (locale) => (SOFTPHONE[locale] ?? softphoneEn).goOnline },
    loads: true,
    event: {
      type: 'dk-softphone-state',
      fire: async (root) => (await find<HTMLButtonElement>(root, '[part="online-button"]')).click(),
    },
  },
  {
    // No backend of its own: the article it shows sends the feedback.
    tag: 'dk-help-center',
    content: '.articles',
    language: { selector: '#center-title', text: (locale) => t(locale, 'help:center.title') },
    loads: false,
    views: [{ name: 'article', press: ['.articles button'], shows: 'dk-help-article' }],
    event: {
      type: 'dk-feedback-sent',
      fire: async (root) => {
        (root.host as HTMLElement).setAttribute('article', 'buy-credit');
        await answerYes(root);
      },
    },
  },
];
