/**
 * The one-tag way in: registers each `dk-*` element when one first appears in
 * the page, and loads nothing else. A page holding `<dk-manager>` alone fetches
 * the console, then each section as the user opens it; the reports, the
 * snippet generator and the help search stay on the server until needed.
 *
 * ```html
 * <script type="module" src="https://cdn.example.com/dialkit/cdn/autoloader.js"></script>
 * <dk-manager api-base="/api"></dk-manager>
 * ```
 *
 * Elements added later (by a framework, by `innerHTML` of the host page) are
 * found too. Elements inside another component's shadow root are not watched:
 * call `discover(root)` for such a root.
 */
import { loadElement, registerLoaders } from './elements/shared/loader.js';

/** Every element the autoloader knows, by tag. The public call button is loaded alone (`call-button.js`). */
export const loaders: Record<string, () => Promise<unknown>> = {
  'dk-manager': () => import('./elements/manager/define.js'),
  'dk-setup': () => import('./elements/setup/define.js'),
  'dk-members': () => import('./elements/members/define.js'),
  'dk-credit': () => import('./elements/credit/define.js'),
  'dk-features': () => import('./elements/features/define.js'),
  'dk-reports': () => import('./elements/reports/define.js'),
  'dk-sip-profiles': () => import('./elements/sip-profiles/define.js'),
  'dk-call-button-generator': () => import('./elements/call-button-generator/define.js'),
  'dk-help-article': () => import('./elements/help-article/define.js'),
  'dk-help-center': () => import('./elements/help-center/define.js'),
  'dk-softphone': () => import('./elements/softphone/define.js'),
};

registerLoaders(loaders);

const selector = Object.keys(loaders).join(',');

/** Registers every known `dk-*` element present in `root` (a document, an element, a shadow root). */
export async function discover(root: ParentNode): Promise<void> {
  const tags = new Set<string>();
  if (root instanceof Element && root.matches(selector)) tags.add(root.localName);
  for (const el of root.querySelectorAll(selector)) tags.add(el.localName);
  await Promise.all(
    [...tags].map((tag) =>
      loadElement(tag).catch((error: unknown) => {
        console.error(`[dialkit] <${tag}> could not be loaded:`, error);
      }),
    ),
  );
}

if (typeof document !== 'undefined') {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  });
  observer.observe(document.documentElement, { subtree: true, childList: true });
  void discover(document);
}
