import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportPdfInput, HostBridge, IpcResult } from '@shared/ipc/contract';
import { buildAutoPrintUrl, createBrowserHost } from '../../../src/renderer/src/host/browser-host';
import { createElectronHost, HostCallError } from '../../../src/renderer/src/host/electron-host';
import { selectHost } from '../../../src/renderer/src/host';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke },
}));

const appInfo = { version: '0.1.0', dataDir: '/data', isPortable: false, platform: 'linux' };
const pdfInput: ExportPdfInput = {
  request: { kind: 'block', blockId: 'block #2' },
  suggestedName: 'block.pdf',
  labels: { header: 'U19', footerLeft: 'Exported 21 Nov 2026', pageOf: 'Page {page} of {pages}' },
};

async function loadPreloadBridge(): Promise<{ key: string; bridge: HostBridge }> {
  vi.resetModules();
  electron.exposeInMainWorld.mockClear();
  await import('../../../src/preload/index');
  const [call] = electron.exposeInMainWorld.mock.calls;
  if (!call) throw new Error('The preload exposed nothing');
  return { key: call[0], bridge: call[1] as HostBridge };
}

describe('preload', () => {
  beforeEach(() => electron.invoke.mockReset());

  it('exposes one frozen object under coachHost', async () => {
    const { key, bridge } = await loadPreloadBridge();
    expect(electron.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(key).toBe('coachHost');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.keys(bridge)).toEqual(['invoke', 'on']);
  });

  it('forwards a contract channel to ipcRenderer.invoke', async () => {
    const { bridge } = await loadPreloadBridge();
    electron.invoke.mockResolvedValue({ ok: true, value: appInfo });
    await expect(bridge.invoke('app:info', undefined)).resolves.toEqual({ ok: true, value: appInfo });
    expect(electron.invoke).toHaveBeenCalledWith('app:info', undefined);
  });

  it('refuses a name that is not a channel without reaching the main process', async () => {
    const { bridge } = await loadPreloadBridge();
    // What a compromised page could try: any name at all.
    const looseBridge = bridge as unknown as {
      invoke(channel: string, input: unknown): Promise<IpcResult<unknown>>;
    };
    await expect(looseBridge.invoke('shell:openExternal', 'https://evil.example')).resolves.toEqual({
      ok: false,
      error: 'Unknown channel',
    });
    expect(electron.invoke).not.toHaveBeenCalled();
  });
});

describe('createElectronHost', () => {
  it('unwraps {ok: true} into the value', async () => {
    const invoke = vi.fn(() => Promise.resolve({ ok: true, value: appInfo }));
    const host = createElectronHost({ invoke, on: () => () => undefined } as unknown as HostBridge);
    await expect(host.getAppInfo()).resolves.toEqual(appInfo);
    expect(invoke).toHaveBeenCalledWith('app:info', undefined);
  });

  it('turns {ok: false} into a thrown HostCallError naming the channel', async () => {
    const invoke = vi.fn(() => Promise.resolve({ ok: false, error: 'Sender not allowed' }));
    const host = createElectronHost({ invoke, on: () => () => undefined } as unknown as HostBridge);
    const saving = host.saveTextFile({ suggestedName: 'a.csv', text: '', mimeType: 'text/csv' });
    await expect(saving).rejects.toThrow(HostCallError);
    await expect(saving).rejects.toMatchObject({ channel: 'file:saveText', message: 'Sender not allowed' });
  });
});

describe('exportPdf', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('in Electron, asks the main process on pdf:export', async () => {
    const invoke = vi.fn(() =>
      Promise.resolve({ ok: true, value: { isSaved: true, path: '/tmp/block.pdf' } }),
    );
    const host = createElectronHost({ invoke, on: () => () => undefined } as unknown as HostBridge);
    await expect(host.exportPdf(pdfInput)).resolves.toEqual({ isSaved: true, path: '/tmp/block.pdf' });
    expect(invoke).toHaveBeenCalledWith('pdf:export', pdfInput);
  });

  it('in the browser, opens the print route in a new tab with autoprint; the print dialog saves', async () => {
    const open = vi.fn<(url: string, target: string) => object | null>(() => ({}));
    vi.stubGlobal('window', { open });
    await expect(createBrowserHost().exportPdf(pdfInput)).resolves.toEqual({ isSaved: false });
    expect(open).toHaveBeenCalledExactlyOnceWith('#/print/block/block%20%232?autoprint=1', '_blank');
    expect(buildAutoPrintUrl({ kind: 'season', seasonId: 's1' })).toBe('#/print/season/s1?autoprint=1');
  });

  it('in the browser, refuses what the main process would refuse, before opening anything', async () => {
    const open = vi.fn(() => ({}));
    vi.stubGlobal('window', { open });
    const host = createBrowserHost();
    await expect(host.exportPdf({ ...pdfInput, suggestedName: 'block.txt' })).rejects.toThrow(
      /^Invalid input for pdf:export: suggestedName: /,
    );
    const unknownKind = { ...pdfInput, request: { kind: 'team', teamId: 't1' } } as unknown as ExportPdfInput;
    await expect(host.exportPdf(unknownKind)).rejects.toThrow(/^Invalid input for pdf:export: request/);
    expect(open).not.toHaveBeenCalled();
  });

  it('in the browser, says so when the new tab was blocked', async () => {
    vi.stubGlobal('window', { open: () => null });
    await expect(createBrowserHost().exportPdf(pdfInput)).rejects.toThrow(
      'The browser blocked the print tab',
    );
  });
});

describe('selectHost', () => {
  it('picks Electron when the preload bridge is there, the browser otherwise', () => {
    const bridge: HostBridge = {
      invoke: () => Promise.resolve({ ok: false, error: 'unused' }),
      on: () => () => undefined,
    };
    expect(selectHost({ coachHost: bridge }).kind).toBe('electron');
    expect(selectHost({}).kind).toBe('browser');
  });
});
