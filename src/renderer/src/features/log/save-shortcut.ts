import type { KeyboardEvent } from 'react';
import { isSaveShortcut } from './grid-navigation';

/** For a log page's keydown: Ctrl+Enter (or Cmd+Enter) runs `onSave`. */
export function saveOnShortcut(event: KeyboardEvent<HTMLElement>, onSave: () => Promise<void>): void {
  if (!isSaveShortcut(event)) return;
  event.preventDefault();
  void onSave();
}
