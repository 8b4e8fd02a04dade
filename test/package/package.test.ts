// The packed package as a user installs it: what it ships, what it exposes,
// what it installs, and how a production bundler treats it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const hosts = inject('hostsDir');
const files = inject('packedFiles');
const installed = join(hosts, 'node_modules/dialkit');
const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
  dependencies: Record<string, string>;
  sideEffects: string[];
  customElements: string;
};

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

/** Resolves `specifier` from the hosts' folder as Node's ESM resolver does (exports conditions included). */
function resolveFromHost(specifier: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`], {
    cwd: hosts,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

describe('the tarball', () => {
  it('ships only what runs: built code, types, the manifest, the licence and the readme', () => {
    const stray = files.filter((f) => !/^(dist\/|LICENSE$|README\.md$|package\.json$)/.test(f));
    expect(stray).toEqual([]);
    expect(files.filter((f) => /\.map$|^src\/|^locales\/|\/node_modules\//.test(f))).toEqual([]);
    expect(files).toContain('LICENSE');
    expect(files).toContain(pkg.customElements.replace(/^\.\//, ''));
  });

  it('points every export at a shipped file, and exposes no internal module', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      for (const path of typeof target === 'string' ? [target] : Object.values(target)) {
        expect(files, `${entry} → ${path}`).toContain(path.replace(/^\.\//, ''));
      }
    }
    expect(Object.keys(pkg.exports).filter((k) => k.includes('*'))).toEqual([]);
    expect(resolveFromHost('dialkit/members')).toMatch(/dist\/elements\/members\/define\.js$/);
    expect(() => resolveFromHost('dialkit/elements/members/members.js')).toThrow(/ERR_PACKAGE_PATH_NOT_EXPORTED|not exported/);
    expect(() => resolveFromHost('dialkit/dist/elements/shared/base.js')).toThrow(/ERR_PACKAGE_PATH_NOT_EXPORTED|not exported/);
  });

  it('installs nothing it does not run: every dependency is imported by the shipped code', () => {
    const code = filesUnder(join(installed, 'dist'))
      .filter((f) => f.endsWith('.js') && !f.includes('/cdn/'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    for (const dependency of Object.keys(pkg.dependencies)) {
      expect(code, dependency).toMatch(new RegExp(`from\\s*"${dependency.replace(/[/.]/g, '\\$&')}(/[^"]*)?"`));
    }
  });

  it('is minified, the CSS in style templates included', () => {
    const built = readFileSync(join(installed, 'dist/elements/members/members.js'), 'utf8');
    const source = readFileSync(join(import.meta.dirname, '../../src/elements/members/members.ts'), 'utf8');
    // HTML templates keep their line breaks (they are text); the code around them does not.
    expect(built.length).toBeLessThan(source.length * 0.75);
    expect(built).not.toMatch(/^\s*\/\/|\/\*\*/m);
    for (const styles of ['shared/styles.js', 'members/members.styles.js', 'reports/reports.styles.js']) {
      expect(readFileSync(join(installed, 'dist/elements', styles), 'utf8').trim().split('\n'), styles).toHaveLength(1);
    }
  });
});

describe('a production build of a host', () => {
  /** Bundles `source` as a host app would (Vite, production), and returns the output code. */
  function bundle(source: string): string {
    const dir = mkdtempSync(join(hosts, '.bundle-'));
    try {
      writeFileSync(join(dir, 'main.js'), source);
      writeFileSync(
        join(dir, 'vite.config.js'),
        `export default { logLevel: 'silent', build: { outDir: 'out', minify: false, rolldownOptions: { input: 'main.js', output: { codeSplitting: false } } } };`,
      );
      execFileSync(join(hosts, 'node_modules/.bin/vite'), ['build'], { cwd: dir, stdio: 'pipe' });
      return filesUnder(join(dir, 'out'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => readFileSync(f, 'utf8'))
        .join('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('keeps the registration of an element it imports, and only that', () => {
    const code = bundle(`import 'dialkit/sip-profiles';`);
    expect(code).toMatch(/["'`]dk-sip-profiles["'`]/);
    expect(code).not.toMatch(/["'`]dk-reports["'`]/);
  });

  it('registers no element when only the API is imported', () => {
    const code = bundle(`import { createRestAdapter } from 'dialkit'; console.log(createRestAdapter({ baseUrl: '/api' }));`);
    expect(code).not.toMatch(/customElements\.define/);
    expect(code).not.toMatch(/["'`]dk-members["'`]/);
  });

  it('registers every element with dialkit/all', () => {
    const code = bundle(`import 'dialkit/all';`);
    for (const tag of ['dk-manager', 'dk-setup', 'dk-members', 'dk-credit', 'dk-features', 'dk-reports', 'dk-sip-profiles', 'dk-call-button-generator', 'dk-help-article', 'dk-help-center']) {
      expect(code, tag).toMatch(new RegExp(`["'\`]${tag}["'\`]`));
    }
  });
});
