import { describe, expect, it } from 'vitest';
import { build } from 'vite';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callButtonBuild } from '../../../scripts/build/call-button.vite.config.js';
import { gzipSync } from 'node:zlib';

const BUDGET = 1536;

describe('dk-call-button script', () => {
  it(`weighs at most ${BUDGET} bytes min+gzip, with its three languages and its styles`, async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'dk-call-button-'));
    try {
      await build({ ...callButtonBuild(outDir), configFile: false, logLevel: 'silent' });
      const files = readdirSync(outDir, { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
      expect(files, 'one self-contained script').toEqual(['call-button.js']);
      const code = readFileSync(join(outDir, 'call-button.js'));
      expect(code.toString()).not.toMatch(/\bimport\s*[("{*]|\bimport\s+\w/);
      const gzipped = gzipSync(code, { level: 9 }).length;
      console.log(`dk-call-button: ${code.length} bytes minified, ${gzipped} bytes min+gzip (budget ${BUDGET})`);
      expect(gzipped).toBeLessThanOrEqual(BUDGET);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
