import type { FormInstance } from 'antd';
import { errorsByField, type PayloadError } from '../api';

/**
 * Shows a refused mutation's errors: each next to the form field it names (path ["input", field]) when the form has
 * that field, the others in the list returned, for the drawer to show above the form.
 */
export function showPayloadErrors<T extends object>(
  form: FormInstance<T>,
  errors: readonly PayloadError[],
  formFields: readonly string[],
): string[] {
  const { fields, general } = errorsByField(errors);
  const shown = fields.filter((f) => formFields.includes(f.name));
  form.setFields(shown.map((f) => ({ name: f.name as never, errors: f.errors })));
  return [...general, ...fields.filter((f) => !formFields.includes(f.name)).flatMap((f) => f.errors)];
}
