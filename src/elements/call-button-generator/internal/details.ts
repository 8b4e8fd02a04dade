/**
 * The generator's later parts, loaded when the form first needs one of them
 * (an account chosen, the phone number as target, or the opening hours
 * switched on), not at its first paint, which has no button to show yet: the
 * phone fields, the details of the opening hours, the addresses of web
 * calling, the button the choices make, and the live button, the snippet and
 * its copy.
 */
export { renderHoursDetails } from './hours-details.js';
export { numberCheck, renderPhone } from './phone-field.js';
export { buttonSpec } from './spec.js';
export { SnippetOutput } from './snippet-output.js';
export { renderAddresses, webSpec } from './web-addresses.js';
