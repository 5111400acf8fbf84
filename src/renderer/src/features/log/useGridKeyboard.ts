import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import { moveAcrossForKey, moveForKey, type EnterDirection } from './grid-navigation';

/** Focuses (and selects, so typing replaces) the cell of `column` in `row` inside `container`. */
export function focusGridCell(container: HTMLElement | null, row: number, column: string): boolean {
  const cell = container?.querySelector<HTMLInputElement>(
    `[data-grid-row="${row}"][data-grid-column="${column}"]`,
  );
  if (!cell) return false;
  cell.focus();
  cell.select();
  return true;
}

/**
 * Focuses the first cell of `column` that the coach can type in: read-only rows and `skipRows` (rows
 * just saved, whose saved values have not come back from the database yet) are passed over.
 */
export function focusFirstOpenCell(
  container: HTMLElement | null,
  column: string,
  skipRows: ReadonlySet<number> = new Set(),
): boolean {
  const cells =
    container?.querySelectorAll<HTMLInputElement>(`[data-grid-column="${column}"]:not([readonly])`) ?? [];
  const cell = [...cells].find((candidate) => !skipRows.has(Number(candidate.dataset.gridRow)));
  if (!cell) return false;
  cell.focus();
  cell.select();
  return true;
}

interface GridKeyboardOptions {
  containerRef: RefObject<HTMLElement | null>;
  saveButtonRef: RefObject<HTMLButtonElement | null>;
  rowCount: number;
  canEnterRow?: (row: number) => boolean;
  /** The grid's columns, left to right, and where Enter goes; without them Enter moves down. */
  columns?: readonly string[];
  enterDirection?: EnterDirection;
}

/**
 * The grid's key handler, attached once to the table: reads the cell's row and column from its data
 * attributes and moves as `moveForKey` says. Ctrl+Enter is left to bubble up to the page, which saves.
 */
export function useGridKeyboard({
  containerRef,
  saveButtonRef,
  rowCount,
  canEnterRow,
  columns,
  enterDirection = 'down',
}: GridKeyboardOptions) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement)) return;
      const row = Number(target.dataset.gridRow);
      const column = target.dataset.gridColumn;
      if (column === undefined || !Number.isInteger(row)) return;
      const columnIndex = columns?.indexOf(column) ?? -1;
      if (enterDirection === 'across' && columns && columnIndex >= 0) {
        const across = moveAcrossForKey(event, row, columnIndex, rowCount, columns.length, canEnterRow);
        if (across !== null) {
          event.preventDefault();
          const nextColumn = across.kind === 'focusCell' ? columns[across.column] : undefined;
          if (across.kind === 'focusCell' && nextColumn)
            focusGridCell(containerRef.current, across.row, nextColumn);
          else if (across.kind === 'focusSave') saveButtonRef.current?.focus();
          return;
        }
      }
      const move = moveForKey(event, row, rowCount, canEnterRow);
      if (move === null || move.kind === 'save') return;
      event.preventDefault();
      if (move.kind === 'focusRow') focusGridCell(containerRef.current, move.row, column);
      else if (move.kind === 'focusSave') saveButtonRef.current?.focus();
    },
    [containerRef, saveButtonRef, rowCount, canEnterRow, columns, enterDirection],
  );
}
