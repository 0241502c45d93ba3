import { useState } from 'react';
import { Alert, type FormInstance } from 'antd';
import type { PayloadError } from '../api';
import { showPayloadErrors } from './payloadErrors';

/**
 * The sending state of a form whose change answers payload errors: while it saves, and the messages that name no
 * field of the form (shown above it by {@link FormErrors}); the others go next to their field.
 */
export function usePayloadForm<T extends object>(form: FormInstance<T>, formFields: readonly string[]) {
  const [general, setGeneral] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  /**
   * Sends a change; true when it was made, false when it was refused or failed (the errors are shown). A refusal that
   * `handled` takes care of itself (it answers true) is not shown.
   */
  const send = async (
    change: () => Promise<readonly PayloadError[]>,
    handled?: (errors: readonly PayloadError[]) => boolean | Promise<boolean>,
  ): Promise<boolean> => {
    setSaving(true);
    setGeneral([]);
    try {
      const errors = await change();
      if (errors.length === 0) return true;
      if (!(await handled?.(errors))) setGeneral(showPayloadErrors(form, errors, formFields));
      return false;
    } catch (error) {
      setGeneral([String(error)]);
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { general, saving, send };
}

/** The messages of a refused change that name no field of the form. */
export function FormErrors({ messages }: { messages: readonly string[] }) {
  return messages.map((message) => <Alert key={message} type="error" title={message} className="form-alert" />);
}
