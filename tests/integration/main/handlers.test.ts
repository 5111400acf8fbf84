import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '@shared/ipc/contract';
import { buildSaveFilters, createHandlers, type HandlerDependencies } from '../../../src/main/handlers';
import { registerChannels, type InvokeEventLike } from '../../../src/main/ipc';
import { stubBackupDeps } from './backup-stubs';

type StubEvent = InvokeEventLike & { readonly windowId: number };

const appInfo = { version: '0.1.0', dataDir: '/data/coach', isPortable: true, platform: 'linux' };
const documents = resolve('/home/coach/Documents');
const input = { suggestedName: 'plan.csv', text: 'date,loadAu\n2025-01-06,420', mimeType: 'text/csv' };
const event: StubEvent = { senderFrame: { url: 'file:///app/index.html' }, windowId: 7 };

function setUp(dialogAnswer: { canceled: boolean; filePath?: string }) {
  const deps = {
    getAppInfo: () => appInfo,
    defaultSaveDir: () => documents,
    showSaveDialog: vi.fn<HandlerDependencies<StubEvent>['showSaveDialog']>(() =>
      Promise.resolve(dialogAnswer),
    ),
    writeTextFile: vi.fn<HandlerDependencies<StubEvent>['writeTextFile']>(() => Promise.resolve()),
    renderPdf: vi.fn<HandlerDependencies<StubEvent>['renderPdf']>(() => Promise.resolve(new Uint8Array())),
    writeFileAtomic: vi.fn<HandlerDependencies<StubEvent>['writeFileAtomic']>(() => Promise.resolve()),
    ...stubBackupDeps(),
  };
  return { deps, handlers: createHandlers(deps) };
}

describe('createHandlers', () => {
  it('answers app:info from its dependency', async () => {
    const { handlers } = setUp({ canceled: true });
    await expect(handlers['app:info'](undefined, event)).resolves.toEqual(appInfo);
  });

  it('asks where to save, in the documents folder and for the sending window, then writes the text', async () => {
    const chosen = resolve('/home/coach/Desktop/plan.csv');
    const { deps, handlers } = setUp({ canceled: false, filePath: chosen });
    await expect(handlers['file:saveText'](input, event)).resolves.toEqual({ isSaved: true, path: chosen });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(event, {
      title: 'Save file',
      defaultPath: join(documents, 'plan.csv'),
      filters: [
        { name: 'CSV file', extensions: ['csv'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    expect(deps.writeTextFile).toHaveBeenCalledWith(chosen, input.text);
  });

  it('writes nothing and answers isSaved false when the dialog is cancelled', async () => {
    const { deps, handlers } = setUp({ canceled: true });
    await expect(handlers['file:saveText'](input, event)).resolves.toEqual({ isSaved: false });
    expect(deps.writeTextFile).not.toHaveBeenCalled();
  });

  it('refuses a file name with a folder in it before any dialog opens', async () => {
    const { deps, handlers } = setUp({ canceled: false, filePath: '/tmp/x' });
    let listener: ((event: StubEvent, ...args: unknown[]) => Promise<IpcResult<unknown>>) | undefined;
    const ipcMain = {
      handle: (channel: string, registered: NonNullable<typeof listener>) => {
        if (channel === 'file:saveText') listener = registered;
      },
    };
    registerChannels<StubEvent>(ipcMain, handlers, (frame) =>
      frame.url.startsWith(pathToFileURL('/app').href),
    );
    const result = await listener!(event, { ...input, suggestedName: '../../etc/cron.d/job' });
    expect(result).toMatchObject({ ok: false });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.writeTextFile).not.toHaveBeenCalled();
  });
});

describe('buildSaveFilters', () => {
  it.each([
    [
      'backup.json',
      [
        { name: 'JSON file', extensions: ['json'] },
        { name: 'All files', extensions: ['*'] },
      ],
    ],
    ['README', [{ name: 'All files', extensions: ['*'] }]],
  ])('offers a filter for %s', (fileName, expected) => {
    expect(buildSaveFilters(fileName)).toEqual(expected);
  });
});
