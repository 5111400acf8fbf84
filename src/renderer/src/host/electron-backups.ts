import {
  BackupStatusSchema,
  hostEvents,
  type BackupEntry,
  type BackupStatus,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type HostBridge,
} from '@shared/ipc/contract';
import {
  streamBackup,
  type BackupProducer,
  type BackupReason,
  type BackupsHost,
  type BackupSink,
} from './backups';

/** Changes are told to main at most this often (an import writes many chunks). */
const MARK_CHANGED_DELAY_MS = 1_000;

type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/**
 * Automatic backups in Electron: main owns the schedule, folder, files and rotation; it asks for a
 * stream ('backup:requested') and this side pushes it in pieces (begin, chunk…, finish).
 */
export function createElectronBackups(bridge: HostBridge, call: Call): BackupsHost {
  let producer: BackupProducer | null = null;
  let markTimer: ReturnType<typeof setTimeout> | null = null;
  const listeners = new Set<(status: BackupStatus) => void>();

  function sink<T>(
    begin: () => Promise<string | null>,
    finish: (streamId: string) => Promise<T>,
  ): BackupSink<T> {
    return {
      begin,
      chunk: async (streamId, text) => {
        await call('backup:chunk', { streamId, text });
      },
      finish,
      abort: async (streamId, error, isRetrying) => {
        await call('backup:abort', { streamId, error, isRetrying });
      },
    };
  }

  async function backUp(reason: BackupReason): Promise<BackupEntry> {
    if (!producer) throw new Error('Backups have not started');
    const entry = await streamBackup(
      producer,
      sink(
        async () => (await call('backup:begin', { target: { kind: 'folder', reason } })).streamId,
        async (streamId) => (await call('backup:finish', { streamId })).entry,
      ),
    );
    if (!entry) throw new Error('The backup was not written');
    return entry;
  }

  return {
    start(produce) {
      if (producer) return;
      producer = produce;
      bridge.on('backup:requested', (payload) => {
        const request = hostEvents['backup:requested'].safeParse(payload);
        // A failure is recorded by main (the stream's abort or finish) and comes back as a status.
        if (request.success) backUp(request.data.reason).catch(() => undefined);
      });
      bridge.on('backup:statusChanged', (payload) => {
        const status = BackupStatusSchema.safeParse(payload);
        if (status.success) for (const listener of listeners) listener(status.data);
      });
    },
    markChanged() {
      if (markTimer !== null) return;
      markTimer = setTimeout(() => {
        markTimer = null;
        call('backup:markChanged', undefined).catch((error: unknown) =>
          console.error('Could not tell the app that the data changed:', error),
        );
      }, MARK_CHANGED_DELAY_MS);
    },
    backUpNow: () => backUp('manual'),
    async saveToFile(suggestedName) {
      if (!producer) throw new Error('Backups have not started');
      const path = await streamBackup(
        producer,
        sink(
          async () => (await call('backup:begin', { target: { kind: 'file', suggestedName } })).streamId,
          async (streamId) => (await call('backup:finish', { streamId })).path,
        ),
      );
      return path ? { isSaved: true, path } : { isSaved: false };
    },
    list: () => call('backup:list', undefined),
    async *read(id) {
      let offset: number | null = 0;
      while (offset !== null) {
        const piece: ChannelOutput<'backup:read'> = await call('backup:read', { id, offset });
        yield piece.text;
        offset = piece.nextOffset;
      }
    },
    getStatus: () => call('backup:status', undefined),
    canChooseFolder: true,
    chooseFolder: () => call('backup:chooseFolder', undefined),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
