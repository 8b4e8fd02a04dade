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
    // A language's catalog is named by its language and namespace, as the
    // entries are named (the bundle's address carries its version): their
    // list is part of every element's first load, where hashes, which do not
    // compress, weighed about 0.3 KB.
    chunkFileNames: (chunk) => {
      const catalog = /[/\\]locales[/\\](\w\w)[/\\](\w+)\.json$/.exec(chunk.facadeModuleId ?? '');
      if (catalog) return `chunks/locales/${catalog[1]}/${catalog[2]}.js`;
      // libphonenumber's metadata in parts, by the first digit of their calling codes.
      const phone = /phone-metadata\/(\d)$/.exec(chunk.facadeModuleId ?? '');
      return phone ? `chunks/phone-metadata-${phone[1]}-[hash].js` : 'chunks/[name]-[hash].js';
    },
    // No bundler reads these files again: the minifier's pure annotations
    // (`/* @__PURE__ */`, hundreds of them) are dead weight here.
    comments: false,
  }),
);
