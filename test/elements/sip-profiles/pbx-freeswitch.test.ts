import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { pbxConfiguration } from '../../../src/elements/sip-profiles/internal/pbx/index.js';
import { HOSTILE_PASSWORD, hostileProfile, seededInputs } from './pbx-fixtures.js';

type Node = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: () => true });

/** Parses as FreeSWITCH reads the file: well-formed XML, its comments legal, no `$` left for its preprocessor. */
function read(text: string): Node {
  expect(XMLValidator.validate(text)).toBe(true);
  for (const [, comment] of text.matchAll(/<!--([\s\S]*?)-->/g)) expect(comment).not.toMatch(/--|-$/);
  expect(text).not.toContain('$');
  return parser.parse(text) as Node;
}

const at = (node: unknown, ...path: (string | number)[]): any => path.reduce<any>((n, key) => n?.[key], node);
const params = (gateway: Node): Record<string, string> =>
  Object.fromEntries((gateway['param'] as Node[]).map((p) => [at(p, 'name', 0), at(p, 'value', 0)]));

describe('FreeSWITCH configuration', () => {
  it('is a gateway and a public dialplan that a real XML parser reads back exactly, for a hostile profile', () => {
    const profile = hostileProfile('registration');
    const [gatewayFile, dialplanFile] = pbxConfiguration('freeswitch', { profile, secret: { username: 'trunk-sip.7', password: HOSTILE_PASSWORD } });
    expect(gatewayFile!.name).toBe('freeswitch-evil-x-x-y-define-x-z-end.xml');
    expect(dialplanFile!.name).toBe('freeswitch-evil-x-x-y-define-x-z-end-dialplan.xml');

    const gateways = at(read(gatewayFile!.text), 'include', 0, 'gateway') as Node[];
    expect(gateways).toHaveLength(1);
    expect(at(gateways[0], 'name', 0)).toBe('dialkit-evil-x-x-y-define-x-z-end');
    expect(params(gateways[0]!)).toMatchObject({
      realm: 'sip.dialkit.example',
      proxy: 'sip.dialkit.example:5061',
      'register-transport': 'tls',
      register: 'true',
      username: 'trunk-sip.7',
      password: HOSTILE_PASSWORD,
      context: 'public',
    });

    const extensions = at(read(dialplanFile!.text), 'include', 0, 'extension') as Node[];
    const routes = extensions.map((e) => {
      const condition = at(e, 'condition', 0);
      expect(at(condition, 'field', 0)).toBe('destination_number');
      const actions = (condition['action'] as Node[]).map((a) => [at(a, 'application', 0), at(a, 'data', 0)]);
      expect(actions[0]).toEqual(['limit', 'hash dialkit evil-x-x-y-define-x-z-end 3 !USER_BUSY']);
      return { expression: new RegExp(at(condition, 'expression', 0) as string), transfer: actions[1] };
    });
    const target = (user: string) => routes.filter((r) => r.expression.test(user)).map((r) => r.transfer?.[1]);
    expect(target('101')).toEqual(['101 XML default']);
    for (const user of ['live:evil-name_1', '+48221234568', '+33123456789']) expect(target(user)).toEqual(['0 XML default']);
    // Matched as literals: a dot or a plus is no wildcard.
    for (const user of ['1011', 'x101', 'liveXevil-name_1', '48221234568', '+48221234567']) expect(target(user)).toEqual([]);
  });

  it('masks the password until it is revealed, and needs none for an IP allowlist', () => {
    const masked = pbxConfiguration('freeswitch', { profile: hostileProfile('registration') })[0]!;
    expect(params(at(read(masked.text), 'include', 0, 'gateway', 0))['password']).toBe('********');
    const allowlist = params(at(read(pbxConfiguration('freeswitch', { profile: hostileProfile('ip_allowlist') })[0]!.text), 'include', 0, 'gateway', 0));
    expect(allowlist['register']).toBe('false');
    expect(allowlist).not.toHaveProperty('password');
  });

  it('reads back for every profile of the seed', () => {
    for (const input of seededInputs()) {
      const [gateway, dialplan] = pbxConfiguration('freeswitch', input);
      expect(params(at(read(gateway!.text), 'include', 0, 'gateway', 0))['password']).toBe(input.secret?.password ?? undefined);
      read(dialplan!.text);
    }
  });
});
