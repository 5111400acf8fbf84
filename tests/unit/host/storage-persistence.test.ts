import { describe, expect, it, vi } from 'vitest';
import { requestStoragePersistence, type PersistenceApi } from '../../../src/renderer/src/host/browser-host';

/** A stand-in for navigator.storage whose persist() grants or not; persisted() tells the truth. */
function storage(isAlready: boolean, willGrant: boolean) {
  let isPersisted = isAlready;
  const api = {
    persisted: vi.fn(() => Promise.resolve(isPersisted)),
    persist: vi.fn(() => {
      isPersisted = willGrant;
      return Promise.resolve(willGrant);
    }),
  };
  return api satisfies PersistenceApi;
}

describe('asking the browser to keep the data', () => {
  it('asks for persistent storage and answers granted when the browser grants it', async () => {
    const api = storage(false, true);
    await expect(requestStoragePersistence(api)).resolves.toBe('granted');
    expect(api.persist).toHaveBeenCalledOnce();
  });

  it('answers denied when the browser refuses, as persisted() says', async () => {
    const api = storage(false, false);
    await expect(requestStoragePersistence(api)).resolves.toBe('denied');
    expect(api.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when the storage is already persistent', async () => {
    const api = storage(true, false);
    await expect(requestStoragePersistence(api)).resolves.toBe('granted');
    expect(api.persist).not.toHaveBeenCalled();
  });

  it('answers unsupported without the API or when it fails', async () => {
    await expect(requestStoragePersistence(undefined)).resolves.toBe('unsupported');
    await expect(requestStoragePersistence({})).resolves.toBe('unsupported');
    const failing: PersistenceApi = {
      persisted: () => Promise.reject(new Error('SecurityError')),
      persist: () => Promise.resolve(true),
    };
    await expect(requestStoragePersistence(failing)).resolves.toBe('unsupported');
  });
});
