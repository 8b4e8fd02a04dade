import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const ID = 'virtual:dialkit/phone-metadata';
const file = createRequire(import.meta.url).resolve('libphonenumber-js/metadata.min.json');

interface Metadata {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, unknown>;
  nonGeographic?: Record<string, unknown>;
}

/**
 * Serves libphonenumber-js's metadata (its `min` set, the one its default
 * entry uses) in parts: `virtual:dialkit/phone-metadata` holds the version and
 * the calling codes with their countries (1.0 KB gzip), and a loader for each
 * of nine parts, the countries and non-geographic numbers whose calling code
 * starts with that digit (`virtual:dialkit/phone-metadata/<digit>`, 0.4 to
 * 2.9 KB). A number is read with the part of its country, and an
 * international one with the part its first digit names: a page reads one
 * or two parts of the 19 KB.
 */
export function phoneMetadata(): Plugin {
  let metadata: Metadata | undefined;
  const read = (): Metadata => (metadata ??= JSON.parse(readFileSync(file, 'utf8')) as Metadata);
  return {
    name: 'dialkit:phone-metadata',
    resolveId: (id) => (id === ID || id.startsWith(`${ID}/`) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${ID}`)) return null;
      const { version, country_calling_codes: codes, countries, nonGeographic = {} } = read();
      if (id === `\0${ID}`) {
        const digits = [...new Set(Object.keys(codes).map((code) => code[0]))].sort();
        const parts = digits.map((d) => `  ${d}: () => import('${ID}/${d}'),`).join('\n');
        return `export const version = ${version};\nexport const codes = ${JSON.stringify(codes)};\nexport const parts = {\n${parts}\n};\n`;
      }
      const digit = id.slice(`\0${ID}/`.length);
      const part: Required<Pick<Metadata, 'countries' | 'nonGeographic'>> = { countries: {}, nonGeographic: {} };
      for (const [code, owners] of Object.entries(codes)) {
        if (code[0] !== digit) continue;
        for (const owner of owners) {
          if (owner === '001') part.nonGeographic[code] = nonGeographic[code];
          else part.countries[owner] = countries[owner];
        }
      }
      return `export default ${JSON.stringify(part)};\n`;
    },
  };
}
