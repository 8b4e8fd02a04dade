// A bench page: `entry` (module code) built for production by Vite in a
// temporary directory (Lit without its dev-mode checks, the contract's
// validators as the kit builds them), served by `vite preview` on a free port.
//
//   const page = await servePage('members', entry);
//   await browserPage.goto(page.url); ...; await page.close();
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, preview, runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '../../..');
const { contractValidators } = (await runnerImport(join(root, 'scripts/contract-validators.ts'))).module;
const { phoneMetadata } = (await runnerImport(join(root, 'scripts/phone-metadata.ts'))).module;

export async function servePage(name, entry, { alias } = {}) {
  const dir = mkdtempSync(join(tmpdir(), `dialkit-bench-${name}-`));
  let server;
  const close = async () => {
    await new Promise((r) => (server ? server.httpServer.close(r) : r()));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><meta charset="utf-8"><title>${name} bench</title><script type="module" src="./bench.js"></script><body></body></html>`);
    writeFileSync(join(dir, 'bench.js'), entry);
    await build({
      configFile: false,
      root: dir,
      logLevel: 'error',
      plugins: [contractValidators(), phoneMetadata()],
      resolve: alias ? { alias } : undefined,
      build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022', sourcemap: false },
    });
    server = await preview({ configFile: false, root: dir, logLevel: 'error', build: { outDir: join(dir, 'dist') }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  } catch (error) {
    await close();
    throw error;
  }
  const url = server.resolvedUrls?.local?.[0] ?? `http://127.0.0.1:${server.httpServer.address().port}/`;
  return { url, close };
}
