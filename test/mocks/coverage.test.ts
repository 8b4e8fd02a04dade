/**
 * The mock answers the whole contract and nothing else: every operation of
 * `openapi.yaml` has its MSW handler and its `MockBackend` method, named by
 * its operationId, and every handler serves an operation's method and path.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { MockBackend } from '../../mocks/backend/index.js';
import { createHandlers, routes } from '../../mocks/handlers.js';

type Json = Record<string, unknown>;

const doc = parse(readFileSync(new URL('../../src/adapter/openapi.yaml', import.meta.url), 'utf8')) as Json;
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;
/** Every operation of the document: `METHOD /path` by operationId. */
const contract = new Map(
  Object.entries(doc.paths as Record<string, Json>).flatMap(([path, item]) =>
    METHODS.filter((m) => m in item).map((m) => [(item[m] as Json).operationId as string, `${m.toUpperCase()} ${path}`] as const),
  ),
);
/** What the facade offers besides the operations, each documented there as not an operation. */
const HELPERS = ['acceptInvitation', 'declineInvitation', 'addSipProfile', 'recordUsage', 'ledgerEntries', 'balanceMinorUnits', 'feedback'];

const backend = new MockBackend();
/** An MSW path (`/api/members/:memberId`) as the contract writes it (`/members/{memberId}`). */
const asContract = (path: string): string => path.replace(/^\/api/, '').replace(/:([A-Za-z]+)/g, '{$1}');

describe('the mock against the operations of the contract', () => {
  it('has one MSW handler per operation, on its method and path', () => {
    const handlers = createHandlers(backend).map((h) => `${String(h.info.method)} ${asContract(String(h.info.path))}`);
    expect(handlers.sort()).toEqual([...contract.values()].sort());
  });

  it('names each route by the operation whose method and path it serves', () => {
    for (const route of routes(backend)) expect(`${route.method.toUpperCase()} ${asContract(route.path)}`).toBe(contract.get(route.operationId));
  });

  it('has a MockBackend method for every operationId', () => {
    const missing = [...contract.keys()].filter((id) => typeof (backend as unknown as Record<string, unknown>)[id] !== 'function');
    expect(missing).toEqual([]);
  });

  it('offers no other method than the operations and the documented helpers', () => {
    const own = Object.getOwnPropertyNames(MockBackend.prototype).filter(
      (name) => name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(MockBackend.prototype, name)?.value === 'function',
    );
    expect(own.sort()).toEqual([...HELPERS].sort());
    const operations = Object.keys(backend).filter((name) => typeof (backend as unknown as Record<string, unknown>)[name] === 'function');
    expect(operations.sort()).toEqual([...contract.keys()].sort());
  });
});
