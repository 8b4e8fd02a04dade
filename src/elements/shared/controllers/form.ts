import type { DialkitError } from '../../../core/errors.js';
import type { ElementHost as Host } from './services.js';


/**
 * When a form shows a problem, one rule for every form of the kit:
 * - what is wrong in what was typed shows as soon as it is typed ("12,345" in
 *   an amount);
 * - an empty required field says so once the user has left it, or has tried
 *   to send the form, never before;
 * - a refusal of the backend about a field (`details.field`) shows at that
 *   field until the field is changed.
 * Fields are named by the element; `problem()` gives the text to show.
 */
export class FormController<F extends string> {
  private touched = new Set<F>();
  private server = new Map<F, string>();
  /** The user tried to send the form. */
  submitted = false;

  constructor(private readonly host: Host) {
  }

  /** The field lost the focus (`@blur`): its emptiness may now be said. */
  touch(field: F): void {
    if (this.touched.has(field)) return;
    this.touched.add(field);
    this.host.requestUpdate();
  }

  /** The field changed (`@input`): the backend's problem with its old value is gone. */
  edit(field: F): void {
    if (this.server.delete(field)) this.host.requestUpdate();
  }

  /** The user tried to send the form. */
  submit(): void {
    this.submitted = true;
    this.host.requestUpdate();
  }

  /** A new, untouched form. */
  reset(): void {
    this.touched.clear();
    this.server.clear();
    this.submitted = false;
    this.host.requestUpdate();
  }

  /**
   * The text to show at `field`: the backend's refusal, else `local`, the
   * problem of what was typed (`empty` says it is only that it is empty).
   */
  problem(field: F, local: { text: string; empty?: boolean } | string | null | undefined): string {
    const server = this.server.get(field);
    if (server) return server;
    if (!local) return '';
    const { text, empty } = typeof local === 'string' ? { text: local, empty: false } : local;
    if (empty && !this.submitted && !this.touched.has(field)) return '';
    return text;
  }

  /**
   * Takes a refusal of the backend: when it names a field the form has
   * (`fieldOf` maps the contract's field path to the form's), the text shows
   * there. Returns that field, to focus it.
   */
  refuse(error: DialkitError, fieldOf: (path: string) => F | undefined, text: string): F | undefined {
    const path = error.details?.['field'];
    const field = typeof path === 'string' ? fieldOf(path) : undefined;
    return field ? this.refuseAt(field, text) : undefined;
  }

  /**
   * Shows a refusal at `field` until the field is changed: for a refusal the
   * element places itself (by its code, when the backend names no field).
   */
  refuseAt(field: F, text: string): F {
    this.server.set(field, text);
    this.host.requestUpdate();
    return field;
  }

  /** Whether the backend refused a field of the form. */
  get refusedField(): boolean {
    return this.server.size > 0;
  }
}
