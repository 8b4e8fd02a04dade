/**
 * Requests read through the contract: an operation's body and parameters are
 * validated against the JSON schemas of `src/adapter/openapi.yaml` (JSON
 * Schema 2020-12, as OpenAPI 3.1 has it), and a request that breaks them is
 * refused the way the contract says a server refuses it: `400` with the
 * field's specific code where one exists (`invalid_amount` for a money value,
 * `invalid_account_name`, `invalid_extension`, `invalid_phone_number`,
 * `consent_required`), else `validation_failed`, and
 * `details.field` naming the value (`admin.accountName`, `amount`, `limit`).
 * Business rules (limits, conflicts, who may do what) stay in the domain.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import contractText from '../src/adapter/openapi.yaml?raw';
import type { ServerErrorCode } from '../src/core/errors.js';
import type { OperationId } from '../src/adapter/types.js';
import { problem } from './problem.js';

type Json = Record<string, unknown>;

/** The contract document, as its schemas reference it. */
export const CONTRACT = parse(contractText) as Json;
const CONTRACT_ID = 'contract';
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

/** One operation of the contract and where its schemas are in the document. */
export interface Operation {
  operationId: OperationId;
  method: (typeof METHODS)[number];
  /** The path as the contract writes it, e.g. `/members/{memberId}`. */
  path: string;
  /** The parameters read from the URL, with the JSON pointer of each one's schema. */
  parameters: { name: string; in: 'query' | 'path'; required: boolean; schema: string }[];
  /** The JSON pointer of the body's schema, when the operation takes one. */
  body: string | null;
}

const pointer = (...parts: string[]): string => `#/${parts.map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;

/** Follows a `$ref` into the document (`#/components/...`, or `contract#/...`). */
function resolve(ref: string): Json {
  return ref
    .slice(ref.indexOf('#') + 2)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<Json>((node, key) => node[key] as Json, CONTRACT);
}

function operationsOf(doc: Json): Map<OperationId, Operation> {
  const found = new Map<OperationId, Operation>();
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const parameters = [
        ...((item.parameters as Json[] | undefined) ?? []).map((p, i) => [p, pointer('paths', path, 'parameters', String(i))] as const),
        ...((op.parameters as Json[] | undefined) ?? []).map((p, i) => [p, pointer('paths', path, method, 'parameters', String(i))] as const),
      ].flatMap(([raw, at]): Operation['parameters'] => {
        const ref = typeof raw.$ref === 'string' ? raw.$ref : null;
        const p = ref ? resolve(ref) : raw;
        const where = p.in;
        if (where !== 'query' && where !== 'path') return [];
        return [{ name: p.name as string, in: where, required: p.required === true, schema: `${ref ?? at}/schema` }];
      });
      const body = op.requestBody ? `${pointer('paths', path, method, 'requestBody', 'content', 'application/json', 'schema')}` : null;
      found.set(op.operationId as OperationId, { operationId: op.operationId as OperationId, method, path, parameters, body });
    }
  }
  return found;
}

/** Every operation of the contract, by operationId. */
export const OPERATIONS_OF_CONTRACT: ReadonlyMap<OperationId, Operation> = operationsOf(CONTRACT);

function ajv(coerceTypes: boolean): Ajv2020 {
  // The document holds OpenAPI keywords beside the schemas: not strict.
  const instance = new Ajv2020({ strict: false, allErrors: false, coerceTypes });
  addFormats(instance);
  instance.addSchema(CONTRACT, CONTRACT_ID);
  return instance;
}

/** Parameters arrive as text: integers and booleans are read as such. Bodies are JSON: nothing is coerced. */
const forParameters = ajv(true);
const forBodies = ajv(false);
const validators = new Map<string, ValidateFunction>();

function validator(key: string, compile: () => ValidateFunction): ValidateFunction {
  let found = validators.get(key);
  if (!found) validators.set(key, (found = compile()));
  return found;
}

/** Values whose malformation has a code of its own, by the schema that describes them. */
const CODES: Record<string, ServerErrorCode> = {
  Money: 'invalid_amount',
  AccountName: 'invalid_account_name',
  Extension: 'invalid_extension',
  CallbackPhone: 'invalid_phone_number',
  CallbackConsent: 'consent_required',
};

