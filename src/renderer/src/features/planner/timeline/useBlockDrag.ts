import { useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { Block } from '@shared/model';
import { dragRange, sameRange, type DateRange, type DragMode, type TimelineScale } from './timeline-geometry';

/** Pixels the pointer travels before a press becomes a drag (below it, it is a click). */
const DRAG_THRESHOLD_PX = 4;

export interface BlockDrag {
  blockId: string;
  mode: DragMode;
  original: DateRange;
  /** The range under the pointer now, snapped. */
  range: DateRange;
  /** Whole days (Shift held) instead of whole weeks. */
  isByDay: boolean;
}

interface DragStart {
  pointerX: number;
  hasMoved: boolean;
}

export interface BlockDragHandlers {
  onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  onPointerMove: (event: PointerEvent<HTMLElement>) => void;
  onPointerUp: (event: PointerEvent<HTMLElement>) => void;
  onPointerCancel: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * Dragging block bars and their edges with the pointer (mouse, pen or touch): snapped to whole weeks
 * so a block's sessions stay on their weekdays, to whole days with Shift held. Escape cancels. On
 * release `onDrop` gets the new range; the caller checks it and writes it.
 */
export function useBlockDrag(scale: TimelineScale, onDrop: (blockId: string, range: DateRange) => void) {
  const [drag, setDrag] = useState<BlockDrag | null>(null);
  const startRef = useRef<DragStart | null>(null);
  const dragRef = useRef<BlockDrag | null>(null);
  const suppressClickRef = useRef(false);

  const update = (next: BlockDrag | null) => {
    dragRef.current = next;
    setDrag(next);
  };
  const cancel = () => {
    startRef.current = null;
    update(null);
  };

  const handlersFor = (block: Block, mode: DragMode): BlockDragHandlers => ({
    onPointerDown: (event) => {
      if (event.button !== 0) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      if (mode !== 'move') event.stopPropagation();
      startRef.current = { pointerX: event.clientX, hasMoved: false };
      suppressClickRef.current = false;
      // Shift (snap by days) would otherwise extend the page's text selection.
      window.getSelection()?.removeAllRanges();
      const original = { startDate: block.startDate, endDate: block.endDate };
      update({ blockId: block.id, mode, original, range: original, isByDay: event.shiftKey });
    },
    onPointerMove: (event) => {
      const start = startRef.current;
      const current = dragRef.current;
      if (!start || current?.blockId !== block.id || current.mode !== mode) return;
      const deltaPx = event.clientX - start.pointerX;
      if (!start.hasMoved && Math.abs(deltaPx) < DRAG_THRESHOLD_PX) return;
      start.hasMoved = true;
      const range = dragRange(current.original, mode, deltaPx, scale, event.shiftKey ? 1 : 7);
      if (!sameRange(range, current.range) || current.isByDay !== event.shiftKey)
        update({ ...current, range, isByDay: event.shiftKey });
    },
    onPointerUp: (event) => {
      const start = startRef.current;
      const current = dragRef.current;
      if (event.currentTarget.hasPointerCapture(event.pointerId))
        event.currentTarget.releasePointerCapture(event.pointerId);
      cancel();
      if (!start?.hasMoved || current?.blockId !== block.id) return;
      // Only the bar itself has a click (opening the dialog) to swallow after a drag.
      suppressClickRef.current = mode === 'move';
      if (!sameRange(current.range, current.original)) onDrop(block.id, current.range);
    },
    onPointerCancel: cancel,
    onKeyDown: (event) => {
      if (event.key === 'Escape' && dragRef.current) {
        event.preventDefault();
        event.stopPropagation();
        suppressClickRef.current = mode === 'move' && (startRef.current?.hasMoved ?? false);
        cancel();
      }
    },
  });

  /** True once after a drag ended on the bar: its click then must not open the dialog. */
  const consumeDragClick = (): boolean => {
    const wasDrag = suppressClickRef.current;
    suppressClickRef.current = false;
    return wasDrag;
  };

  return { drag, handlersFor, consumeDragClick };
}
