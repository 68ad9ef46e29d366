import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, resolveStoreLocation } from '../../electron/core/paths';

describe('store location', () => {
  it('matches Electron userData for product Gouji on each platform', () => {
    expect(defaultUserDataDir('linux', {}, '/home/a')).toBe('/home/a/.config/Gouji');
    expect(defaultUserDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/a')).toBe('/x/Gouji');
    expect(defaultUserDataDir('darwin', {}, '/Users/a')).toBe('/Users/a/Library/Application Support/Gouji');
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'C:\\Users\\a')).toContain('Gouji');
  });

  it('takes --db over GOUJI_HOME, and a .db file or a folder', () => {
    expect(resolveStoreLocation('/s/x.db', { GOUJI_HOME: '/h' })).toEqual({ home: '/s', dbPath: '/s/x.db', filesDir: '/s/files' });
    expect(resolveStoreLocation(undefined, { GOUJI_HOME: '/h' })).toEqual({ home: '/h', dbPath: path.join('/h', 'gouji.db'), filesDir: path.join('/h', 'files') });
  });
});
