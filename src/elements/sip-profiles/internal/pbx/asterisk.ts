/**
 * Asterisk (PJSIP): `pjsip.conf` sections for the trunk and the dialplan
 * context its calls enter, as two files. Asterisk's configuration has one
 * escape, `\;` for a semicolon in a value (main/config.c); every value is
 * checked against the contract's patterns first (no spaces, no line breaks).
 */
import { byExtension, commentText, fileName, LOCAL_CONTEXT, RECEPTION, type PbxFile, type PbxInput, trunkOf } from './common.js';

/** A user part Asterisk can match as it is: a number or an extension. */
const DIGITS = /^\+?[0-9]+$/;

/** A value as Asterisk reads it back: a semicolon would start a comment. */
const value = (text: string): string => text.replace(/;/g, '\\;');

export function asterisk(input: PbxInput): PbxFile[] {
  const k = trunkOf(input);
  const id = `dialkit-${k.slug}`;
  const transport = `transport-dialkit-${k.transport}`;
  const context = `from-${id}`;
  const uriTransport = k.transport === 'udp' ? '' : `;transport=${k.transport}`;
  const server = value(`sip:${k.server}:${k.port}${uriTransport}`);
  const header = [`; Dialkit SIP profile: ${commentText(k.name)}`, `; Generated from the profile; the password is shown only when asked for.`];

  const pjsip = [
    ...header,
    '',
    `[${transport}]`,
    'type=transport',
    `protocol=${k.transport}`,
    `bind=0.0.0.0:${k.transport === 'tls' ? 5061 : 5060}`,
    ...(k.transport === 'tls' ? ['method=tlsv1_2'] : []),
    '',
    ...(k.registration
      ? [
          `[${id}-auth]`,
          'type=auth',
          'auth_type=userpass',
          `username=${value(k.username)}`,
          `password=${value(k.password)}`,
          '',
          `[${id}-registration]`,
          'type=registration',
          `transport=${transport}`,
          `outbound_auth=${id}-auth`,
          `server_uri=${server}`,
          `client_uri=sip:${value(k.username)}@${k.server}`,
          `contact_user=${value(k.username)}`,
          'expiration=300',
          'retry_interval=60',
          'forbidden_retry_interval=600',
          'line=yes',
          `endpoint=${id}`,
          '',
        ]
      : []),
    `[${id}-aor]`,
    'type=aor',
    `contact=${server}`,
    'qualify_frequency=60',
    '',
    `[${id}]`,
    'type=endpoint',
    `transport=${transport}`,
    `context=${context}`,
    'disallow=all',
    'allow=g722,alaw,ulaw',
    `aors=${id}-aor`,
    ...(k.registration ? [`outbound_auth=${id}-auth`, `from_user=${value(k.username)}`] : []),
    `from_domain=${k.server}`,
    'direct_media=no',
    'rtp_symmetric=yes',
    'rewrite_contact=yes',
    `device_state_busy_at=${k.channels}`,
    '',
    `; Calls from the service come from these addresses${k.registration ? '' : ' (the profile trusts the PBX by its address: no password)'}.`,
    `[${id}-identify]`,
    'type=identify',
    `endpoint=${id}`,
    `match=${k.addresses.join(',')}`,
    '',
  ];

  const group = `${id}`;
  const extensions = [
    ...header,
    `; Calls to an extension go to it in [${LOCAL_CONTEXT}]; the others to the reception, ${RECEPTION}.`,
    '',
    `[${context}]`,
  ];
  const groups = byExtension(k.routes);
  for (const [extension, routes] of groups) {
    // Account names are matched by the pattern below: Asterisk ignores dashes in an extension's name.
    for (const r of routes.filter((r) => DIGITS.test(r.user))) {
      extensions.push(`; ${commentText(r.label)}`, `exten => ${r.user},1,Gosub(${id}-limit,s,1)`, ` same => n,Goto(${LOCAL_CONTEXT},${extension},1)`);
    }
  }
  const named = k.routes.filter((r) => !DIGITS.test(r.user));
  if (named.length) {
    extensions.push(
      `; Accounts without an extension, called by their name: ${named.map((r) => commentText(r.user)).join(', ')}`,
      `exten => _[a-zA-Z].,1,Gosub(${id}-limit,s,1)`,
      ` same => n,Goto(${LOCAL_CONTEXT},${RECEPTION},1)`,
    );
  }
  extensions.push(
    '',
    `; Calls from the PBX to the outside world (E.164 numbers) through the trunk.`,
    `[to-${id}]`,
    `exten => _+X.,1,Gosub(${id}-limit,s,1)`,
    ` same => n,Dial(PJSIP/\${EXTEN}@${id})`,
    ' same => n,Hangup()',
    '',
    `; At most ${k.channels} calls at once on the trunk, both ways.`,
    `[${id}-limit]`,
    `exten => s,1,Set(GROUP()=${group})`,
    ` same => n,GotoIf($[\${GROUP_COUNT(${group})} > ${k.channels}]?full)`,
    ' same => n,Return()',
    ' same => n(full),Congestion()',
    '',
  );

  return [
    { name: fileName('pjsip', k.slug, '.conf'), place: '/etc/asterisk/pjsip.conf', text: pjsip.join('\n') },
    { name: fileName('extensions', k.slug, '.conf'), place: '/etc/asterisk/extensions.conf', text: extensions.join('\n') },
  ];
}
