import type { CoachDatabase } from '../db/database';
import { TeamMetricsService } from './team-service';
import type { FromTeamService, TeamQuery, TeamQueryResult, ToTeamService } from './team-protocol';

export interface TeamProgress {
  loadedAthletes: number;
  totalAthletes: number;
}

/** What the client needs of a worker (the real one, or the service running on the page). */
interface ServicePort {
  post(message: ToTeamService): void;
  terminate(): void;
}

type Listener = () => void;

interface Waiting {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

function startWorker(onMessage: (message: FromTeamService) => void): ServicePort | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const worker = new Worker(new URL('./team-metrics.worker.ts', import.meta.url), {
      type: 'module',
      name: 'team-metrics',
    });
    worker.onmessage = (event: MessageEvent<FromTeamService>) => onMessage(event.data);
    return { post: (message) => worker.postMessage(message), terminate: () => worker.terminate() };
  } catch {
    return null;
  }
}

function startOnPage(db: CoachDatabase, onMessage: (message: FromTeamService) => void): ServicePort {
  const service = new TeamMetricsService(db, onMessage);
  service.start();
  return {
    post: (message) => {
      if (message.type === 'query') service.query(message.id, message.query);
    },
    terminate: () => service.stop(),
  };
}

/**
 * The page's side of the team metrics service: sends queries, resolves their answers, tells
 * subscribers when the data changed (so screens ask again) and how far the first load is.
 */
export class TeamClient {
  private readonly port: ServicePort;
  private readonly waiting = new Map<number, Waiting>();
  private readonly listeners = new Set<Listener>();
  private nextId = 1;
  private revision = 0;
  private progress: TeamProgress | null = null;

  constructor(db: CoachDatabase, { useWorker = true }: { useWorker?: boolean } = {}) {
    const onMessage = (message: FromTeamService) => this.handle(message);
    const worker = useWorker ? startWorker(onMessage) : null;
    if (worker) {
      worker.post({ type: 'open', databaseName: db.name });
      this.port = worker;
    } else {
      this.port = startOnPage(db, onMessage);
    }
  }

  /** The answer and the data revision it reflects. */
  query<Q extends TeamQuery>(query: Q): Promise<{ result: TeamQueryResult<Q>; revision: number }> {
    const id = this.nextId++;
    return new Promise<{ result: TeamQueryResult<Q>; revision: number }>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.port.post({ type: 'query', id, query });
    });
  }

  /** Called on every data change and progress step; returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getRevision(): number {
    return this.revision;
  }

  getProgress(): TeamProgress | null {
    return this.progress;
  }

  close(): void {
    this.port.terminate();
    for (const { reject } of this.waiting.values()) reject(new Error('The team metrics service closed'));
    this.waiting.clear();
  }

  private handle(message: FromTeamService): void {
    switch (message.type) {
      case 'result':
      case 'error': {
        const waiting = this.waiting.get(message.id);
        this.waiting.delete(message.id);
        if (message.type === 'result') {
          this.progress = null;
          this.revision = Math.max(this.revision, message.revision);
          waiting?.resolve({ result: message.result, revision: message.revision });
        } else {
          waiting?.reject(new Error(message.message));
        }
        return;
      }
      case 'changed':
        this.revision = message.revision;
        break;
      case 'progress':
        this.progress = { loadedAthletes: message.loadedAthletes, totalAthletes: message.totalAthletes };
        break;
    }
    for (const listener of this.listeners) listener();
  }
}
