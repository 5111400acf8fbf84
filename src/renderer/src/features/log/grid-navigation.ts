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
  { kind: 'focusRow'; row: number } | { kind: 'focusSave' } | { kind: 'save' } | { kind: 'stay' };

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

/** Where Enter takes the coach: down the column (the default) or along the row. */
export type EnterDirection = 'down' | 'across';

/** Where Enter goes in row-wise entry. */
export type AcrossMove =
  { kind: 'focusCell'; row: number; column: number } | { kind: 'focusSave' } | { kind: 'stay' };

/**
 * Row-wise entry: Enter moves to the next cell of the row and from its last cell to the first cell
 * of the next row that can be entered (past the last row to the save button); Shift+Enter goes back
 * the same way. Returns null for every other key (arrows keep moving along the column).
 */
export function moveAcrossForKey(
  press: GridKeyPress,
  row: number,
  column: number,
  rowCount: number,
  columnCount: number,
  canEnterRow: (row: number) => boolean = () => true,
): AcrossMove | null {
  if (press.key !== 'Enter' || press.altKey || press.ctrlKey || press.metaKey) return null;
  if (press.shiftKey) {
    if (column > 0) return { kind: 'focusCell', row, column: column - 1 };
    for (let previous = row - 1; previous >= 0; previous -= 1) {
      if (canEnterRow(previous)) return { kind: 'focusCell', row: previous, column: columnCount - 1 };
    }
    return { kind: 'stay' };
  }
  if (column < columnCount - 1) return { kind: 'focusCell', row, column: column + 1 };
  for (let next = row + 1; next < rowCount; next += 1) {
    if (canEnterRow(next)) return { kind: 'focusCell', row: next, column: 0 };
  }
  return { kind: 'focusSave' };
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
