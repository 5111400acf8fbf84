import { HOST_BRIDGE_KEY } from '@shared/ipc/contract';
import { createBrowserHost } from './browser-host';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

export type { Host, StoragePersistence } from './host';
export type { BackupProducer, BackupsHost } from './backups';
export { HostCallError } from './electron-host';

let currentHost: Host | undefined;

/** Electron when the preload exposed its bridge, the browser otherwise. */
export function selectHost(scope: Pick<Window, typeof HOST_BRIDGE_KEY>): Host {
  const bridge = scope[HOST_BRIDGE_KEY];
  return bridge ? createElectronHost(bridge) : createBrowserHost();
}

/** The one host of this page, chosen once: the bridge cannot appear or vanish later. */
export function getHost(): Host {
  currentHost ??= selectHost(window);
  return currentHost;
}
