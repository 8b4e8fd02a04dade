import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/**
 * Minifies the CSS inside the kit's `css` templates (Lightning CSS, through
 * minify-literals); the JavaScript minifier keeps template text as it is.
 * HTML templates are left alone: their whitespace is part of the text shown.
 */
export function minifyCss(): Plugin {
  return {
    name: 'dialkit:minify-css',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id, html: false, htmlTags: [], sourceMap: false });
      return result ? { code: result.code, map: null } : null;
    },
  };
}
