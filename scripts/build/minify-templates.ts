import { minifyHTMLLiterals } from 'minify-literals';
import type { Plugin } from 'vite';

/**
 * Minifies the templates the kit ships: the CSS inside `css` templates
 * (Lightning CSS) and the markup inside `html` templates, through
 * minify-literals; the JavaScript minifier keeps template text as it is.
 *
 * The markup is minified conservatively, so that nothing a reader sees
 * changes: runs of white space become one space and are never removed (text
 * beside an expression keeps its space), comments go, attributes stay as
 * written (an empty `value=""` is a value, not nothing), entities stay.
 */
export function minifyTemplates(): Plugin {
  return {
    name: 'dialkit:minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(?:css|html)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, {
        fileName: id,
        sourceMap: false,
        html: {
          caseSensitive: true,
          collapseWhitespace: true,
          conservativeCollapse: true,
          removeComments: true,
          removeEmptyAttributes: false,
          removeAttributeQuotes: false,
          removeRedundantAttributes: false,
          removeScriptTypeAttributes: false,
          removeStyleLinkTypeAttributes: false,
          decodeEntities: false,
          minifyJS: false,
        },
      });
      return result ? { code: result.code, map: null } : null;
    },
  };
}
