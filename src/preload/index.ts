import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type {
  Channel,
  ChannelOutput,
  HOST_BRIDGE_KEY,
  HostBridge,
  HostEvent,
  IpcResult,
} from '@shared/ipc/contract';

/*
 * The preload: one frozen object with two methods (invoke, and on for main's few messages). It imports only types from the contract, because
 * the contract's schemas pull in zod and a sandboxed preload can require nothing but 'electron'.
 * The main process checks the sender and parses every payload; this side only refuses names that
 * are not channels, so a compromised page cannot reach Electron's other IPC.
 */

/** `Record<Channel, true>`: a channel added to the contract but not here fails to compile. */
const KNOWN_CHANNELS: Readonly<Record<Channel, true>> = {
  'app:info': true,
  'file:saveText': true,
  'pdf:export': true,
  'backup:begin': true,
  'backup:chunk': true,
  'backup:finish': true,
  'backup:abort': true,
  'backup:list': true,
  'backup:read': true,
  'backup:status': true,
  'backup:chooseFolder': true,
  'backup:markChanged': true,
};

/** The messages main may send; `on` refuses any other name. */
const KNOWN_EVENTS: Readonly<Record<HostEvent, true>> = {
  'backup:requested': true,
  'backup:statusChanged': true,
};

/** Typed as the contract's constant, so a rename there fails to compile here. */
const BRIDGE_KEY: typeof HOST_BRIDGE_KEY = 'coachHost';

function isKnownChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(KNOWN_CHANNELS, name);
}

function isKnownEvent(name: unknown): name is HostEvent {
  return typeof name === 'string' && Object.hasOwn(KNOWN_EVENTS, name);
}

const bridge: HostBridge = {
  invoke<C extends Channel>(channel: C, input: unknown): Promise<IpcResult<ChannelOutput<C>>> {
    if (!isKnownChannel(channel)) return Promise.resolve({ ok: false, error: 'Unknown channel' });
    return ipcRenderer.invoke(channel, input) as Promise<IpcResult<ChannelOutput<C>>>;
  },
  // The page never sees Electron's event object (it carries `sender`), only the payload.
  on(event: HostEvent, listener: (payload: unknown) => void): () => void {
    if (!isKnownEvent(event) || typeof listener !== 'function') return () => undefined;
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, Object.freeze(bridge));