/** The schemas a node stands for (through `$ref`, `oneOf`, `anyOf`, `allOf`), and the names of those it referenced. */
function expand(nodes: Json[], names: string[]): Json[] {
  return nodes.flatMap((node) => {
    if (typeof node.$ref === 'string') {
      names.push(node.$ref.split('/').pop()!);
      return expand([resolve(node.$ref)], names);
    }
    const branches = [node.oneOf, node.anyOf, node.allOf].flatMap((b) => (Array.isArray(b) ? (b as Json[]) : []));
    return branches.length > 0 ? [node, ...expand(branches, names)] : [node];
  });
}

/**
 * The field and code of a failure at `segments` (the path into the value):
 * the walk down the operation's schema stops at the first value with a code
 * of its own (a money amount is named as a whole); array positions are left out.
 */
function classify(schema: Json, segments: readonly string[]): { field: string; code: ServerErrorCode } {
  const kept: string[] = [];
  let nodes = [schema];
  for (let i = 0; ; i++) {
    const names: string[] = [];
    nodes = expand(nodes, names);
    const coded = names.find((name) => name in CODES);
    if (coded) return { field: kept.join('.'), code: CODES[coded]! };
    const segment = segments[i];
    if (segment === undefined) return { field: kept.join('.'), code: 'validation_failed' };
    if (/^\d+$/.test(segment)) {
      nodes = nodes.flatMap((n) => (n.items ? [n.items as Json] : []));
    } else {
      kept.push(segment);
      nodes = nodes.flatMap((n) => ((n.properties as Json | undefined)?.[segment] ? [(n.properties as Json)[segment] as Json] : []));
    }
  }
}

/** The problem a server answers for the first error of a validation. */
function refusal(schema: Json, error: ErrorObject, what: string) {
  const segments = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const named = (error.params as { missingProperty?: string; additionalProperty?: string });
  const property = named.missingProperty ?? named.additionalProperty;
  if (property !== undefined) segments.push(property);
  const { field, code } = classify(schema, segments);
  const says = error.keyword === 'required' ? 'is required' : error.keyword === 'additionalProperties' ? 'is not a field of this request' : error.message;
  const message = `${field || what} ${says}`;
  return problem(code, message, field ? { field } : undefined);
}

/** What an operation reads from a request, once it matches the contract. */
export interface Parsed {
  /** The query and path parameters, integers read as numbers. */
  parameters: Json;
  body: unknown;
}

/** Validates a request against its operation's schemas; throws the `400` problem when it breaks them. */
export function parseRequest(operationId: OperationId, request: { url: URL; params: Record<string, string>; body: unknown }): Parsed {
  const operation = OPERATIONS_OF_CONTRACT.get(operationId);
  if (!operation) throw problem('internal', `${operationId} is not an operation of the contract`);
  const parameters: Json = {};
  for (const p of operation.parameters) {
    const value = p.in === 'path' ? request.params[p.name] : request.url.searchParams.get(p.name);
    if (value !== null && value !== undefined) parameters[p.name] = value;
  }
  const parameterSchema: Json = {
    type: 'object',
    properties: Object.fromEntries(operation.parameters.map((p) => [p.name, { $ref: `${CONTRACT_ID}${p.schema}` }])),
    required: operation.parameters.filter((p) => p.required).map((p) => p.name),
  };
  const checkParameters = validator(`${operationId} parameters`, () => forParameters.compile(parameterSchema));
  if (!checkParameters(parameters)) throw refusal(parameterSchema, checkParameters.errors![0]!, 'The parameter');
  if (operation.body === null) return { parameters, body: undefined };
  const bodySchema: Json = { $ref: operation.body };
  const checkBody = validator(`${operationId} body`, () => forBodies.compile({ $ref: `${CONTRACT_ID}${operation.body}` }));
  if (!checkBody(request.body)) throw refusal(bodySchema, checkBody.errors![0]!, 'The body');
  return { parameters, body: request.body };
}
