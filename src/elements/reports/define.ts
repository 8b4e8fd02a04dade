import { defineElement } from '../shared/define-element.js';
import { DkReports } from './reports.js';

defineElement('dk-reports', DkReports);

declare global {
  interface HTMLElementTagNameMap {
    'dk-reports': DkReports;
  }
}

export { DkReports };
