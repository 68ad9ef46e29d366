import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openDatabase, SchemaTooNewError, schemaVersion } from '../../electron/core/store/database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/store/migrations';
import { FileStore, sha256Hex } from '../../electron/core/store/files';
import { tempDir } from '../helpers';

describe('SQLite store', () => {
  it('applies every migration, numbered, with WAL and foreign keys on', () => {
    const db = openDatabase(path.join(tempDir(), 'gouji.db'));
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    db.close();
  });

  it('is idempotent on reopen and refuses a store from a newer Gouji', () => {
    const file = path.join(tempDir(), 'gouji.db');
    openDatabase(file).close();
    const again = openDatabase(file);
    expect(schemaVersion(again)).toBe(LATEST_SCHEMA_VERSION);
    again.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    again.close();
    expect(() => openDatabase(file)).toThrow(SchemaTooNewError);
  });

  it('rolls a failing migration back whole, leaving the version where it was', () => {
    const db = openDatabase(':memory:', MIGRATIONS);
    const broken = [...MIGRATIONS, { version: LATEST_SCHEMA_VERSION + 1, name: 'broken', sql: 'CREATE TABLE half (x); SELECT * FROM no_such_table;' }];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half'").get()).toEqual({ n: 0 });
  });
});

describe('content-addressed file store', () => {
  it('stores bytes once under their sha256 and leaves no temporary files', () => {
    const root = tempDir();
    const files = new FileStore(root);
    const data = new TextEncoder().encode('%PDF-1.7 test');
    const sha = sha256Hex(data);
    expect(files.put(sha, data)).toBe(true);
    expect(files.put(sha, data)).toBe(false);
    expect(files.pathFor(sha)).toBe(path.join(root, sha.slice(0, 2), `${sha}.pdf`));
    expect(files.read(sha)).toEqual(data);
    expect(fs.readdirSync(path.join(root, sha.slice(0, 2)))).toEqual([`${sha}.pdf`]);
    expect(() => files.pathFor('../../etc/passwd')).toThrow();
  });
});
