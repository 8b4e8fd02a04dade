/** The PBX configurations of a profile, each format loaded with this module only when asked for. */
import { asterisk } from './asterisk.js';
import type { PbxFile, PbxFormat, PbxInput } from './common.js';
import { freeswitch } from './freeswitch.js';
import { kamailio } from './kamailio.js';

export { MASK, PbxValueError } from './common.js';
export type { PbxFile, PbxFormat, PbxInput } from './common.js';

export const PBX_FORMATS: readonly PbxFormat[] = ['asterisk', 'freeswitch', 'kamailio'];

const GENERATORS: Record<PbxFormat, (input: PbxInput) => PbxFile[]> = { asterisk, freeswitch, kamailio };

/** The files of `format` for the profile: throws `PbxValueError` on a value no configuration may hold. */
export function pbxConfiguration(format: PbxFormat, input: PbxInput): PbxFile[] {
  return GENERATORS[format](input);
}
