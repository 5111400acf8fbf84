import type { HostBridge } from '@shared/ipc/contract';

declare global {
  interface Window {
    /** Present only in Electron, where the preload exposes it (HOST_BRIDGE_KEY). */
    readonly coachHost?: HostBridge;
  }
}
