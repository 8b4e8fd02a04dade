import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { parse } from 'yaml';
import type { Plugin } from 'vite';

const ID = 'virtual:dialkit/contract-validators';
const contract = resolve(import.meta.dirname, '../src/adapter/openapi.yaml');
const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

type Json = Record<string, unknown>;

/**
 * Compiles, from the contract, one validator per operation for the body of
 * its success answer, as plain ES code (Ajv's standalone mode): the runtime
 * needs no `new Function`, so a strict Content Security Policy allows it.
 * Properties the contract does not name are removed rather than refused, so
 * a backend newer than the kit still works. Formats are not checked (a date
 * in a wrong format still renders as text); types, required properties,
 * enums, lengths and ranges are.
 */
function compile(): { ajv: Ajv2020; exports: Record<string, string>; writes: string[] } {
  const doc = parse(readFileSync(contract, 'utf8')) as Json;
  const ajv = new Ajv2020({
    strict: false,
    validateFormats: false,
    removeAdditional: true,
    allErrors: false,
    // Each referenced schema compiled once and shared, not inlined per operation.
    inlineRefs: false,
    messages: false,
    code: { source: true, esm: true, lines: false, optimize: true },
  });
  // The components under one id, so operations can reference them; prose
  // (descriptions, examples) left out, since the compiled code embeds schemas.
  const prose = new Set(['description', 'example', 'examples', 'title', '$comment']);
  const rewrite = (node: unknown): unknown =>
    Array.isArray(node)
      ? node.map(rewrite)
      : node && typeof node === 'object'
        ? Object.fromEntries(
            Object.entries(node as Json)
              .filter(([k, v]) => !(prose.has(k) && typeof v !== 'object') && k !== 'examples')
              .map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? v.replace(/^#/, 'urn:dialkit:contract#') : rewrite(v)]),
          )
        : node;
  ajv.addSchema({ $id: 'urn:dialkit:contract', components: rewrite(doc.components) } as Json);
  const exports: Record<string, string> = {};
  const writes: string[] = [];
  const responses = (doc.components as Json).responses as Record<string, Json> | undefined;
  for (const item of Object.values(doc.paths as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as { operationId: string; responses: Record<string, Json>; 'x-dialkit-changes'?: boolean } | undefined;
      if (!op) continue;
      const code = Object.keys(op.responses).find((c) => c.startsWith('2'));
      let response = code ? op.responses[code] : undefined;
      const ref = response?.['$ref'];
      if (typeof ref === 'string') response = responses?.[ref.split('/').pop()!];
      const schema = (response?.content as Record<string, { schema?: Json }> | undefined)?.['application/json']?.schema;
      // No body (204): nothing is read from the answer.
      const id = `urn:dialkit:op:${op.operationId}`;
      ajv.addSchema({ $id: id, ...(schema ? (rewrite(schema) as Json) : {}) });
      exports[op.operationId] = id;
      // A request that changes no record (`x-dialkit-changes: false`, e.g. issuing credentials) is not a write.
      if (method !== 'get' && op['x-dialkit-changes'] !== false) writes.push(op.operationId);
    }
  }
  return { ajv, exports, writes };
}

let compiled: ReturnType<typeof compile> | undefined;

/** The operations of the contract that answer with a body or without (204). */
export function operationIds(): string[] {
  compiled ??= compile();
  return Object.keys(compiled.exports);
}

/** The validator of one operation's answer, as an ES module exporting `validate`. */
export function compileValidator(operationId: string): string {
  compiled ??= compile();
  const id = compiled.exports[operationId];
  if (!id) throw new Error(`No operation ${operationId} in the contract`);
  const code = standaloneCode(compiled.ajv, { validate: id });
  // Ajv's standalone code `require`s its runtime helpers even as ES code;
  // the one the contract needs (string length in code points) is inlined, so
  // the module runs unbundled too (dev server, tests).
  const inlined = code.replaceAll(
    'require("ajv/dist/runtime/ucs2length").default',
    '((s) => { let n = 0; for (const _ of s) n++; return n; })',
  );
  const left = /require\("[^"]+"\)/.exec(inlined);
  if (left) throw new Error(`contract validators: ${left[0]} is not inlined`);
  return inlined;
}

/**
 * Serves the validators, in dev, tests and builds: `virtual:dialkit/contract-validators`
 * maps each operationId to an `import()` of its own module
 * (`virtual:dialkit/contract-validators/<operationId>`), so a page loads the
 * validators of the operations its elements call, and only when they call them.
 */
export function contractValidators(): Plugin {
  return {
    name: 'dialkit:contract-validators',
    resolveId: (id) => (id === ID || id.startsWith(`${ID}/`) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${ID}`)) return null;
      this.addWatchFile(contract);
      if (id === `\0${ID}`) {
        compiled = undefined; // the contract may have changed
        const entries = operationIds().map((op) => `  ${op}: () => import('${ID}/${op}'),`);
        compiled ??= compile();
        return `export const validators = {\n${entries.join('\n')}\n};\nexport const writes = ${JSON.stringify(compiled.writes)};\n`;
      }
      return compileValidator(id.slice(`\0${ID}/`.length));
    },
  };
}
