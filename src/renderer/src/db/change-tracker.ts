import Dexie from 'dexie';
import type { CoachDatabase } from './database';

/** Counts the database's committed writes, so a backup can tell that the data changed while it was read. */
export interface ChangeTracker {
  /** Write transactions committed since the tracker was made. */
  count(): number;
  /** Called after each committed write; answers a function that stops listening. */
  subscribe(listener: () => void): () => void;
}

/**
 * Listens to Dexie's 'storagemutated' event (the one liveQuery already relies on, fired when a write
 * transaction commits) for the parts of `db`: nothing is added to the writes themselves.
 */
export function trackChanges(db: CoachDatabase): ChangeTracker {
  let changes = 0;
  const listeners = new Set<() => void>();
  const prefix = `idb://${db.name}/`;
  Dexie.on('storagemutated', (parts) => {
    if (!Object.keys(parts).some((part) => part.startsWith(prefix))) return;
    changes += 1;
    for (const listener of listeners) listener();
  });
  return {
    count: () => changes,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
