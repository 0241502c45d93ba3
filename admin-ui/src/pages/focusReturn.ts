import { useRef } from 'react';

/**
 * Gives focus back to what opened a drawer once it has closed (Escape, the close button or a save), so a keyboard
 * user carries on from the row they were at. Call `remember` in the opening click or key handler.
 */
export function useFocusReturn() {
  const trigger = useRef<HTMLElement | null>(null);
  return {
    remember: () => {
      trigger.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    afterOpenChange: (open: boolean) => {
      if (!open && trigger.current?.isConnected) trigger.current.focus();
    },
  };
}
