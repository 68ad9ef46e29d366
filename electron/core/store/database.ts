/**
 * Opens the SQLite store: WAL for crash safety and concurrent readers, foreign keys
 * on, and pending migrations applied each in its own transaction.
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

export function openDatabase(dbPath: string, migrations: readonly Migration[] = MIGRATIONS): Db {
  if (dbPath !== ':memory:') fs.mkdirSync(path.dirname(dbPath), { recursive: true });
  // Under `npm start`, Electron needs better-sqlite3 built for its own ABI: the start
  // script builds that copy aside and names it here, leaving Node's build for the CLI.
  const nativeBinding = process.env.GOUJI_SQLITE_NATIVE_BINDING;
  const db = new Database(dbPath, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
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

export function migrate(db: Db, migrations: readonly Migration[]): void {
  const current = schemaVersion(db);
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  if (current > latest) throw new SchemaTooNewError(current, latest);
  const pending = [...migrations].filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}
