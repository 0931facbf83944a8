import { defineElement } from '../shared/define.js';
import { McErrorSummary } from './error-summary.component.js';

export { McErrorSummary };
export type { SummaryError } from './error-summary.component.js';
export { validateForm, type FieldError, type FormValidation } from '../shared/form-registry.js';
defineElement('mc-error-summary', McErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'mc-error-summary': McErrorSummary;
  }
}
