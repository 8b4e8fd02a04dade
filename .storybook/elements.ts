/// <reference path="./virtual-modules.d.ts" />
// Each element's API for its stories, taken from the custom-elements manifest
// (the JSDoc of src/): Controls bound to its real attributes and properties,
// its dk-* events logged in Actions, and the tables of its documentation page.
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { ArgTypes, Args } from '@storybook/web-components-vite';
import { getStorybookHelpers, setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import type { TemplateResult } from 'lit';
import manifest from 'virtual:dialkit-manifest';

/** The parts of a custom-elements manifest the stories read. */
export interface ManifestMember {
  kind: string;
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
  /** The type with aliases resolved to their string literals (.storybook/manifest.ts). */
  parsedType?: { text: string };
  fieldName?: string;
  readonly?: boolean;
}
export interface ElementDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: ManifestMember[];
  attributes?: ManifestMember[];
  events?: Array<{ name: string; description?: string; type?: { text: string } }>;
}
export interface Manifest {
  schemaVersion: string;
  modules: Array<{ path: string; declarations?: ElementDeclaration[] }>;
}

// Set here as well as through preview.ts: story files may be evaluated first
// (the story tests import them on their own), and both need the manifest.
setCustomElementsManifest(manifest);
setStorybookHelpersConfig({
  // The table's Name column already says what a story's args are called.
  hideArgRef: true,
  // The order of the sections of the API table.
  categoryOrder: ['attributes', 'properties', 'events', 'cssProps', 'cssParts', 'cssStates', 'slots', 'methods'],
  // Off: the observer it installs is bound to the first story rendered, so
  // switching stories of one element would update the wrong story's args.
  disableArgObserver: true,
});

/** The manifest's declaration of `tag`. */
export function declarationOf(tag: string): ElementDeclaration | undefined {
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) if (decl.customElement && decl.tagName === tag) return decl;
  }
  return undefined;
}

/** `'a' | 'b'` to `['a', 'b']`; undefined unless the text is such a union. */
function literals(text: string | undefined): string[] | undefined {
  const parts = text?.split('|').map((p) => p.trim());
  return parts?.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

const PRIMITIVE = /^(string|number|boolean)$/;

export interface ElementApi {
  /** Every control's value by default, as the element itself defaults it. */
  args: Args;
  /** Controls and documentation tables: attributes, properties, events, CSS properties and parts, methods. */
  argTypes: ArgTypes;
  /**
   * The element with its args as attributes and properties, and a listener
   * logging each of its events in Actions. Args that are not part of the
   * element's API (a story's own, like a wrapper's width) are left out.
   */
  template: (args: Args, slot?: TemplateResult) => TemplateResult;
  /** A story render: `template(args)`. */
  render: (args: Args) => TemplateResult;
  /** The `<style>` made from the CSS property and part controls (for a story that renders the element itself). */
  styles: (args: Args) => TemplateResult | '';
}

/**
 * What a story file's meta needs for `tag`, from @wc-toolkit/storybook-helpers,
 * with what it cannot know from the manifest alone:
 * - properties holding objects (the `adapter`) get no control and no default
 *   (an empty string would replace the backend);
 * - string-literal aliases (`ManagerSection`) become select controls, with
 *   the alias name kept as the type and its values as the type's detail;
 * - an event's type is the manifest's (`CustomEvent<{ … }>`), not wrapped
 *   in a second CustomEvent;
 * - attributes without a property (dk-call-button is a plain HTMLElement)
 *   are documented too; such an element's story renders them itself.
 * Memoised: the docs pages ask again for every story.
 */
export function elementApi(tag: string): ElementApi {
  let api = apis.get(tag);
  if (!api) apis.set(tag, (api = makeElementApi(tag)));
  return api;
}
const apis = new Map<string, ElementApi>();

function makeElementApi(tag: string): ElementApi {
  const decl = declarationOf(tag);
  if (!decl) throw new Error(`${tag} is not in the custom-elements manifest (a missing defineElement or @tagname?)`);
  const helpers = getStorybookHelpers(tag);
  const args: Args = { ...helpers.args };
  const argTypes: ArgTypes = {};
  for (const [key, original] of Object.entries(helpers.argTypes)) {
    const argType = { ...original, table: { ...original.table } };
    if (typeof argType.description === 'string') argType.description = argType.description.replace(/\s*arg ref - `[^`]*`\s*$/, '');
    const category = argType.table.category;
    const member =
      category === 'attributes'
        ? decl.attributes?.find((a) => a.name === key)
        : category === 'properties'
          ? decl.members?.find((m) => m.kind === 'field' && m.name === key)
          : undefined;
    if (category === 'events') {
      const event = decl.events?.find((e) => `${e.name}-event` === key);
      if (event?.type) argType.table.type = { summary: event.type.text };
    }
    if (member) {
      if (member.default === undefined) delete argType.table.defaultValue;
      const type = member.type?.text ?? '';
      const values = literals(member.parsedType?.text);
      argType.table.type = { summary: type, ...(values ? { detail: member.parsedType!.text } : {}) };
      if (values && argType.control !== false) {
        argType.control = { type: 'select' };
        argType.options = values;
      } else if (category === 'properties' && !PRIMITIVE.test(type.replace(/\s*\|\s*(undefined|null)/g, '')) && !values) {
        argType.control = false;
        delete args[key];
      }
    }
    // With a type, Storybook does not infer one from the default value, which
    // would also move the row to the top of the table.
    if (argType.control !== false && !argType.type) argType.type = { name: 'string' };
    argTypes[key] = argType;
  }
  for (const attribute of decl.attributes ?? []) {
    // (A hidden row of that name is the helpers' reset of a part or member.)
    if (attribute.fieldName || (argTypes[attribute.name] && !argTypes[attribute.name]!.table?.disable)) continue;
    argTypes[attribute.name] = {
      name: attribute.name,
      description: attribute.description,
      control: 'text',
      type: { name: 'string' },
      table: { category: 'attributes', ...(attribute.type ? { type: { summary: attribute.type.text } } : {}) },
    };
  }
  // Sections in this order; the rows hidden by the helpers (private members
  // and the like) first, where they show nothing.
  const order = ['attributes', 'properties', 'events', 'css properties', 'css shadow parts', 'css states', 'slots', 'methods'];
  const rank = (argType: ArgTypes[string]) => (argType.table?.disable ? -1 : order.indexOf(String(argType.table?.category)));
  const sorted: ArgTypes = Object.fromEntries(Object.entries(argTypes).sort(([, a], [, b]) => rank(a) - rank(b)));
  const own = new Set(Object.keys(helpers.argTypes));
  const template = (storyArgs: Args, slot?: TemplateResult) =>
    helpers.template(Object.fromEntries(Object.entries(storyArgs).filter(([key]) => own.has(key))), slot);
  return { args, argTypes: sorted, template, render: (storyArgs) => template(storyArgs), styles: (storyArgs) => helpers.styleTemplate(storyArgs) };
}
