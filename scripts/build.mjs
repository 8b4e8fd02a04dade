#!/usr/bin/env node
// `npm run build`: everything the package ships, in dist/:
// - the npm package: ES modules for bundlers, one file per module, the shared
//   runtime libraries (Lit, i18next) left as imports (build/package.vite.config.ts);
// - cdn/: the self-contained, minified bundle for a script tag, with the
//   autoloader (build/cdn.vite.config.ts);
// - call-button.js: the public button, alone (build/call-button.vite.config.ts),
//   and its call panel beside it, call-panel-<lang>.js (its chunks under
//   call-panel/), loaded on a button's first click (build/call-panel.vite.config.ts);
// - types/: declarations per entry, plus the tags for React and Vue;
// - custom-elements.json: the manifest.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateManifest, packageManifest } from './build/manifest.mjs';
import { writeDeclarations, writeFrameworkTypes } from './build/types.mjs';

const root = join(import.meta.dirname, '..');
const vite = join(root, 'node_modules', '.bin', 'vite');

function step(name, action) {
  const start = performance.now();
  action();
  console.log(`  ✓ ${name} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
}

function viteBuild(config, ...args) {
  const run = spawnSync(vite, ['build', '--config', config, '--logLevel', 'warn', ...args], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`vite build --config ${config} failed`);
}

rmSync(join(root, 'dist'), { recursive: true, force: true });
step('npm package (dist/)', () => viteBuild('scripts/build/package.vite.config.ts'));
step('self-contained bundle (dist/cdn/)', () => viteBuild('scripts/build/cdn.vite.config.ts'));
step('public call button (dist/call-button.js, and call-button.dev.js with its warnings)', () => {
  viteBuild('scripts/build/call-button.vite.config.ts');
  viteBuild('scripts/build/call-button.vite.config.ts', '--mode', 'warnings');
});
step('its call panel, one per language (dist/call-panel-<lang>.js)', () => {
  for (const lang of ['en', 'pl', 'fr']) viteBuild('scripts/build/call-panel.vite.config.ts', '--mode', lang);
});
step('declarations (dist/types/)', writeDeclarations);
step('manifest and framework typings', () => {
  const manifest = generateManifest();
  writeFileSync(join(root, 'dist/custom-elements.json'), `${JSON.stringify(packageManifest(manifest), null, 2)}\n`);
  writeFrameworkTypes(manifest);
});
