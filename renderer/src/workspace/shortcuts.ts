/** The workspace's keyboard shortcuts: one list drives both the handler's docs and the sheet on `?`. */
export const SHORTCUTS = [
  { id: 'nextTable', keys: [']'] },
  { id: 'previousTable', keys: ['['] },
  { id: 'nextFigure', keys: ['j'] },
  { id: 'previousFigure', keys: ['k'] },
  { id: 'zoomIn', keys: ['+'] },
  { id: 'zoomOut', keys: ['-'] },
  { id: 'fitWidth', keys: ['0'] },
  { id: 'find', keys: ['Ctrl', 'F'] },
  { id: 'switchPane', keys: ['F6'] },
  { id: 'focusPdf', keys: ['Ctrl', '1'] },
  { id: 'focusData', keys: ['Ctrl', '2'] },
  { id: 'shortcuts', keys: ['?'] },
  { id: 'close', keys: ['Esc'] },
] as const;

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

/** Keys typed into a text field belong to the field, not to the shortcuts. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}
