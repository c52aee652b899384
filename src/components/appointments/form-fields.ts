/**
 * Field error plumbing shared by the form's parts: each error sits next to its
 * control in the same shadow root and is tied to it with `aria-describedby`.
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ContactMethod } from '../../adapters/types.js';
import type { AppointmentFieldError } from '../../core/appointments/validate.js';
import { fieldErrorText } from './appointment-text.js';

/** The errors on show, by field. */
export interface FieldState {
  error: (field: string) => AppointmentFieldError | undefined;
  /** Words contact-detail errors for a phone number or an email address. */
  contactMethod: ContactMethod;
}

/** Element id of the error message of `field`. */
export const errorIdOf = (field: string): string => `err-${field.replace(/[^a-zA-Z0-9-]/g, '-')}`;

export function renderFieldError(fields: FieldState, field: string): TemplateResult | typeof nothing {
  const error = fields.error(field);
  if (!error) return nothing;
  return html`<p class="field-error" id=${errorIdOf(field)} part="error">
    <span class="visually-hidden">${msg('Error:', { id: 'appointments.errorPrefix' })}</span>
    ${fieldErrorText(error, fields.contactMethod)}
  </p>`;
}

/** `aria-describedby` for a control: its hints and, when wrong, its error. */
export function describedBy(fields: FieldState, field: string, ...hints: string[]): string {
  const ids = [...hints];
  if (fields.error(field)) ids.push(errorIdOf(field));
  return ids.join(' ');
}

export function invalid(fields: FieldState, field: string): 'true' | 'false' {
  return fields.error(field) ? 'true' : 'false';
}
