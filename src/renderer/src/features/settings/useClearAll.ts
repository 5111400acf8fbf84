import { appDb } from '../../db/app-db';
import { clearDatabase } from '../../db';
import { useUndoableChange } from '../history/useUndoableChange';

/**
 * "Clear all data" behind a snapshot, so it can be undone. Resolves to false when the snapshot could
 * not be stored (nothing was cleared, and the coach was told).
 */
export function useClearAll(): () => Promise<boolean> {
  const undoable = useUndoableChange();
  return async () => {
    const outcome = await undoable.run(
      { kind: 'clear', label: '' },
      async () => {
        await clearDatabase(appDb);
        return true;
      },
      // What went: the rows there were before.
      (_done, before) => ({
        athletes: before.athletes ?? 0,
        sessions: before.sessions ?? 0,
        wellness: before.wellness ?? 0,
      }),
    );
    return outcome !== null;
  };
}
