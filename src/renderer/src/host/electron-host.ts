import type { Channel, ChannelInput, ChannelOutput, HostBridge } from '@shared/ipc/contract';
import { createElectronBackups } from './electron-backups';
import type { Host } from './host';

/** An IPC call the main process refused or failed; `channel` says which call it was. */
export class HostCallError extends Error {
  override readonly name = 'HostCallError';

  constructor(
    readonly channel: Channel,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The host inside Electron: every call goes through the preload's bridge, and its IpcResult is
 * unwrapped here so the rest of the renderer sees plain values and thrown errors.
 */
export function createElectronHost(bridge: HostBridge): Host {
  async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
    const result = await bridge.invoke(channel, input);
    if (!result.ok) throw new HostCallError(channel, result.error);
    return result.value;
  }

  return {
    kind: 'electron',
    getAppInfo: () => call('app:info', undefined),
    saveTextFile: (input) => call('file:saveText', input),
    exportPdf: (input) => call('pdf:export', input),
    persistStorage: () => Promise.resolve('not-applicable'),
    backups: createElectronBackups(bridge, call),
  };
}
