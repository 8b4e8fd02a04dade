import { defineConfig } from 'vite';
import { minifyCss } from './minify-css.js';
import { contractValidators } from '../contract-validators.js';
import { entries, root } from './entries.js';

/**
 * The self-contained bundle for a `<script type="module">` tag from a CDN or
 * the company's own server: every library inside, minified, split into shared
 * chunks so that each entry loads only what it uses. `cdn/autoloader.js` is
 * the one tag a page needs.
 */
export default defineConfig({
  root,
  publicDir: false,
  plugins: [minifyCss(), contractValidators()],
  logLevel: 'warn',
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      output: {
        minify: true,
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
