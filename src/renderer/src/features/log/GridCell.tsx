import type { ClipboardEvent, FocusEvent, KeyboardEvent } from 'react';
import { Input } from '@mantine/core';
import { isEditingKey } from './grid-navigation';

/** Room kept above and below a focused cell for the sticky header (wellness) and save bar (px). */
const CELL_SCROLL_MARGIN_TOP = 180;
const CELL_SCROLL_MARGIN_BOTTOM = 120;

interface GridCellProps {
  /** The accessible name, e.g. "RPE for Sanne de Vries". */
  label: string;
  value: string;
  row: number;
  column: string;
  /** Id of the message that explains the problem; set only while the cell is invalid. */
  messageId?: string;
  isInvalid?: boolean;
  /** A saved value the coach may not change; typing calls `onRefusedEdit` instead. */
  isReadOnly?: boolean;
  placeholder?: string;
  isMuted?: boolean;
  width?: number;
  onChange: (text: string) => void;
  onRefusedEdit?: () => void;
}

/**
 * One number cell of an entry grid: focus selects the value so typing replaces it, the decimal
 * keypad opens on touch screens, and an invalid cell says so to assistive technology.
 */
export function GridCell({
  label,
  value,
  row,
  column,
  messageId,
  isInvalid = false,
  isReadOnly = false,
  placeholder,
  isMuted = false,
  width = 76,
  onChange,
  onRefusedEdit,
}: GridCellProps) {
  const handleFocus = (event: FocusEvent<HTMLInputElement>) => event.currentTarget.select();
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (isReadOnly && isEditingKey(event)) onRefusedEdit?.();
  };
  const handlePaste = (event: ClipboardEvent<HTMLInputElement>) => {
    if (!isReadOnly) return;
    event.preventDefault();
    onRefusedEdit?.();
  };
  return (
    <Input
      withAria={false}
      size="sm"
      w={width}
      variant={isReadOnly || isMuted ? 'filled' : 'default'}
      value={value}
      placeholder={placeholder}
      readOnly={isReadOnly}
      error={isInvalid}
      aria-label={label}
      aria-invalid={isInvalid || undefined}
      aria-describedby={isInvalid ? messageId : undefined}
      inputMode="decimal"
      autoComplete="off"
      data-grid-row={row}
      data-grid-column={column}
      styles={{
        input: {
          textAlign: 'right',
          fontVariantNumeric: 'tabular-nums',
          // Keyboard moves scroll the cell clear of the sticky page header and save bar.
          scrollMarginTop: CELL_SCROLL_MARGIN_TOP,
          scrollMarginBottom: CELL_SCROLL_MARGIN_BOTTOM,
        },
      }}
      onFocus={handleFocus}
      onKeyDown={handleKeyDown}
      onPaste={handlePaste}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
