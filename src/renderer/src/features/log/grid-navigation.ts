/** The parts of a keyboard event the grids act on. */
export interface GridKeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** What a key press in a grid cell does; Tab is left to the browser (it moves right). */
export type GridMove =
  | { kind: 'focusRow'; row: number }
  | { kind: 'focusSave' }
  | { kind: 'save' }
  | { kind: 'stay' };

/**
 * Spreadsheet keys: Enter moves down the same column (past the last row to the save button),
 * Shift+Enter and ↑ move up, ↓ moves down, Ctrl/⌘+Enter saves. Rows that `canEnterRow` rejects
 * (an athlete who already checked in) are jumped over. Returns null for keys the grid leaves alone.
 */
export function moveForKey(
  press: GridKeyPress,
  row: number,
  rowCount: number,
  canEnterRow: (row: number) => boolean = () => true,
): GridMove | null {
  if (press.altKey) return null;
  const isEnter = press.key === 'Enter';
  if (isEnter && (press.ctrlKey || press.metaKey)) return { kind: 'save' };
  if (press.ctrlKey || press.metaKey) return null;

  const isDown = (isEnter && !press.shiftKey) || press.key === 'ArrowDown';
  const isUp = (isEnter && press.shiftKey) || press.key === 'ArrowUp';
  if (!isDown && !isUp) return null;

  const step = isDown ? 1 : -1;
  for (let next = row + step; next >= 0 && next < rowCount; next += step) {
    if (canEnterRow(next)) return { kind: 'focusRow', row: next };
  }
  return isDown && isEnter ? { kind: 'focusSave' } : { kind: 'stay' };
}

/** True for a key that would change a cell's text (used to refuse typing into a saved check-in). */
export function isEditingKey(press: GridKeyPress): boolean {
  if (press.ctrlKey || press.metaKey || press.altKey) return false;
  return press.key.length === 1 || press.key === 'Backspace' || press.key === 'Delete';
}

/** Ctrl/⌘+Enter anywhere on a log page saves. */
export function isSaveShortcut(press: GridKeyPress): boolean {
  return press.key === 'Enter' && (press.ctrlKey || press.metaKey) && !press.altKey;
}
