/**
 * Reads a configuration file by the rules of Asterisk's own parser
 * (main/config.c, `process_text_line` and `config_text_file_load`): Asterisk
 * is not packaged for Debian 12 and no npm package reads its syntax (the `ini`
 * package cuts a value at `#` and merges repeated keys; Python's configparser
 * refuses repeated keys, which every dialplan has). The rules:
 * - `;` starts a comment unless written `\;` (the backslash is dropped);
 *   `;--` opens a block comment that `--;` closes;
 * - `[name]` opens a section, `[name](!)` a template, `[name](tpl)` one that
 *   uses a template;
 * - `#include` and `#exec` lines are directives;
 * - `key = value` and `key => value`, both sides trimmed; a key may repeat.
 */
export interface AsteriskSection {
  name: string;
  /** `(…)` after the name, when written. */
  options: string | null;
  entries: [key: string, value: string][];
}

export interface AsteriskConfig {
  sections: AsteriskSection[];
  directives: string[];
}

export function readAsteriskConfig(text: string): AsteriskConfig {
  const config: AsteriskConfig = { sections: [], directives: [] };
  let nested = 0;
  let section: AsteriskSection | null = null;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    let line = '';
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i]!;
      if (nested > 0) {
        if (raw.startsWith('--;', i)) (nested -= 1), (i += 2);
        else if (raw.startsWith(';--', i)) (nested += 1), (i += 2);
        continue;
      }
      if (c === ';') {
        if (line.endsWith('\\')) {
          line = `${line.slice(0, -1)};`;
          continue;
        }
        if (raw.startsWith(';--', i) && raw[i + 3] !== '-') {
          nested += 1;
          i += 2;
          continue;
        }
        break;
      }
      line += c;
    }
    line = line.trim();
    if (!line) continue;
    const fail = (why: string) => new Error(`line ${index + 1}: ${why}: ${JSON.stringify(raw)}`);
    if (line.startsWith('#')) {
      if (!/^#(include|tryinclude|exec)\s/.test(line)) throw fail('unknown directive');
      config.directives.push(line);
      continue;
    }
    const header = /^\[([^\]]+)\](?:\(([^)]*)\))?$/.exec(line);
    if (header) {
      section = { name: header[1]!, options: header[2] ?? null, entries: [] };
      config.sections.push(section);
      continue;
    }
    if (line.startsWith('[')) throw fail('bad section header');
    const entry = /^([^=]+?)\s*=>?\s*(.*)$/.exec(line);
    if (!entry) throw fail('no "=" in a line');
    if (!section) throw fail('an entry outside any section');
    section.entries.push([entry[1]!.trim(), entry[2]!.trim()]);
  }
  if (nested > 0) throw new Error('a block comment is not closed');
  return config;
}

/** The values of `key` in the section named `name` (of `type`, when several share the name). */
export function valuesOf(config: AsteriskConfig, name: string, key: string): string[] {
  const found = config.sections.filter((s) => s.name === name);
  if (found.length !== 1) throw new Error(`${found.length} sections named ${name}`);
  return found[0]!.entries.filter(([k]) => k === key).map(([, v]) => v);
}
