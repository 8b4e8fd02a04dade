// The custom-elements manifest of src/ for Storybook, served to the preview as
// the virtual module `virtual:dialkit-manifest`: the documentation pages, the
// Controls and the Actions of every story come from it. Made when first
// imported (dev server, `storybook build`, each story-test project), never
// written to disk, so it can never be stale or committed by mistake.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { Plugin, ViteDevServer } from 'vite';

const ID = 'virtual:dialkit-manifest';
const RESOLVED_ID = `\0${ID}`;
const NO_PATH_ID = '\0dialkit:no-path';
const root = fileURLToPath(new URL('..', import.meta.url));

/** The parts of the manifest this file reads and writes. */
interface Member {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
  inheritedFrom?: unknown;
  type?: { text: string };
  /** The type with its aliases resolved, as @wc-toolkit/type-parser writes it. */
  parsedType?: { text: string };
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  members?: Member[];
  attributes?: Array<Member & { fieldName?: string }>;
}
interface Manifest {
  modules: Array<{ path: string; declarations?: Declaration[] }>;
}

/**
 * scripts/build/manifest.mjs, which the build uses too. Imported through a
 * variable because it is JavaScript without declarations.
 */
async function generate(): Promise<Manifest> {
  const script = new URL('../scripts/build/manifest.mjs', import.meta.url).href;
  const { generateManifest } = (await import(script)) as { generateManifest: () => Manifest };
  const manifest = generateManifest();
  refine(manifest);
  return manifest;
}

/**
 * What TypeScript's checker knows and the analyzer does not:
 * - `parsedType` on the public properties and attributes whose type is an
 *   alias of string literals (`section: ManagerSection`, `level:
 *   ReportLevel`), so Controls offers their values instead of a text box
 *   (the analyzer keeps the alias name only);
 * - fields the analyzer misread (see dropMisreadFields).
 * Only src/ is read (no node_modules, `noResolve`), which keeps this near a
 * second.
 */
function refine(manifest: Manifest): void {
  const src = join(root, 'src');
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(src, f));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    useDefineForClassFields: false,
    strict: true,
    noEmit: true,
    noResolve: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  for (const mod of manifest.modules) {
    const source = program.getSourceFile(join(root, mod.path));
    for (const decl of mod.declarations ?? []) {
      if (!source || !decl.customElement || !decl.tagName) continue;
      const cls = source.statements.find((s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === decl.name);
      if (!cls) continue;
      dropMisreadFields(decl, cls);
      for (const node of cls.members) {
        if (!(ts.isPropertyDeclaration(node) || ts.isGetAccessorDeclaration(node)) || !ts.isIdentifier(node.name)) continue;
        const type = checker.getTypeAtLocation(node);
        const parts = (type.isUnion() ? type.types : [type]).filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
        if (parts.length < 2 || !parts.every((t) => t.isStringLiteral())) continue;
        const text = parts.map((t) => `'${(t as ts.StringLiteralType).value}'`).join(' | ');
        const name = node.name.text;
        for (const m of decl.members ?? []) if (m.kind === 'field' && m.name === name) m.parsedType = { text };
        for (const a of decl.attributes ?? []) if (a.fieldName === name) a.parsedType = { text };
      }
    }
  }
}

/**
 * Drops the own fields the analyzer reported but the class does not have:
 * `root.adoptedStyleSheets = [sheet]` in dk-call-button's constructor comes
 * out as a public field `adoptedStyleSheets`, which the story helpers then
 * fail to parse. A field is kept when the class declares it or assigns
 * `this.<name>`.
 */
function dropMisreadFields(decl: Declaration, cls: ts.ClassDeclaration): void {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if ((ts.isPropertyDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) && ts.isIdentifier(node.name)) {
      names.add(node.name.text);
    }
    if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(cls);
  decl.members = decl.members?.filter((m) => m.kind !== 'field' || m.inheritedFrom !== undefined || names.has(m.name));
}

/** One manifest per process: the three story-test projects share it. */
const cache = globalThis as { __dialkitManifest?: Promise<Manifest> };
const manifest = (): Promise<Manifest> => (cache.__dialkitManifest ??= generate());

/**
 * Serves `virtual:dialkit-manifest`. Under `storybook dev`, a change in src/
 * that changes the manifest (a JSDoc line, a new property) reloads the
 * preview; other changes keep their hot update.
 */
export async function dialkitManifest(): Promise<Plugin> {
  // Made before the bundler starts rather than inside the first import of
  // the module, where the build would wait the seconds it takes.
  await manifest();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = (server: ViteDevServer) => async () => {
    const before = JSON.stringify(await manifest());
    const next = generate();
    // A file caught half-written keeps the last good manifest.
    const after = await next.then(JSON.stringify, () => before);
    if (after === before) return;
    cache.__dialkitManifest = next;
    const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
    if (mod) server.moduleGraph.invalidateModule(mod);
    server.ws.send({ type: 'full-reload' });
  };
  return {
    name: 'dialkit:manifest',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === ID) return RESOLVED_ID;
      // The helpers' package also holds a Node preset that imports `path`;
      // the preview never calls it, so an empty module stands in for `path`
      // instead of Vite's browser stub and its warning.
      if (id === 'path' && importer?.includes('@wc-toolkit/storybook-helpers')) return NO_PATH_ID;
      return undefined;
    },
    async load(id) {
      if (id === NO_PATH_ID) return 'export default {};';
      if (id !== RESOLVED_ID) return undefined;
      return `export default ${JSON.stringify(await manifest())};`;
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (!file.startsWith(join(root, 'src')) || !file.endsWith('.ts')) return;
        clearTimeout(timer);
        timer = setTimeout(refresh(server), 500);
      });
    },
  };
}
