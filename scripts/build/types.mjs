// TypeScript declarations of the package, in dist/types/: tsc's declarations
// of src/ (one per entry: `dialkit`, `dialkit/all`, `dialkit/<element>`, …),
// and, from the custom-elements manifest, the tags for React 19's JSX
// (`dialkit/react`) and Vue 3's templates (`dialkit/vue`).
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** tsc's declarations of src/; the generated contract types (a .d.ts source) are copied beside them. */
export function writeDeclarations() {
  const tsc = join(root, 'node_modules', '.bin', 'tsc');
  const run = spawnSync(tsc, ['-p', join(import.meta.dirname, 'tsconfig.types.json')], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error('tsc could not write the declarations');
  copyFileSync(join(root, 'src/adapter/schema.d.ts'), join(root, 'dist/types/adapter/schema.d.ts'));
}

/** Every registered element of the manifest, with its public surface. */
function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (decl.kind !== 'class' || !decl.customElement || !decl.tagName) continue;
      const attributes = decl.attributes ?? [];
      // Public, documented properties (a field set in a constructor of the DOM's own, such as `adoptedStyleSheets`, is no API).
      const fields = (decl.members ?? [])
        .filter((m) => m.kind === 'field' && !m.static && (!m.privacy || m.privacy === 'public') && !m.readonly)
        .map((m) => ({ ...m, description: m.description || attributes.find((a) => a.fieldName === m.name)?.description }))
        .filter((m) => m.description);
      // Attributes without a property of their own (the call button's): typed as the strings they are.
      const attributeOnly = attributes.filter((a) => !a.fieldName || !fields.some((f) => f.name === a.fieldName));
      out.push({ tag: decl.tagName, className: decl.name, summary: decl.summary ?? '', fields, attributes: attributeOnly, events: decl.events ?? [] });
    }
  }
  return out.sort((a, b) => a.tag.localeCompare(b.tag));
}

const doc = (text, indent) => (text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ')} */\n` : '');
const quote = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);
// The public call button is a plain custom element outside the kit's event map.
const eventType = (el, name) => (el.tag === 'dk-call-button' ? 'Event' : `CustomEvent<DialkitEventMap['${name}']>`);

/** The props of one element: its properties (typed from the class), attributes it has no property for, and its events. */
function props(el, eventKey, indent) {
  let text = '';
  for (const f of el.fields) text += doc(f.description, indent) + `${indent}${quote(f.name)}?: ${el.className}['${f.name}'];\n`;
  for (const a of el.attributes) text += doc(a.description, indent) + `${indent}${quote(a.name)}?: string;\n`;
  for (const e of el.events) text += doc(e.description, indent) + `${indent}${quote(eventKey(e.name))}?: (event: ${eventType(el, e.name)}) => void;\n`;
  return text;
}

/** Each class from its element's entry (`dialkit/members`), which also declares its events. */
function imports(elements) {
  return [
    `import type { DialkitEventMap } from 'dialkit';`,
    ...elements.map((e) => `import type { ${e.className} } from 'dialkit/${e.tag.replace(/^dk-/, '')}';`),
  ].join('\n');
}

const header = (what) => `// The kit's tags for ${what}, generated from custom-elements.json by scripts/build/types.mjs.\n`;

/** React 19: properties are set as properties, `on<event-name>` props listen to the element's events. */
export function reactTypes(manifest) {
  const elements = elementsOf(manifest);
  let text = `${header('React 19 JSX')}// Use: \`import type {} from 'dialkit/react';\` once in the app (or list it in tsconfig "types").\n`;
  text += `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n${imports(elements)}\n\n`;
  for (const el of elements) {
    text += `/** Props of \`<${el.tag}>\`: ${el.summary.replace(/\*\//g, '')} */\nexport interface ${el.className}Props extends DetailedHTMLProps<HTMLAttributes<${el.className}>, ${el.className}> {\n`;
    text += props(el, (name) => `on${name}`, '  ');
    text += `}\n\n`;
  }
  text += `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n`;
  for (const el of elements) text += `      '${el.tag}': ${el.className}Props;\n`;
  text += `    }\n  }\n}\n`;
  return text;
}

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

/** Vue 3: templates bind properties with `:prop` (`.prop` for objects) and events with `@dk-…`. */
export function vueTypes(manifest) {
  const elements = elementsOf(manifest);
  let text = `${header('Vue 3 templates')}// Use: \`import type {} from 'dialkit/vue';\` once in the app (or list it in tsconfig "types").\n`;
  text += `import type { DefineComponent, HTMLAttributes } from 'vue';\n${imports(elements)}\n\n`;
  for (const el of elements) {
    text += `/** Props of \`<${el.tag}>\`: ${el.summary.replace(/\*\//g, '')} */\nexport interface ${el.className}Props extends HTMLAttributes {\n`;
    // Vue turns `@dk-member-invited` into the prop `onDkMemberInvited`.
    text += props(el, (name) => camel(`on-${name}`), '  ');
    text += `}\n\n`;
  }
  text += `declare module 'vue' {\n  interface GlobalComponents {\n`;
  for (const el of elements) text += `    '${el.tag}': DefineComponent<${el.className}Props>;\n`;
  text += `  }\n}\n`;
  return text;
}

export function writeFrameworkTypes(manifest) {
  mkdirSync(join(root, 'dist/types'), { recursive: true });
  writeFileSync(join(root, 'dist/types/react.d.ts'), reactTypes(manifest));
  writeFileSync(join(root, 'dist/types/vue.d.ts'), vueTypes(manifest));
}
