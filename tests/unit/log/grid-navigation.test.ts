import { describe, expect, it } from 'vitest';
import {
  isEditingKey,
  isSaveShortcut,
  moveForKey,
  type GridKeyPress,
} from '../../../src/renderer/src/features/log/grid-navigation';

const press = (key: string, modifiers: Partial<GridKeyPress> = {}): GridKeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('moveForKey', () => {
  it.each([
    { name: 'Enter moves down', key: press('Enter'), row: 0, expected: { kind: 'focusRow', row: 1 } },
    { name: 'Enter on the last row goes to the save button', key: press('Enter'), row: 3, expected: { kind: 'focusSave' } },
    { name: 'Shift+Enter moves up', key: press('Enter', { shiftKey: true }), row: 2, expected: { kind: 'focusRow', row: 1 } },
    { name: 'Shift+Enter on the first row stays', key: press('Enter', { shiftKey: true }), row: 0, expected: { kind: 'stay' } },
    { name: '↓ moves down', key: press('ArrowDown'), row: 1, expected: { kind: 'focusRow', row: 2 } },
    { name: '↓ on the last row stays', key: press('ArrowDown'), row: 3, expected: { kind: 'stay' } },
    { name: '↑ moves up', key: press('ArrowUp'), row: 3, expected: { kind: 'focusRow', row: 2 } },
    { name: 'Ctrl+Enter saves', key: press('Enter', { ctrlKey: true }), row: 1, expected: { kind: 'save' } },
    { name: '⌘+Enter saves', key: press('Enter', { metaKey: true }), row: 1, expected: { kind: 'save' } },
    { name: 'Tab is left to the browser', key: press('Tab'), row: 1, expected: null },
    { name: 'digits are left to the cell', key: press('7'), row: 1, expected: null },
    { name: 'Alt+Enter is left alone', key: press('Enter', { altKey: true }), row: 1, expected: null },
  ])('$name', ({ key, row, expected }) => {
    expect(moveForKey(key, row, 4)).toEqual(expected);
  });

  it('jumps over rows that cannot be entered (already checked in)', () => {
    const isOpen = (row: number) => row !== 1 && row !== 2;
    expect(moveForKey(press('Enter'), 0, 4, isOpen)).toEqual({ kind: 'focusRow', row: 3 });
    expect(moveForKey(press('ArrowUp'), 3, 4, isOpen)).toEqual({ kind: 'focusRow', row: 0 });
    expect(moveForKey(press('Enter'), 0, 3, isOpen)).toEqual({ kind: 'focusSave' });
  });
});

describe('isEditingKey and isSaveShortcut', () => {
  it.each([
    { key: press('5'), isEditing: true, isSave: false },
    { key: press(','), isEditing: true, isSave: false },
    { key: press('Backspace'), isEditing: true, isSave: false },
    { key: press('Delete'), isEditing: true, isSave: false },
    { key: press('Tab'), isEditing: false, isSave: false },
    { key: press('Enter'), isEditing: false, isSave: false },
    { key: press('c', { ctrlKey: true }), isEditing: false, isSave: false },
    { key: press('Enter', { ctrlKey: true }), isEditing: false, isSave: true },
  ])('$key.key (ctrl $key.ctrlKey)', ({ key, isEditing, isSave }) => {
    expect(isEditingKey(key)).toBe(isEditing);
    expect(isSaveShortcut(key)).toBe(isSave);
  });
});
