/**
 * Backups and restores of the SQLite store through SQLite's online backup API: a backup
 * can be taken while the app, a web server or a command has the store open, and is a
 * consistent snapshot. Both directions write a temporary file beside their target,
 * check it, flush it and rename it into place, so there is never a half-written backup
 * or a half-restored store under the final name.
 *
 * The PDFs in files/ are not part of a backup: they are content-addressed and never
 * change, so the store's own files/ folder serves a restored database.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { connect, fileTimestamp, freshPath, fsyncDir, fsyncFile, schemaVersion, type Db } from './database';
import { LATEST_SCHEMA_VERSION } from './migrations';

export type BackupErrorCode = 'NOT_FOUND' | 'EXISTS' | 'NOT_SQLITE' | 'NOT_A_STORE' | 'CORRUPT' | 'TOO_NEW' | 'IN_USE' | 'FAILED';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

export interface BackupReport {
  path: string;
  /** PRAGMA user_version of the copy. */
  schemaVersion: number;
  pageCount: number;
  bytes: number;
  integrity: 'ok';
}

export interface RestoreReport extends BackupReport {
  dbPath: string;
  /** The store as it was before the restore, or null when there was none. */
  keptPath: string | null;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function temporaryBeside(target: string, label: string): string {
  return `${target}.${label}-${process.pid}-${crypto.randomBytes(4).toString('hex')}.tmp`;
}

function removeWithSidecars(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/** Integrity, schema version and size of a database file; throws BackupError CORRUPT. */
function inspect(db: Db, label: string): Omit<BackupReport, 'path' | 'bytes'> {
  let rows: { integrity_check: string }[];
  try {
    rows = db.pragma('integrity_check') as { integrity_check: string }[];
  } catch (error) {
    throw new BackupError('CORRUPT', `${label} is damaged: ${reason(error)}`);
  }
  const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
  if (problems.length > 0 || rows.length === 0) {
    throw new BackupError('CORRUPT', `${label} fails SQLite's integrity check: ${problems.slice(0, 3).join('; ') || 'no result'}`);
  }
  return { schemaVersion: schemaVersion(db), pageCount: db.pragma('page_count', { simple: true }) as number, integrity: 'ok' };
}

/**
 * Make a freshly written copy one self-contained file (no -wal beside it to lose when it
 * is moved), check it, and flush it to disk before it is renamed into place.
 */
function sealCopy(file: string, label: string): Omit<BackupReport, 'path' | 'bytes'> {
  const copy = connect(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    return inspect(copy, label);
  } finally {
    copy.close();
    fsyncFile(file);
  }
}

/**
 * Write a consistent copy of the open store `db` to `destPath` (a file, or an existing
 * folder to put gouji-<time>.sqlite in). Refuses to overwrite an existing file unless
 * `overwrite`, and never writes over the store itself.
 */
export async function backupStore(db: Db, destPath: string, options: { overwrite?: boolean } = {}): Promise<BackupReport> {
  let dest = path.resolve(destPath);
  if (fs.existsSync(dest) && fs.statSync(dest).isDirectory()) dest = freshPath(path.join(dest, `gouji-${fileTimestamp()}`), '.sqlite');
  if (db.name && db.name !== ':memory:' && path.resolve(db.name) === dest) {
    throw new BackupError('EXISTS', `${dest} is the store itself; choose another file for the backup`);
  }
  if (fs.existsSync(dest) && !options.overwrite) throw new BackupError('EXISTS', `${dest} already exists; choose another name (or overwrite it on purpose)`);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  const partial = temporaryBeside(dest, 'partial');
  try {
    try {
      await db.backup(partial);
    } catch (error) {
      throw new BackupError('FAILED', `could not write the backup to ${path.dirname(dest)}: ${reason(error)}`);
    }
    const report = sealCopy(partial, 'the backup just written');
    fs.renameSync(partial, dest);
    fsyncDir(path.dirname(dest));
    return { path: dest, ...report, bytes: fs.statSync(dest).size };
  } finally {
    removeWithSidecars(partial);
  }
}

/** Whether a file starts with SQLite's 16-byte header string. */
function hasSqliteHeader(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(SQLITE_MAGIC.length);
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return read === head.length && head.toString('latin1') === SQLITE_MAGIC;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Opens a backup read-only and checks it is a sound Gouji store this version can open.
 * Any -wal/-shm SQLite creates beside it for the read are removed again afterwards.
 */
async function withCheckedBackup<T>(backupPath: string, supported: number, work: (db: Db) => Promise<T>): Promise<T> {
  const label = `the backup ${backupPath}`;
  if (!fs.existsSync(backupPath)) throw new BackupError('NOT_FOUND', `no such backup file: ${backupPath}`);
  if (!fs.statSync(backupPath).isFile()) throw new BackupError('NOT_FOUND', `${backupPath} is a folder, not a backup file`);
  if (fs.statSync(backupPath).size === 0) throw new BackupError('NOT_SQLITE', `${label} is empty (0 bytes)`);
  if (!hasSqliteHeader(backupPath)) throw new BackupError('NOT_SQLITE', `${label} is not a SQLite database (it does not start with the SQLite header); nothing was restored`);
  const sidecars = ['-wal', '-shm'].filter((s) => !fs.existsSync(backupPath + s));
  let db: Db;
  try {
    db = connect(backupPath, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError('CORRUPT', `${label} cannot be opened: ${reason(error)}`);
  }
  try {
    const report = inspect(db, label);
    const hasDocuments = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'documents'").get();
    if (report.schemaVersion < 1 || !hasDocuments) throw new BackupError('NOT_A_STORE', `${label} is a SQLite database but not a Gouji store (no schema version, no documents table)`);
    if (report.schemaVersion > supported) {
      throw new BackupError('TOO_NEW', `${label} has schema version ${report.schemaVersion}, newer than this Gouji supports (${supported}); restore it with a newer Gouji`);
    }
    return await work(db);
  } finally {
    db.close();
    for (const suffix of sidecars) fs.rmSync(backupPath + suffix, { force: true });
  }
}

/**
 * Proves nothing else has the store open (leaving WAL mode needs the only connection),
 * checkpoints it into one file, and copies it to `<db>.before-restore-<time>`.
 */
async function keepCurrentStore(dbPath: string): Promise<string | null> {
  if (!fs.existsSync(dbPath)) return null;
  let current: Db;
  try {
    current = connect(dbPath, { fileMustExist: true, timeout: 0 });
  } catch (error) {
    throw new BackupError('FAILED', `cannot open the current store ${dbPath} to keep a copy of it: ${reason(error)}; nothing was restored`);
  }
  try {
    try {
      current.pragma('journal_mode = DELETE');
    } catch (error) {
      const busy = error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('SQLITE_BUSY');
      if (busy) throw new BackupError('IN_USE', `the store ${dbPath} is open elsewhere (the Gouji app, \`gouji serve\` or another command); close it, then restore again. Nothing was restored`);
      throw new BackupError('FAILED', `cannot prepare the current store ${dbPath}: ${reason(error)}; nothing was restored`);
    }
    const kept = freshPath(`${dbPath}.before-restore-${fileTimestamp()}`, '');
    const partial = temporaryBeside(kept, 'partial');
    try {
      await current.backup(partial);
      fsyncFile(partial);
      fs.renameSync(partial, kept);
    } catch (error) {
      throw new BackupError('FAILED', `cannot keep a copy of the current store at ${kept}: ${reason(error)}; nothing was restored`);
    } finally {
      removeWithSidecars(partial);
    }
    return kept;
  } finally {
    current.close();
  }
}

/**
 * Replace the store at `dbPath` with the backup at `backupPath`. The backup must be a
 * sound Gouji store no newer than this version (an older one is migrated when the store
 * is next opened); the current store is kept as `<db>.before-restore-<time>`. The store
 * must not be open anywhere else.
 */
export async function restoreStore(backupPath: string, dbPath: string, options: { supportedVersion?: number } = {}): Promise<RestoreReport> {
  const source = path.resolve(backupPath);
  const target = path.resolve(dbPath);
  const supported = options.supportedVersion ?? LATEST_SCHEMA_VERSION;
  if (source === target) throw new BackupError('EXISTS', `${source} is the store itself; name a backup file to restore from`);
  const partial = temporaryBeside(target, 'restoring');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    // Read the backup into a temporary file first: a bad backup is refused before the store is touched.
    await withCheckedBackup(source, supported, async (db) => {
      try {
        await db.backup(partial);
      } catch (error) {
        throw new BackupError('FAILED', `cannot copy the backup beside the store (${path.dirname(target)}): ${reason(error)}; nothing was restored`);
      }
    });
    const report = sealCopy(partial, 'the restored copy');
    const keptPath = await keepCurrentStore(target);
    // The old store's -wal and -shm must not be replayed onto the restored file.
    fs.rmSync(`${target}-wal`, { force: true });
    fs.rmSync(`${target}-shm`, { force: true });
    fs.renameSync(partial, target);
    fsyncDir(path.dirname(target));
    return { path: source, dbPath: target, keptPath, ...report, bytes: fs.statSync(target).size };
  } finally {
    removeWithSidecars(partial);
  }
}
