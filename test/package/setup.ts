// Global setup of the `package` project: what a user installs, as a user gets
// it. Packs the built package (`npm pack`, as published), installs the
// tarball into a copy of examples/ (each host's own dependencies from its
// lockfile, none of the kit's), builds the React and Vue hosts for production
// (type-checking them against the shipped typings first), and serves the lot
// on a loopback port for the tests to open in Chromium.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../scripts/static-server.mjs';

const root = resolve(import.meta.dirname, '../..');

const run = (cwd: string, command: string, args: string[]) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(root, 'dist/dialkit.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const work = mkdtempSync(join(tmpdir(), 'dialkit-hosts-'));
  // The build already ran (npm test builds before this project): pack it as is.
  const packed = JSON.parse(run(root, 'npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work])) as {
    filename: string;
    files: { path: string; size: number }[];
    unpackedSize: number;
  }[];
  const tarball = join(work, packed[0]!.filename);
  const hosts = join(work, 'examples');
  cpSync(join(root, 'examples'), hosts, {
    recursive: true,
    filter: (src) => !/[/\\](node_modules|dist)$/.test(src),
  });
  run(hosts, 'npm', ['ci', '--no-audit', '--no-fund']);
  run(hosts, 'npm', ['install', '--no-save', '--no-audit', '--no-fund', tarball]);
  run(hosts, 'npm', ['run', 'build:react']);
  run(hosts, 'npm', ['run', 'build:vue']);
  const { url, close } = await serve(hosts);
  project.provide('hostsUrl', url);
  project.provide('hostsDir', hosts);
  project.provide('packedFiles', packed[0]!.files.map((f) => f.path));
  return async () => {
    await close();
    rmSync(work, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    hostsUrl: string;
    hostsDir: string;
    packedFiles: string[];
  }
}
