import { defineConfig } from 'vite';
import { libraryBuild } from './entries.js';

/**
 * The self-contained bundle for a `<script type="module">` tag from a CDN or
 * the company's own server: every library inside, minified, split into shared
 * chunks so that each entry loads only what it uses. `cdn/autoloader.js` is
 * the one tag a page needs.
 */
export default defineConfig(
  libraryBuild('dist/cdn', {
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // No bundler reads these files again: the minifier's pure annotations
    // (`/* @__PURE__ */`, hundreds of them) are dead weight here.
    comments: false,
  }),
);
