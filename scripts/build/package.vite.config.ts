import { relative } from 'node:path';
import { defineConfig } from 'vite';
import { isShared, libraryBuild, root } from './entries.js';

/**
 * The npm package: ES modules for the host's bundler, one output file per
 * source module (so each `define.js` keeps its `customElements.define` and the
 * package's `sideEffects` can name exactly those), the shared runtime
 * libraries left as imports, minified, with no source maps (the sources are
 * not shipped either).
 */
export default defineConfig(
  libraryBuild(
    'dist',
    {
      preserveModules: true,
      preserveModulesRoot: 'src',
      // npm never packs a folder named node_modules: bundled libraries go to vendor/.
      entryFileNames: (chunk) => {
        const id = chunk.facadeModuleId ?? '';
        const validators = /^\0virtual:dialkit\/contract-validators(?:\/(\w+))?$/.exec(id);
        if (validators) return `adapter/contract-validators/${validators[1] ?? 'index'}.js`;
        const phone = /^\0virtual:dialkit\/phone-metadata(?:\/(\d))?$/.exec(id);
        if (phone) return `elements/call-button-generator/phone-metadata/${phone[1] ?? 'index'}.js`;
        const path = id.includes('/node_modules/')
          ? `vendor/${id.slice(id.lastIndexOf('/node_modules/') + '/node_modules/'.length)}`
          : id.startsWith(`${root}/src/`)
            ? relative(`${root}/src`, id)
            : id.startsWith(root)
              ? relative(root, id)
              : chunk.name;
        return `${path.replace(/\.(ts|js|mjs|cjs|json)$/, '').replace(/\0/g, '_')}.js`;
      },
    },
    isShared,
  ),
);
