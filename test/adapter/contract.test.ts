import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validate } from '@readme/openapi-parser';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import openapiTS, { COMMENT_HEADER, astToString } from 'openapi-typescript';
import { parse } from 'yaml';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SERVER_ERROR_CODES } from '../../src/core/error-codes.js';
import { createRestAdapter, type DialkitAdapter } from '../../src/adapter/index.js';
import type { OperationId } from '../../src/adapter/types.js';
import { fixtures } from './fixtures.js';

const specUrl = new URL('../../src/adapter/openapi.yaml', import.meta.url);
const schemaFile = fileURLToPath(new URL('../../src/adapter/schema.d.ts', import.meta.url));

type Json = Record<string, unknown>;
interface Operation extends Json {
  operationId?: string;
  parameters?: Json[];
  responses: Record<string, Json>;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;
const load = (): Json => parse(readFileSync(specUrl, 'utf8')) as Json;
const doc = load();
const paths = doc.paths as Record<string, Record<string, unknown>>;
const components = doc.components as Record<string, Record<string, Json>>;

const operations: { path: string; method: string; op: Operation; pathParameters: Json[] }[] = Object.entries(
  paths,
).flatMap(([path, item]) =>
  METHODS.filter((m) => m in item).map((method) => ({
    path,
    method,
    op: item[method] as Operation,
    pathParameters: (item.parameters as Json[] | undefined) ?? [],
  })),
);

/** Follows one local `$ref` (`#/components/<kind>/<name>`). */
function deref(node: Json): Json {
  const ref = node.$ref;
  if (typeof ref !== 'string') return node;
  const [, , kind, name] = ref.split('/');
  const target = components[kind ?? '']?.[name ?? ''];
  if (!target) throw new Error(`dangling $ref ${ref}`);
  return deref(target);
}

const parameterNames = (o: (typeof operations)[number]) =>
  [...o.pathParameters, ...(o.op.parameters ?? [])].map((p) => deref(p).name);

describe('openapi.yaml', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await validate(load() as Parameters<typeof validate>[0]);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('gives every operation a unique camelCase operationId', () => {
    const ids = operations.map((o) => o.op.operationId);
    for (const id of ids) expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('answers every error with a Problem body', () => {
    const errors = operations.flatMap(({ op }) => Object.entries(op.responses).filter(([s]) => !/^2\d\d$/.test(s)));
    expect(errors.length).toBeGreaterThan(operations.length);
    for (const [status, response] of errors) {
      const content = deref(response).content as Record<string, Json> | undefined;
      expect(Object.keys(content ?? {}), status).toEqual(['application/json']);
      expect(content?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/Problem' });
    }
  });

  it('lists exactly the server error codes of core', () => {
    expect(components.schemas?.ErrorCode?.enum).toEqual([...SERVER_ERROR_CODES]);
  });

  it('requires an Idempotency-Key on every money-moving operation and the callback request, and only there', () => {
    const keyed = operations.filter((o) => parameterNames(o).includes('Idempotency-Key')).map((o) => o.op.operationId);
    expect(keyed.sort()).toEqual(['allocateCredit', 'buyCredit', 'buyNumber', 'buySubscriptions', 'reclaimCredit', 'requestCallback']);
    const key = components.parameters?.idempotencyKey;
    expect(key).toMatchObject({ in: 'header', required: true, schema: { minLength: 8, maxLength: 128 } });
  });

  it('takes the version read on every delete of a versioned record', () => {
    const deletes = operations.filter((o) => o.method === 'delete' && o.op.operationId !== 'cancelInvitation');
    expect(deletes.length).toBe(5);
    for (const o of deletes) expect(parameterNames(o), o.path).toContain('version');
  });

  it('closes every object schema (additionalProperties: false), except Problem details', () => {
    const open: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Json;
      if (schema.type === 'object' && schema.additionalProperties !== false && !at.endsWith('Problem.properties.details')) {
        open.push(at);
      }
      for (const [k, v] of Object.entries(schema)) visit(v, `${at}.${k}`);
    };
    visit(components.schemas, 'schemas');
    expect(open).toEqual([]);
  });

  it('pages long lists with offset and limit', () => {
    expect(components.parameters?.offset?.schema).toEqual({ type: 'integer', minimum: 0, default: 0 });
    expect(components.parameters?.limit?.schema).toEqual({ type: 'integer', minimum: 1, maximum: 500, default: 50 });
  });
});

describe('DialkitAdapter', () => {
  it('has one method per operation', () => {
    const adapter = createRestAdapter({ baseUrl: 'http://dialkit.test/api' });
    const ids = operations.map((o) => o.op.operationId ?? '');
    expect(Object.keys(adapter).sort()).toEqual(ids.sort());
    for (const id of ids) expect(typeof adapter[id as keyof DialkitAdapter]).toBe('function');
    // Besides the operations, an adapter may carry the `id` naming its backend.
    expectTypeOf<Exclude<keyof DialkitAdapter, 'id'>>().toEqualTypeOf<OperationId>();
  });
});

describe('schema.d.ts', () => {
  it('is what openapi-typescript generates from openapi.yaml', async () => {
    const generated = COMMENT_HEADER + astToString(await openapiTS(specUrl));
    const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();
    expect(normalize(readFileSync(schemaFile, 'utf8'))).toBe(normalize(generated));
  });
});

describe('test fixtures', () => {
  it('conform to the schemas', () => {
    const ajv = new Ajv2020({ allErrors: true });
    addFormats(ajv);
    ajv.addKeyword('components');
    ajv.addSchema({ $id: 'https://dialkit.test/contract', components: { schemas: components.schemas } });
    const problems: unknown[] = [];
    for (const [name, value] of Object.entries(fixtures)) {
      const check = ajv.getSchema(`https://dialkit.test/contract#/components/schemas/${name}`);
      if (!check) throw new Error(`no schema ${name}`);
      for (const item of Array.isArray(value) ? value : [value]) {
        if (!check(item)) problems.push({ name, errors: check.errors });
      }
    }
    expect(problems).toEqual([]);
  });
});
