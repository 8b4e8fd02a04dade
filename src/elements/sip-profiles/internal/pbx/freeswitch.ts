/**
 * FreeSWITCH: the gateway (for `sip_profiles/external/`) and the dialplan of
 * its incoming calls (for `dialplan/public/`), as two XML files. Values are
 * XML-escaped, and `$` is written as `&#36;` too: FreeSWITCH expands `$${…}`
 * in the raw text before it parses the XML, so no value can reach its
 * preprocessor or its variables.
 */
import { byExtension, commentText, fileName, LOCAL_CONTEXT, type PbxFile, type PbxInput, trunkOf } from './common.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', $: '&#36;' };

/** An attribute's value. */
export const attr = (text: string): string => text.replace(/[&<>"'$]/g, (c) => ENTITIES[c]!);

/** A literal inside a regular expression (PCRE). */
const literal = (text: string): string => text.replace(/[\\^$.|?*+()[\]{}/-]/g, '\\$&');

const param = (name: string, value: string | number | boolean): string => `    <param name="${attr(name)}" value="${attr(String(value))}"/>`;

export function freeswitch(input: PbxInput): PbxFile[] {
  const k = trunkOf(input);
  const gateway = `dialkit-${k.slug}`;
  const header = (what: string) => [
    `<!-- Dialkit SIP profile: ${commentText(k.name)} -->`,
    `<!-- ${what} -->`,
  ];

  const gatewayXml = [
    '<include>',
    ...header('Generated from the profile; the password is shown only when asked for.').map((l) => `  ${l}`),
    `  <gateway name="${attr(gateway)}">`,
    param('realm', k.server),
    param('proxy', `${k.server}:${k.port}`),
    param('register-proxy', `${k.server}:${k.port}`),
    param('register-transport', k.transport),
    ...(k.registration
      ? [param('register', true), param('username', k.username), param('password', k.password), param('from-user', k.username)]
      : [param('register', false), param('username', 'dialkit')]),
    param('from-domain', k.server),
    param('expire-seconds', 300),
    param('retry-seconds', 60),
    param('ping', 60),
    param('caller-id-in-from', false),
    param('extension-in-contact', true),
    param('context', 'public'),
    `  </gateway>`,
    `  <!-- Calls from the service come from ${k.addresses.join(', ')}: let them in through the profile's inbound ACL. -->`,
    '</include>',
    '',
  ];

  const limit = `<action application="limit" data="${attr(`hash dialkit ${k.slug} ${k.channels} !USER_BUSY`)}"/>`;
  const dialplan = ['<include>', ...header(`Calls from the trunk, to the extensions of the ${LOCAL_CONTEXT} context.`).map((l) => `  ${l}`)];
  let n = 0;
  for (const [extension, routes] of byExtension(k.routes)) {
    n += 1;
    dialplan.push(`  <extension name="${attr(`${gateway}-${n}`)}">`);
    for (const label of new Set(routes.map((r) => commentText(r.label)))) dialplan.push(`    <!-- ${label} -->`);
    const expression = `^(${routes.map((r) => literal(r.user)).join('|')})$`;
    dialplan.push(
      `    <condition field="destination_number" expression="${attr(expression)}">`,
      `      ${limit}`,
      `      <action application="transfer" data="${attr(`${extension} XML ${LOCAL_CONTEXT}`)}"/>`,
      '    </condition>',
      '  </extension>',
    );
  }
  dialplan.push('</include>', '');

  return [
    { name: fileName('freeswitch', k.slug, '.xml'), place: `/etc/freeswitch/sip_profiles/external/${gateway}.xml`, text: gatewayXml.join('\n') },
    { name: fileName('freeswitch', k.slug, '-dialplan.xml'), place: `/etc/freeswitch/dialplan/public/${gateway}.xml`, text: dialplan.join('\n') },
  ];
}
