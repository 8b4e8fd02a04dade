// Writes the kit's TypeScript declarations to dist/types/ (run after `vite
// build`, which empties dist/). tsc does not copy the generated contract types
// (a .d.ts source), so they are copied beside the declarations that import them.
import { spawnSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const tsc = join(root, 'node_modules', '.bin', 'tsc');
const run = spawnSync(tsc, ['-p', join(root, 'scripts', 'tsconfig.types.json')], { stdio: 'inherit' });
if (run.status !== 0) process.exit(run.status ?? 1);
copyFileSync(join(root, 'src/adapter/schema.d.ts'), join(root, 'dist/types/adapter/schema.d.ts'));
console.log('dist/types/: declarations written');
