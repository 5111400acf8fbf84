import type { DBCore, Middleware } from 'dexie';
import type { CoachDatabase } from './database';

/** Counts the database's writes, so a backup can tell that the data changed while it was read. */
export interface ChangeTracker {
  /** Writes (add, put, delete, clear) started since the tracker was installed. */
  count(): number;
  /** Called after each write request; answers a function that stops listening. */
  subscribe(listener: () => void): () => void;
}

/**
 * Installs a DBCore middleware on `db` (before it opens) that counts every mutate request: one
 * bulkAdd of 5,000 rows is one count, so the cost is nothing next to the write itself.
 */
export function trackChanges(db: CoachDatabase): ChangeTracker {
  let changes = 0;
  const listeners = new Set<() => void>();
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'change-tracker',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => {
            changes += 1;
            return table.mutate(request).then((result) => {
              for (const listener of listeners) listener();
              return result;
            });
          },
        };
      },
    }),
  };
  db.use(middleware);
  return {
    count: () => changes,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
