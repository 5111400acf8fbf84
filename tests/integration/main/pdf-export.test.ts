import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ExportPdfInput, IpcResult } from '@shared/ipc/contract';
import { printRoutePath, toElectronPrintToPdfOptions } from '@shared/print';
import { stubBackupDeps } from './backup-stubs';
import { createHandlers, type HandlerDependencies } from '../../../src/main/handlers';
import { registerChannels, type InvokeEventLike } from '../../../src/main/ipc';
import { exportPdf } from '../../../src/main/pdf-export';
import { writeFileAtomic } from '../../../src/main/write-file-atomic';

type StubEvent = InvokeEventLike & { readonly windowId: number };
type Deps = HandlerDependencies<StubEvent>;

const documents = resolve('/home/coach/Documents');
const event: StubEvent = { senderFrame: { url: pathToFileURL('/app/index.html').href }, windowId: 3 };
const pdfBytes = new TextEncoder().encode('%PDF-1.7\n%fake plan\n%%EOF\n');
const input: ExportPdfInput = {
  request: { kind: 'athlete', athleteId: 'anna/1', seasonId: '2026-27' },
  suggestedName: 'Anna season 2026-27.pdf',
  labels: {
    header: 'U19 · Season 2026–27',
    footerLeft: 'Exported 21 Nov 2026',
    pageOf: 'Page {page} of {pages}',
  },
};

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'coach-pdf-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function setUp(dialogAnswer: { canceled: boolean; filePath?: string }) {
  const deps = {
    getAppInfo: () => ({ version: '0.1.0', dataDir: '/data', isPortable: false, platform: 'linux' }),
    defaultSaveDir: () => documents,
    showSaveDialog: vi.fn<Deps['showSaveDialog']>(() => Promise.resolve(dialogAnswer)),
    writeTextFile: vi.fn<Deps['writeTextFile']>(() => Promise.resolve()),
    renderPdf: vi.fn<Deps['renderPdf']>(() => Promise.resolve(pdfBytes)),
    // The real atomic write, on a temporary folder.
    writeFileAtomic: vi.fn<Deps['writeFileAtomic']>(writeFileAtomic),
    ...stubBackupDeps(),
  };
  return { deps, handlers: createHandlers(deps) };
}

describe('exportPdf', () => {
  it('renders nothing and writes nothing when the dialog is cancelled', async () => {
    const { deps } = setUp({ canceled: true });
    await expect(exportPdf(deps, input, event)).resolves.toEqual({ isSaved: false });
    expect(deps.renderPdf).not.toHaveBeenCalled();
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();
  });

  it('treats a dialog answer without a path as cancelled', async () => {
    const { deps } = setUp({ canceled: false });
    await expect(exportPdf(deps, input, event)).resolves.toEqual({ isSaved: false });
    expect(deps.renderPdf).not.toHaveBeenCalled();
  });

  it('asks where to save, renders the print route with the shared options, writes and reports the path', async () => {
    const chosen = join(folder, 'anna.pdf');
    const { deps } = setUp({ canceled: false, filePath: chosen });
    await expect(exportPdf(deps, input, event)).resolves.toEqual({ isSaved: true, path: chosen });
    expect(deps.showSaveDialog).toHaveBeenCalledWith(event, {
      title: 'Export PDF',
      defaultPath: join(documents, 'Anna season 2026-27.pdf'),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    expect(deps.renderPdf).toHaveBeenCalledExactlyOnceWith(
      '/print/athlete/anna%2F1/2026-27',
      toElectronPrintToPdfOptions(input.labels),
    );
    expect(deps.renderPdf.mock.calls[0]?.[0]).toBe(printRoutePath(input.request));
    expect(new Uint8Array(await readFile(chosen))).toEqual(pdfBytes);
    expect(await readdir(folder)).toEqual(['anna.pdf']);
  });

  it('asks before it renders', async () => {
    const { deps } = setUp({ canceled: false, filePath: join(folder, 'plan.pdf') });
    await exportPdf(deps, input, event);
    const [dialogOrder] = deps.showSaveDialog.mock.invocationCallOrder;
    const [renderOrder] = deps.renderPdf.mock.invocationCallOrder;
    expect(dialogOrder).toBeLessThan(renderOrder ?? -1);
  });

  it('passes a rendering failure on and writes no file', async () => {
    const { deps } = setUp({ canceled: false, filePath: join(folder, 'plan.pdf') });
    deps.renderPdf.mockRejectedValue(new Error('The print page was not ready within 30 s'));
    await expect(exportPdf(deps, input, event)).rejects.toThrow('not ready within 30 s');
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();
    expect(await readdir(folder)).toEqual([]);
  });
});

describe('the pdf:export channel', () => {
  function register(deps: Deps) {
    let listener: ((event: StubEvent, ...args: unknown[]) => Promise<IpcResult<unknown>>) | undefined;
    const ipcMain = {
      handle: (channel: string, registered: NonNullable<typeof listener>) => {
        if (channel === 'pdf:export') listener = registered;
      },
    };
    const onHandlerError = vi.fn();
    registerChannels<StubEvent>(
      ipcMain,
      createHandlers(deps),
      (frame) => frame.url === event.senderFrame?.url,
      {
        onHandlerError,
      },
    );
    if (!listener) throw new Error('pdf:export was not registered');
    return { invoke: listener, onHandlerError };
  }

  it('answers {ok: true} with the saved path', async () => {
    const chosen = join(folder, 'plan.pdf');
    const { deps } = setUp({ canceled: false, filePath: chosen });
    await expect(register(deps).invoke(event, input)).resolves.toEqual({
      ok: true,
      value: { isSaved: true, path: chosen },
    });
  });

  it('answers a rendering failure with its message, not a stack', async () => {
    const { deps } = setUp({ canceled: false, filePath: join(folder, 'plan.pdf') });
    deps.renderPdf.mockRejectedValue(new Error('No season s1\n    at render (print.ts:1)'));
    const { invoke, onHandlerError } = register(deps);
    await expect(invoke(event, input)).resolves.toEqual({ ok: false, error: 'No season s1' });
    expect(onHandlerError).toHaveBeenCalledOnce();
  });

  it.each<[string, Record<string, unknown>]>([
    ['a file name with a folder in it', { suggestedName: '../../.config/autostart/x.pdf' }],
    ['a file name that is not a PDF', { suggestedName: 'plan.exe' }],
    ['a file name that is only the extension', { suggestedName: '.pdf' }],
    ['an unknown request kind', { request: { kind: 'backup', backupId: 'b1' } }],
    ['a request without its id', { request: { kind: 'block' } }],
    ['labels without {pages}', { labels: { ...input.labels, pageOf: 'Page {page}' } }],
    ['a header too long', { labels: { ...input.labels, header: 'x'.repeat(201) } }],
  ])('refuses %s before any dialog opens', async (_name, change) => {
    const { deps } = setUp({ canceled: false, filePath: join(folder, 'plan.pdf') });
    const result = await register(deps).invoke(event, { ...input, ...change });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(/^Invalid input for pdf:export/);
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
    expect(deps.renderPdf).not.toHaveBeenCalled();
    expect(deps.writeFileAtomic).not.toHaveBeenCalled();
  });

  it('refuses a sender that is not the app', async () => {
    const { deps } = setUp({ canceled: false, filePath: join(folder, 'plan.pdf') });
    const stranger = { ...event, senderFrame: { url: 'https://evil.example/' } };
    await expect(register(deps).invoke(stranger, input)).resolves.toEqual({
      ok: false,
      error: 'Sender not allowed',
    });
    expect(deps.showSaveDialog).not.toHaveBeenCalled();
  });
});
