// The custom-elements manifest (custom-elements.json), made from the JSDoc of
// src/ by the analyzer (with its Lit support), plus two things the analyzer
// cannot see by itself:
// - tags registered through `defineElement('dk-x', DkX)` (the kit's guard
//   against double registration), and
// - each event's detail type, taken from the `DialkitEventMap` declarations,
//   the one place where the kit types its events.
// Used by the build (dist/custom-elements.json and the framework typings) and
// by Storybook (documentation pages, Controls, Actions).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

/** Registrations through `defineElement(tag, Class)`, and event detail types from `DialkitEventMap`. */
function dialkitPlugin() {
  const definitions = [];
  const eventTypes = new Map();
  return {
    name: 'dialkit',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        ts.isCallExpression(node) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'defineElement' &&
        node.arguments.length === 2 &&
        ts.isStringLiteral(node.arguments[0]) &&
        ts.isIdentifier(node.arguments[1])
      ) {
        definitions.push({ tag: node.arguments[0].text, className: node.arguments[1].text, module: moduleDoc });
      }
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'DialkitEventMap') {
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.type) continue;
          const name = member.name.getText().replace(/^['"]|['"]$/g, '');
          eventTypes.set(name, member.type.getText().replace(/\s+/g, ' '));
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) if (decl.kind === 'class') classes.set(decl.name, { decl, mod });
      }
      for (const { tag, className, module } of definitions) {
        const found = classes.get(className);
        if (!found) continue;
        found.decl.tagName = tag;
        found.decl.customElement = true;
        module.exports = (module.exports ?? []).filter((e) => !(e.kind === 'custom-element-definition' && e.name === tag));
        module.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: found.mod.path } });
      }
      // `customElements.define(tag, constructor)` inside defineElement itself is no definition.
      for (const mod of customElementsManifest.modules) {
        if (mod.path.endsWith('define-element.ts')) mod.exports = (mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition');
      }
      for (const { decl } of classes.values()) {
        // `root.adoptedStyleSheets = …` in a constructor is read as a field; it is the DOM's, not ours.
        if (decl.members) decl.members = decl.members.filter((m) => m.name !== 'adoptedStyleSheets');
        // A property documented through its attribute (`@attr`) gets the same description.
        for (const member of decl.members ?? []) {
          const attribute = decl.attributes?.find((a) => a.fieldName === member.name && a.description);
          if (member.kind === 'field' && !member.description && attribute) member.description = attribute.description;
        }
        for (const event of decl.events ?? []) {
          const detail = eventTypes.get(event.name);
          if (detail && !event.type?.text) event.type = { text: `CustomEvent<${detail}>` };
        }
      }
    },
  };
}

/** The manifest of src/, with paths to the TypeScript sources. */
export function generateManifest() {
  const files = sourceFiles(join(root, 'src'));
  const modules = files.map((file) =>
    ts.createSourceFile(relative(root, file), readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true),
  );
  return create({ modules, plugins: [...litPlugin(), dialkitPlugin()], context: { dev: false } });
}

/**
 * The manifest as shipped: module paths point at the built files of the
 * package (`dist/…/x.js`) instead of the sources, which are not shipped.
 */
export function packageManifest(manifest = generateManifest()) {
  const toDist = (path) => path?.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');
  const text = JSON.stringify(manifest, (key, value) => (key === 'path' || key === 'module') && typeof value === 'string' ? toDist(value) : value);
  return JSON.parse(text);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(generateManifest(), null, 2));
}
