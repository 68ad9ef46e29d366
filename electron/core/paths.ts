/**
 * Where the store lives. The default is the folder Electron's app.getPath('userData')
 * gives for product "Gouji", computed here without Electron so the CLI and the web
 * server open the very store the desktop app uses.
 */
import os from 'node:os';
import path from 'node:path';

export const PRODUCT_NAME = 'Gouji';
export const DB_FILE = 'gouji.db';
export const FILES_DIR = 'files';

export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), PRODUCT_NAME);
}

export interface StoreLocation {
  /** The folder holding the database and the content-addressed files. */
  home: string;
  dbPath: string;
  filesDir: string;
}

/**
 * Resolve the store from, in order: an explicit `--db` (a folder, or a `.db` file whose
 * folder then holds `files/`), `GOUJI_HOME`, then the Electron userData folder.
 */
export function resolveStoreLocation(explicit?: string, env: NodeJS.ProcessEnv = process.env): StoreLocation {
  const chosen = explicit ?? env.GOUJI_HOME ?? defaultUserDataDir();
  const absolute = path.resolve(chosen);
  if (absolute.toLowerCase().endsWith('.db')) {
    const home = path.dirname(absolute);
    return { home, dbPath: absolute, filesDir: path.join(home, FILES_DIR) };
  }
  return { home: absolute, dbPath: path.join(absolute, DB_FILE), filesDir: path.join(absolute, FILES_DIR) };
}
