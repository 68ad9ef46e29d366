/**
 * Opens the SQLite store: WAL for crash safety and concurrent readers, foreign keys
 * on, and pending migrations applied each in its own transaction, after a copy of the
 * store as it was has been written to backups/ beside it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

export type Db = Database.Database;

export class SchemaTooNewError extends Error {
  constructor(found: number, supported: number) {
    super(`the store's schema version ${found} is newer than this Gouji supports (${supported}); update Gouji`);
    this.name = 'SchemaTooNewError';
  }
}

/** A plain connection to a SQLite file, with no pragmas and no migrations (backups, restores). */
export function connect(dbPath: string, options: Database.Options = {}): Db {
  // Under `npm start`, Electron needs better-sqlite3 built for its own ABI: the start
  // script builds that copy aside and names it here, leaving Node's build for the CLI.
  const nativeBinding = process.env.GOUJI_SQLITE_NATIVE_BINDING;
  return new Database(dbPath, nativeBinding ? { nativeBinding, ...options } : options);
}

export function openDatabase(dbPath: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  const inMemory = dbPath === ':memory:' || dbPath === '';
  if (!inMemory) fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  const existed = !inMemory && fs.existsSync(dbPath) && fs.statSync(dbPath).size > 0;
  const db = connect(dbPath);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const current = schemaVersion(db);
    const target = latestVersion(migrations);
    if (existed && current > 0 && current < target) backupBeforeMigration(db, dbPath, current, target);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

export function migrate(db: Db, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = latestVersion(migrations);
  if (current > latest) throw new SchemaTooNewError(current, latest);
  const pending = [...migrations].filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

// ---------------------------------------------------------------------------------------
// Copies of the store taken before a migration changes it
// ---------------------------------------------------------------------------------------

/** How many pre-migration copies are kept per store; older ones are deleted. */
export const PRE_MIGRATION_BACKUPS_KEPT = 5;

/** Where pre-migration copies go: backups/ beside the store. */
export function backupsDir(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}

/** "20250630T101502Z": sortable, and safe in file names on every platform. */
export function fileTimestamp(date: Date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

function storeStem(dbPath: string): string {
  return path.basename(dbPath).replace(/\.[^.]*$/, '') || 'gouji';
}

export interface PreMigrationBackup {
  path: string;
  /** The schema version the migration was about to bring the store to. */
  beforeVersion: number;
  takenAt: string;
}

/** The pre-migration copies of a store, newest first. */
export function listPreMigrationBackups(dbPath: string): PreMigrationBackup[] {
  const dir = backupsDir(dbPath);
  if (!fs.existsSync(dir)) return [];
  const stem = storeStem(dbPath);
  const pattern = /^(.*)-before-v(\d+)-(\d{8}T\d{6}Z)(?:-(\d+))?\.sqlite$/;
  const found: (PreMigrationBackup & { sortKey: string })[] = [];
  for (const name of fs.readdirSync(dir)) {
    const match = pattern.exec(name);
    if (!match || match[1] !== stem) continue;
    found.push({ path: path.join(dir, name), beforeVersion: Number(match[2]), takenAt: match[3]!, sortKey: `${match[3]}-${(match[4] ?? '').padStart(4, '0')}` });
  }
  found.sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0));
  return found.map(({ sortKey: _sortKey, ...backup }) => backup);
}

/** A name for a new file that does not exist yet: `<base><ext>`, else `<base>-2<ext>`, … */
export function freshPath(base: string, ext: string): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${base}${ext}` : `${base}-${n}${ext}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}

export function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Flush a rename to disk (not possible on Windows, where directories cannot be opened). */
export function fsyncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Copy the store, as it is, to backups/<stem>-before-v<target>-<time>.sqlite, then keep
 * only the newest few. A failure stops the migration: the store is left as it was.
 */
function backupBeforeMigration(db: Db, dbPath: string, current: number, target: number): void {
  const dir = backupsDir(dbPath);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const finalPath = freshPath(path.join(dir, `${storeStem(dbPath)}-before-v${target}-${fileTimestamp()}`), '.sqlite');
    const partial = `${finalPath}.partial`;
    fs.rmSync(partial, { force: true });
    // VACUUM INTO, not db.backup(): migrations run synchronously in openDatabase, and backup() is async.
    db.prepare('VACUUM INTO ?').run(partial);
    fsyncFile(partial);
    fs.renameSync(partial, finalPath);
    fsyncDir(dir);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`could not copy the store to ${dir} before upgrading its schema from version ${current} to ${target} (${reason}); nothing was changed. Free some disk space or make that folder writable, then open Gouji again`);
  }
  for (const stale of listPreMigrationBackups(dbPath).slice(PRE_MIGRATION_BACKUPS_KEPT)) fs.rmSync(stale.path, { force: true });
}
