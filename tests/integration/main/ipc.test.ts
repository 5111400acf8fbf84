import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type IpcResult } from '@shared/ipc/contract';
import { isAppUrl, resolveAppLocation } from '../../../src/main/app-location';
import {
  registerChannels,
  toShortErrorMessage,
  type ChannelHandlers,
  type InvokeEventLike,
  type SenderFrameLike,
} from '../../../src/main/ipc';
import { stubBackupHandlers } from './backup-stubs';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<IpcResult<unknown>>;

const rendererDir = resolve('/opt/coach/out/renderer');
const location = resolveAppLocation(rendererDir, undefined, { isPackaged: false, origin: 'file' });
const appPage = `${pathToFileURL(join(rendererDir, 'index.html')).href}#/athletes`;
const isTrustedSender = (frame: SenderFrameLike): boolean => isAppUrl(frame.url, location);

const appInfo = { version: '0.1.0', dataDir: '/data', isPortable: true, platform: 'linux' };
const validSave = { suggestedName: 'plan.csv', text: 'a,b', mimeType: 'text/csv' };

function eventFrom(url: string | null): InvokeEventLike {
  return { senderFrame: url === null ? null : { url } };
}

function setUp(overrides: Partial<ChannelHandlers<InvokeEventLike>> = {}) {
  const listeners = new Map<string, Listener>();
  const ipcMain = { handle: (channel: string, listener: Listener) => void listeners.set(channel, listener) };
  const handlers = {
    'app:info': vi.fn<ChannelHandlers<InvokeEventLike>['app:info']>(() => Promise.resolve(appInfo)),
    'file:saveText': vi.fn<ChannelHandlers<InvokeEventLike>['file:saveText']>(() =>
      Promise.resolve({ isSaved: true, path: '/home/coach/plan.csv' }),
    ),
    'pdf:export': vi.fn<ChannelHandlers<InvokeEventLike>['pdf:export']>(() =>
      Promise.resolve({ isSaved: true, path: '/home/coach/plan.pdf' }),
    ),
    ...stubBackupHandlers<InvokeEventLike>(),
    ...overrides,
  };
  const onHandlerError = vi.fn();
  registerChannels(ipcMain, handlers, isTrustedSender, { onHandlerError });
  const invoke = (channel: string, event: InvokeEventLike, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`No listener for ${channel}`);
    return listener(event, ...args);
  };
  return { listeners, handlers, invoke, onHandlerError };
}

describe('registerChannels', () => {
  it('registers one listener per channel of the contract', () => {
    const { listeners } = setUp();
    expect([...listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers a valid call from the app with {ok: true, value} and passes the parsed input', async () => {
    const { invoke, handlers } = setUp();
    const event = eventFrom(appPage);
    await expect(invoke('file:saveText', event, validSave)).resolves.toEqual({
      ok: true,
      value: { isSaved: true, path: '/home/coach/plan.csv' },
    });
    expect(handlers['file:saveText']).toHaveBeenCalledWith(validSave, event);
    await expect(invoke('app:info', event, undefined)).resolves.toEqual({ ok: true, value: appInfo });
  });

  it.each([
    ['a web page', 'https://evil.example/'],
    ['a file outside the renderer folder', pathToFileURL('/etc/passwd').href],
    ['a sibling folder sharing the prefix', pathToFileURL(`${rendererDir}-evil/index.html`).href],
    ['a path that climbs out with %2e%2e', `${pathToFileURL(rendererDir).href}/%2e%2e/secrets.html`],
    ['a remote file share', 'file://server/share/index.html'],
    ['the dev server origin when running from files', 'http://localhost:5173/'],
    ['a destroyed frame (null)', null],
  ])('refuses %s without calling the handler', async (_label, url) => {
    const { invoke, handlers } = setUp();
    await expect(invoke('file:saveText', eventFrom(url), validSave)).resolves.toEqual({
      ok: false,
      error: 'Sender not allowed',
    });
    expect(handlers['file:saveText']).not.toHaveBeenCalled();
  });

  it('refuses a sender whose frame cannot be read', async () => {
    const { invoke, handlers } = setUp();
    const event = {
      get senderFrame(): SenderFrameLike {
        throw new Error('Render frame was disposed');
      },
    };
    await expect(invoke('app:info', event, undefined)).resolves.toMatchObject({ ok: false });
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it.each([
    ['a name with a folder separator', 'file:saveText', { ...validSave, suggestedName: '../../.bashrc' }],
    ['a missing field', 'file:saveText', { suggestedName: 'a.csv', mimeType: 'text/csv' }],
    ['no object at all', 'file:saveText', 'plan.csv'],
    ['an input where none is expected', 'app:info', { version: 'x' }],
  ])('refuses %s without calling the handler', async (_label, channel, input) => {
    const { invoke, handlers } = setUp();
    const result = await invoke(channel, eventFrom(appPage), input);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Invalid input for /) as unknown,
    });
    expect(handlers['file:saveText']).not.toHaveBeenCalled();
    expect(handlers['app:info']).not.toHaveBeenCalled();
  });

  it('turns a throwing handler into {ok: false} with the message and no stack', async () => {
    const failure = new Error('EACCES: permission denied');
    const { invoke, onHandlerError } = setUp({ 'file:saveText': () => Promise.reject(failure) });
    const result = await invoke('file:saveText', eventFrom(appPage), validSave);
    expect(result).toEqual({ ok: false, error: 'EACCES: permission denied' });
    expect(JSON.stringify(result)).not.toContain('at ');
    expect(onHandlerError).toHaveBeenCalledWith('file:saveText', failure);
  });

  it('refuses an output that does not match the contract', async () => {
    const { invoke } = setUp({ 'app:info': () => Promise.resolve({ ...appInfo, version: 42 } as never) });
    await expect(invoke('app:info', eventFrom(appPage), undefined)).resolves.toEqual({
      ok: false,
      error: 'Invalid output from app:info',
    });
  });

  it('answers only the fields the contract names', async () => {
    const { invoke } = setUp({ 'app:info': () => Promise.resolve({ ...appInfo, secret: 'x' }) });
    const result = await invoke('app:info', eventFrom(appPage), undefined);
    expect(result).toEqual({ ok: true, value: appInfo });
  });
});

describe('toShortErrorMessage', () => {
  it.each([
    [new Error('first line\n    at stack (file.js:1:1)'), 'first line'],
    [new Error(''), 'Unexpected error'],
    ['plain text', 'plain text'],
    [{ message: 'not an Error' }, 'Unexpected error'],
  ])('keeps %s short', (error, expected) => {
    expect(toShortErrorMessage(error)).toBe(expected);
  });

  it('caps a long message', () => {
    expect(toShortErrorMessage(new Error('x'.repeat(500)))).toHaveLength(200);
  });
});
