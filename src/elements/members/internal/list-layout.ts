import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

type Size = FlowLayout['viewportSize'];

/**
 * The virtualizer's vertical flow, with a viewport never empty. The
 * virtualizer sees only the part of the list inside the window: off-screen
 * (the page not yet scrolled to it) it rendered no row at all, so the list had
 * no tab stop and screen readers found it empty. Here the list always holds
 * the rows from its scroll position on, as far as the layout's overhang.
 */
class RenderedFlow extends FlowLayout {
  /**
   * Rows rendered beyond the view, above and below: about eight rows, enough
   * for a smooth scroll, where the virtualizer's 1,000 px (25 rows each side)
   * made every keystroke that changes who is in view render three times the
   * rows it shows.
   */
  protected override _overhang = 320;

  override get viewportSize(): Size {
    return super.viewportSize;
  }
  override set viewportSize(size: Size) {
    super.viewportSize = { width: size.width, height: Math.max(1, size.height) };
  }
}
/** The member list's layout, for `virtualize({ layout })`. */
export const LIST_LAYOUT = { type: RenderedFlow };
