/**
 * Kamailio: a complete `kamailio.cfg` for a server standing between the
 * service and the company's PBX. It registers the trunk (registration) or
 * lets the service in by its addresses (IP allowlist), sends the service's
 * calls on to the PBX's extensions, the PBX's calls out through the trunk,
 * and holds at most the profile's channels at once. Every value from the
 * profile is checked (`trunkOf`), then written inside a double-quoted string
 * with `\` and `"` escaped: Kamailio's strings, unlike its format strings,
 * expand no `$` variable.
 */
import { byExtension, commentText, fileName, type PbxFile, type PbxInput, trunkOf } from './common.js';

/** A Kamailio string literal. */
export const str = (text: string): string => `"${text.replace(/[\\"]/g, '\\$&')}"`;

/** The company's private networks: only they may call out through the trunk. */
const PRIVATE = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8'];

const inSubnets = (subnets: readonly string[]): string =>
  subnets.map((s) => `is_in_subnet("$si", ${str(s.includes('/') ? s : `${s}/32`)})`).join(' || ');

export function kamailio(input: PbxInput): PbxFile[] {
  const k = trunkOf(input);
  const tls = k.transport === 'tls';
  const server = `sip:${k.server}:${k.port}${k.transport === 'udp' ? '' : `;transport=${k.transport}`}`;
  const pbx = `sip:${k.pbxHost ?? '127.0.0.1'}:5060`;
  const aor = `sip:${k.username}@${k.server}`;
  const modules = ['tm', 'sl', 'rr', 'pv', 'maxfwd', 'textops', 'siputils', 'xlog', 'sanity', 'ipops', 'dialog', 'uac', 'ctl', ...(k.registration ? ['rtimer'] : []), ...(tls ? ['tls'] : [])];

  const routes = [...byExtension(k.routes)].map(
    ([extension, list], i) =>
      `\t${i ? '} else ' : ''}if (${list.map((r) => `$rU == ${str(r.user)}`).join(' || ')}) {\n` +
      [...new Set(list.map((r) => `\t\t# ${commentText(r.label)}\n`))].join('') +
      `\t\t$var(extension) = ${str(extension)};`,
  );

  const lines = [
    '#!KAMAILIO',
    `# Dialkit SIP profile: ${commentText(k.name)}`,
    '# Generated from the profile; the password is shown only when asked for.',
    '',
    'debug=2',
    'log_stderror=no',
    'log_facility=LOG_LOCAL0',
    'children=4',
    'auto_aliases=no',
    ...(tls ? ['enable_tls=yes'] : []),
    '',
    ...(k.registration
      ? [
          '# The address the service reaches this server at, as registered: put your public address.',
          `dialkit.contact = ${str(`sip:${k.username}@192.0.2.1:5060`)} desc "Contact registered at the service"`,
          '',
        ]
      : []),
    ...modules.map((m) => `loadmodule "${m}.so"`),
    '',
    ...(tls ? ['modparam("tls", "config", "/etc/kamailio/tls.cfg")'] : []),
    'modparam("rr", "append_fromtag", 1)',
    'modparam("dialog", "profiles_no_value", "trunk")',
    ...(k.registration
      ? [
          `modparam("uac", "credential", ${str(`${k.username}:${k.server}:${k.password}`)})`,
          'modparam("rtimer", "timer", "name=register;interval=240;mode=1;")',
          'modparam("rtimer", "exec", "timer=register;route=REGISTER")',
        ]
      : []),
    '',
    'request_route {',
    '\tif (!mf_process_maxfwd_header("10")) { sl_send_reply("483", "Too Many Hops"); exit; }',
    '\tif (!sanity_check("17895", "7")) exit;',
    '\tif (is_method("OPTIONS") && !has_totag()) { sl_send_reply("200", "OK"); exit; }',
    '\tif (has_totag()) {',
    '\t\tif (loose_route()) { route(RELAY); exit; }',
    '\t\tif (is_method("ACK") && t_check_trans()) route(RELAY);',
    '\t\telse if (!is_method("ACK")) sl_send_reply("404", "Not here");',
    '\t\texit;',
    '\t}',
    '\tif (is_method("CANCEL")) { if (t_check_trans()) route(RELAY); exit; }',
    '\tif (!is_method("INVITE")) { sl_send_reply("405", "Method Not Allowed"); exit; }',
    '\tt_check_trans();',
    '\trecord_route();',
    `\t# The service sends its calls from ${k.addresses.join(', ')}.`,
    `\tif (${inSubnets(k.addresses)}) route(FROM_SERVICE);`,
    `\tif (${inSubnets(PRIVATE)}) route(TO_SERVICE);`,
    '\tsl_send_reply("403", "Forbidden");',
    '\texit;',
    '}',
    '',
    '# A call from the service: to the extension on the PBX.',
    'route[FROM_SERVICE] {',
    ...(routes.length ? [...routes, '\t} else {', '\t\tsl_send_reply("404", "Not Found");', '\t\texit;', '\t}'] : ['\tsl_send_reply("404", "Not Found");', '\texit;']),
    '\troute(CHANNELS);',
    '\t$rU = $var(extension);',
    `\t$du = ${str(pbx)};`,
    '\troute(RELAY);',
    '}',
    '',
    '# A call from the PBX to an E.164 number: out through the trunk.',
    'route[TO_SERVICE] {',
    '\tif (!($rU =~ "^[+][1-9][0-9]{6,14}$")) { sl_send_reply("404", "Not Found"); exit; }',
    '\troute(CHANNELS);',
    `\t$du = ${str(server)};`,
    `\t$rd = ${str(k.server)};`,
    ...(k.registration ? ['\tt_on_failure("AUTH");'] : []),
    '\troute(RELAY);',
    '}',
    '',
    `# At most ${k.channels} calls at once on the trunk, both ways.`,
    'route[CHANNELS] {',
    '\tdlg_manage();',
    '\tget_profile_size("trunk", "$var(calls)");',
    `\tif ($var(calls) >= ${k.channels}) { sl_send_reply("503", "Trunk Full"); exit; }`,
    '\tset_dlg_profile("trunk");',
    '}',
    '',
    'route[RELAY] {',
    '\tif (!t_relay()) sl_reply_error();',
    '\texit;',
    '}',
    ...(k.registration
      ? [
          '',
          'failure_route[AUTH] {',
          '\tif (t_is_canceled()) exit;',
          '\tif (t_check_status("401|407") && uac_auth()) t_relay();',
          '}',
          '',
          '# Registers the trunk at the service, again before it expires.',
          'route[REGISTER] {',
          '\t$uac_req(method) = "REGISTER";',
          `\t$uac_req(ruri) = ${str(server)};`,
          `\t$uac_req(furi) = ${str(aor)};`,
          `\t$uac_req(turi) = ${str(aor)};`,
          `\t$uac_req(ouri) = ${str(server)};`,
          '\t$uac_req(hdrs) = "Contact: <" + $sel(cfg_get.dialkit.contact) + ">\\r\\nExpires: 300\\r\\n";',
          `\t$uac_req(auser) = ${str(k.username)};`,
          `\t$uac_req(apasswd) = ${str(k.password)};`,
          '\tuac_req_send();',
          '}',
        ]
      : []),
    '',
  ];
  return [{ name: fileName('kamailio', k.slug, '.cfg'), place: '/etc/kamailio/kamailio.cfg', text: lines.join('\n') }];
}
