// The custom-elements manifest (custom-elements.json), made from the JSDoc of
// src/ by the analyzer (with its Lit support), plus what the analyzer
// cannot see by itself:
// - which entries of a class's `static properties` are internal state
//   (`state: true`: no attribute) and which fields are public without saying so,
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

/**
 * Corrects what the analyzer's Lit support reads from `static properties`:
 * it gives every entry an attribute, state ones (`state: true`) included, and
 * marks every entry `privacy: "public"`. A state entry gets no attribute here,
 * and a field declared without an access modifier keeps no privacy, as for
 * any other public field.
 */
function staticPropertiesPlugin() {
  const classes = new Map();
  const option = (ts, entry, name) =>
    entry.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === name)?.initializer.kind;
  return {
    name: 'dialkit-static-properties',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const block = node.members.find(
        (m) => ts.isPropertyDeclaration(m) && m.name.getText() === 'properties' && m.modifiers?.some((x) => x.kind === ts.SyntaxKind.StaticKeyword),
      );
      if (!block?.initializer || !ts.isObjectLiteralExpression(block.initializer)) return;
      const entries = [];
      const states = [];
      const unmarked = [];
      for (const entry of block.initializer.properties) {
        if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
        const name = entry.name.getText();
        entries.push(name);
        if (option(ts, entry.initializer, 'state') === ts.SyntaxKind.TrueKeyword) states.push(name);
        const field = node.members.find((m) => ts.isPropertyDeclaration(m) && m.name.getText() === name);
        if (!field?.modifiers?.some((x) => x.kind === ts.SyntaxKind.PublicKeyword)) unmarked.push(name);
      }
      const list = classes.get(moduleDoc) ?? [];
      list.push({ className: node.name.text, entries, states, unmarked });
      classes.set(moduleDoc, list);
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const { className, entries, states, unmarked } of classes.get(moduleDoc) ?? []) {
        const decl = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === className);
        if (!decl) continue;
        if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !states.includes(a.fieldName));
        for (const member of decl.members ?? []) {
          if (member.kind !== 'field' || member.static || !entries.includes(member.name)) continue;
          if (states.includes(member.name)) delete member.attribute;
          if (unmarked.includes(member.name) && member.privacy === 'public') delete member.privacy;
        }
      }
    },
  };
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
  return create({ modules, plugins: [...litPlugin(), staticPropertiesPlugin(), dialkitPlugin()], context: { dev: false } });
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
