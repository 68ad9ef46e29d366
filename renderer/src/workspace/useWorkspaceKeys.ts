/**
 * Workspace shortcuts, on the window while a filing is open. Single keys never fire
 * while typing in a field; Ctrl/Cmd+F, F6 and Ctrl/Cmd+1/2 work everywhere.
 */
import { useEffect } from 'react';
import { useFiling } from '../state/filing';
import { useWorkspace, type Pane } from '../state/workspace';
import { stepFigure, stepTable } from './navigate';
import { isTyping } from './shortcuts';

/** The pane holding focus now (by DOM position), to switch to the other with F6. */
function focusedPane(): Pane | null {
  const active = document.activeElement;
  if (active?.closest('[data-pane="pdf"]')) return 'pdf';
  if (active?.closest('[data-pane="data"]')) return 'data';
  return null;
}

export function useWorkspaceKeys(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const workspace = useWorkspace.getState();
      const filing = useFiling.getState();
      const command = event.ctrlKey || event.metaKey;

      if (command && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        workspace.openFind();
        return;
      }
      if (event.key === 'F6' && !command && !event.altKey) {
        event.preventDefault();
        workspace.focusPane(focusedPane() === 'pdf' ? 'data' : 'pdf');
        return;
      }
      if (command && !event.altKey && (event.key === '1' || event.key === '2')) {
        event.preventDefault();
        workspace.focusPane(event.key === '1' ? 'pdf' : 'data');
        return;
      }
      if (event.key === 'Escape' && workspace.shortcutsOpen) {
        event.preventDefault();
        workspace.setShortcutsOpen(false);
        return;
      }
      // In the find box, Escape is the box's own (it closes the bar and returns to the PDF).
      if (event.key === 'Escape' && workspace.findOpen && !isTyping(event.target)) {
        event.preventDefault();
        workspace.closeFind();
        return;
      }
      if (command || event.altKey || isTyping(event.target) || workspace.shortcutsOpen) return;

      switch (event.key) {
        case ']':
          stepTable(1);
          break;
        case '[':
          stepTable(-1);
          break;
        case 'j':
          stepFigure(1);
          break;
        case 'k':
          stepFigure(-1);
          break;
        case '+':
        case '=':
          filing.zoomIn();
          break;
        case '-':
          filing.zoomOut();
          break;
        case '0':
          filing.fitWidth();
          break;
        case '?':
          workspace.setShortcutsOpen(true);
          break;
        default:
          return;
      }
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
