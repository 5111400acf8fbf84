import { contextBridge, ipcRenderer } from 'electron';
import type { Channel, ChannelOutput, HOST_BRIDGE_KEY, HostBridge, IpcResult } from '@shared/ipc/contract';

/*
 * The preload: one frozen object with one method. It imports only types from the contract, because
 * the contract's schemas pull in zod and a sandboxed preload can require nothing but 'electron'.
 * The main process checks the sender and parses every payload; this side only refuses names that
 * are not channels, so a compromised page cannot reach Electron's other IPC.
 */

/** `Record<Channel, true>`: a channel added to the contract but not here fails to compile. */
const KNOWN_CHANNELS: Readonly<Record<Channel, true>> = {
  'app:info': true,
  'file:saveText': true,
  'pdf:export': true,
};

/** Typed as the contract's constant, so a rename there fails to compile here. */
const BRIDGE_KEY: typeof HOST_BRIDGE_KEY = 'coachHost';

function isKnownChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(KNOWN_CHANNELS, name);
}

const bridge: HostBridge = {
  invoke<C extends Channel>(channel: C, input: unknown): Promise<IpcResult<ChannelOutput<C>>> {
    if (!isKnownChannel(channel)) return Promise.resolve({ ok: false, error: 'Unknown channel' });
    return ipcRenderer.invoke(channel, input) as Promise<IpcResult<ChannelOutput<C>>>;
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, Object.freeze(bridge));
