import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT, runCli } from '../../electron/cli/gouji';
import { openCore, type Core } from '../../electron/core/core';
import { resolveStoreLocation } from '../../electron/core/paths';
import { BackupError, backupStore, restoreStore } from '../../electron/core/store/backup';
import { connect, listPreMigrationBackups, openDatabase, PRE_MIGRATION_BACKUPS_KEPT, schemaVersion, type Db } from '../../electron/core/store/database';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/store/migrations';
import { readFixture, tempCore, tempDir } from '../helpers';

const open: Core[] = [];
afterEach(async () => {
  for (const core of open.splice(0)) await core.close();
});

function track(core: Core): Core {
  open.push(core);
  return core;
}

/** Every row of every table (FTS shadow tables included), sorted: equal sets compare equal. */
function rowSet(db: Db): Record<string, string[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT * FROM "${t}"`).raw().all() as unknown[][]).map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v))).sort()]));
}

function rowSetOf(dbPath: string): Record<string, string[]> {
  const db = connect(dbPath, { readonly: true, fileMustExist: true });
  try {
    return rowSet(db);
  } finally {
    db.close();
  }
}

function sha256OfFile(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

async function coreWithFiling(): Promise<Core> {
  const core = track(tempCore());
  const outcome = await core.call('importFile', { fileName: 'seed-000.pdf', data: readFixture('seed-000.pdf') });
  expect(outcome.status).toBe('imported');
  const extraction = await core.call('extractDocument', { ref: '1', wait: true });
  expect(extraction.status).toBe('done');
  return core;
}

async function refusal(promise: Promise<unknown>): Promise<BackupError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof BackupError) return error;
    throw error;
  }
  throw new Error('expected a BackupError');
}

describe('backup and restore', () => {
  it('backs up an open store and restores it to the identical row set, keeping the replaced store', async () => {
    const core = await coreWithFiling();
    const dbPath = core.location.dbPath;
    const before = rowSet(core.db);
    expect(before.documents).toHaveLength(1);
    expect(before.figures!.length).toBeGreaterThan(0);

    const file = path.join(tempDir(), 'nested', 'store.sqlite');
    const report = await backupStore(core.db, file);
    expect(report).toMatchObject({ path: file, schemaVersion: LATEST_SCHEMA_VERSION, integrity: 'ok' });
    expect(report.bytes).toBe(fs.statSync(file).size);
    expect(report.pageCount).toBeGreaterThan(1);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['store.sqlite']); // no temporary or -wal file left
    await expect(backupStore(core.db, file)).rejects.toMatchObject({ code: 'EXISTS' });
    await expect(backupStore(core.db, dbPath, { overwrite: true })).rejects.toMatchObject({ code: 'EXISTS' });

    // Change the store after the backup: another filing, and a deleted one.
    await core.call('importFile', { fileName: 'seed-002.pdf', data: readFixture('seed-002.pdf') });
    core.db.prepare('DELETE FROM documents WHERE id = 1').run();
    const changed = rowSet(core.db);
    expect(changed).not.toEqual(before);
    await core.close();
    open.length = 0;

    const restored = await restoreStore(file, dbPath);
    expect(restored).toMatchObject({ path: file, dbPath, schemaVersion: LATEST_SCHEMA_VERSION, integrity: 'ok' });
    expect(restored.keptPath).toMatch(/gouji\.db\.before-restore-\d{8}T\d{6}Z$/);
    expect(rowSetOf(dbPath)).toEqual(before);
    expect(rowSetOf(restored.keptPath!)).toEqual(changed);
    expect(fs.readdirSync(path.dirname(dbPath)).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    // The restored store opens in the app as usual, with its text index intact.
    const reopened = track(openCore({ location: core.location }));
    expect((await reopened.call('listDocuments', {})).documents.map((d) => d.fileName)).toEqual(['seed-000.pdf']);
    expect((await reopened.call('searchText', { query: '清众科技' })).hits.length).toBeGreaterThan(0);
  });

  it('refuses a missing, non-SQLite, damaged, foreign or too-new backup and leaves the store untouched', async () => {
    const core = await coreWithFiling();
    const dbPath = core.location.dbPath;
    const before = rowSet(core.db);
    const dir = tempDir();
    const good = (await backupStore(core.db, path.join(dir, 'good.sqlite'))).path;

    const write = (name: string, bytes: Uint8Array | string): string => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, bytes);
      return file;
    };
    const goodBytes = fs.readFileSync(good);
    const scrambled = Buffer.from(goodBytes);
    for (let i = 100; i < scrambled.length; i++) scrambled[i] = (i * 131 + 7) & 0xff;
    const foreign = path.join(dir, 'foreign.sqlite');
    const other = connect(foreign);
    other.exec('CREATE TABLE notes (x)');
    other.close();
    const tooNew = path.join(dir, 'too-new.sqlite');
    fs.copyFileSync(good, tooNew);
    const bump = connect(tooNew);
    bump.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    bump.close();

    const cases: [string, string, RegExp][] = [
      [path.join(dir, 'missing.sqlite'), 'NOT_FOUND', /no such backup file/],
      [write('empty.sqlite', ''), 'NOT_SQLITE', /empty/],
      [write('text.sqlite', 'this is not a database\n'.repeat(100)), 'NOT_SQLITE', /not a SQLite database/],
      [write('random.sqlite', crypto.randomBytes(64 * 1024)), 'NOT_SQLITE', /not a SQLite database/],
      [write('scrambled.sqlite', scrambled), 'CORRUPT', /damaged|integrity|cannot be opened/],
      [write('half.sqlite', goodBytes.subarray(0, Math.floor(goodBytes.length / 2))), 'CORRUPT', /damaged|integrity|cannot be opened/],
      [foreign, 'NOT_A_STORE', /not a Gouji store/],
      [tooNew, 'TOO_NEW', new RegExp(`schema version ${LATEST_SCHEMA_VERSION + 1}, newer than this Gouji supports \\(${LATEST_SCHEMA_VERSION}\\)`)],
    ];
    const storeFilesBefore = fs.readdirSync(path.dirname(dbPath)).sort();
    for (const [file, code, message] of cases) {
      const error = await refusal(restoreStore(file, dbPath));
      expect(error.code, file).toBe(code);
      expect(error.message, file).toMatch(message);
      expect(rowSet(core.db)).toEqual(before);
      expect(fs.readdirSync(path.dirname(dbPath)).sort()).toEqual(storeFilesBefore); // no kept copy, no temporary file
    }
    // Reading a backup leaves nothing beside it.
    expect(fs.readdirSync(dir).filter((n) => /-(wal|shm)$/.test(n))).toEqual([]);
    // A sound backup is still refused while the store is open elsewhere.
    const busy = await refusal(restoreStore(good, dbPath));
    expect(busy.code).toBe('IN_USE');
    expect(busy.message).toMatch(/open elsewhere/);
    expect(rowSet(core.db)).toEqual(before);
  });

  it('copies a store to backups/ before migrating it, and the copy opens at the old version', () => {
    const dbPath = path.join(tempDir(), 'gouji.db');
    // A fresh store is created at the latest version: nothing to back up.
    const fresh = openDatabase(path.join(path.dirname(dbPath), 'fresh.db'));
    fresh.close();
    expect(listPreMigrationBackups(path.join(path.dirname(dbPath), 'fresh.db'))).toEqual([]);

    const old = openDatabase(dbPath, MIGRATIONS.slice(0, 2));
    expect(schemaVersion(old)).toBe(2);
    old
      .prepare("INSERT INTO documents (sha256, file_name, bytes, pages, has_text_layer, document_type, imported_at, imported_by) VALUES (?, 'old.pdf', 1, 1, 1, 'other', '2024-01-01T00:00:00Z', 'tester')")
      .run('a'.repeat(64));
    old.close();
    // Older copies from earlier upgrades: only the newest few are kept.
    const backups = path.join(path.dirname(dbPath), 'backups');
    fs.mkdirSync(backups);
    for (let day = 1; day <= PRE_MIGRATION_BACKUPS_KEPT + 1; day++) fs.writeFileSync(path.join(backups, `gouji-before-v2-202401${String(day).padStart(2, '0')}T000000Z.sqlite`), '');
    fs.writeFileSync(path.join(backups, 'other-before-v2-20240101T000000Z.sqlite'), ''); // another store's: left alone

    const upgraded = openDatabase(dbPath);
    expect(schemaVersion(upgraded)).toBe(LATEST_SCHEMA_VERSION);
    upgraded.close();
    const kept = listPreMigrationBackups(dbPath);
    expect(kept).toHaveLength(PRE_MIGRATION_BACKUPS_KEPT);
    expect(kept[0]!.beforeVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(path.basename(kept[0]!.path)).toMatch(new RegExp(`^gouji-before-v${LATEST_SCHEMA_VERSION}-\\d{8}T\\d{6}Z\\.sqlite$`));
    expect(kept.slice(1).map((b) => b.takenAt)).toEqual(['20240106T000000Z', '20240105T000000Z', '20240104T000000Z', '20240103T000000Z']);
    expect(fs.existsSync(path.join(backups, 'other-before-v2-20240101T000000Z.sqlite'))).toBe(true);
    expect(fs.readdirSync(backups).filter((n) => n.endsWith('.partial'))).toEqual([]);

    const copy = connect(kept[0]!.path, { readonly: true, fileMustExist: true });
    expect(schemaVersion(copy)).toBe(2);
    expect(copy.prepare('SELECT file_name FROM documents').pluck().all()).toEqual(['old.pdf']);
    const tableNames = (db: Db): string[] => db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    const atVersion2 = openDatabase(':memory:', MIGRATIONS.slice(0, 2));
    expect(tableNames(copy)).toEqual(tableNames(atVersion2));
    atVersion2.close();
    copy.close();

    // Opening the upgraded store again migrates nothing, so copies nothing.
    openDatabase(dbPath).close();
    expect(listPreMigrationBackups(dbPath)).toHaveLength(PRE_MIGRATION_BACKUPS_KEPT);
    expect(listPreMigrationBackups(dbPath)[0]).toEqual(kept[0]);
  });
});

describe('gouji backup / restore', () => {
  async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), progress: () => {} });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('backs up while the store is open, and restores with --yes once it is closed', async () => {
    const home = tempDir();
    expect((await cli(['--db', home, 'import', '--no-extract', path.join(__dirname, '..', 'fixtures', 'seed-000.pdf')])).code).toBe(EXIT.ok);
    const core = track(openCore({ location: resolveStoreLocation(home) }));
    const before = rowSet(core.db);

    const target = tempDir();
    const backup = await cli(['--db', home, '--json', 'backup', path.join(target, 'monday.sqlite')]);
    expect(backup.code).toBe(EXIT.ok);
    const report = JSON.parse(backup.out) as { store: string; backup: { path: string; schemaVersion: number; bytes: number; integrity: string } };
    expect(report.store).toBe(path.join(home, 'gouji.db'));
    expect(report.backup).toMatchObject({ path: path.join(target, 'monday.sqlite'), schemaVersion: LATEST_SCHEMA_VERSION, integrity: 'ok' });
    const human = await cli(['--db', home, 'backup', target]);
    expect(human.code).toBe(EXIT.ok);
    expect(human.out).toMatch(/backed up .*gouji\.db\n +to +.*gouji-\d{8}T\d{6}Z\.sqlite\n +schema version \d+, \d+ pages, [\d.]+ MB, integrity ok/);
    expect((await cli(['--db', home, 'backup', path.join(target, 'monday.sqlite')])).code).toBe(EXIT.someFailed);

    await core.call('importFile', { fileName: 'seed-002.pdf', data: readFixture('seed-002.pdf') });
    const unconfirmed = await cli(['--db', home, 'restore', report.backup.path]);
    expect(unconfirmed.code).toBe(EXIT.usage);
    expect(unconfirmed.err).toMatch(/--yes/);
    const busy = await cli(['--db', home, 'restore', '--yes', report.backup.path]);
    expect(busy.code).toBe(EXIT.error);
    expect(busy.err).toMatch(/open elsewhere/);
    await core.close();
    open.length = 0;

    const dbBytes = sha256OfFile(path.join(home, 'gouji.db'));
    const missing = await cli(['--db', home, 'restore', '--yes', path.join(target, 'nope.sqlite')]);
    expect(missing.code).toBe(EXIT.someFailed);
    expect(missing.err).toMatch(/no such backup file: .*nope\.sqlite/);
    fs.writeFileSync(path.join(target, 'notes.txt'), 'hello');
    const notSqlite = await cli(['--db', home, '--json', 'restore', '--yes', path.join(target, 'notes.txt')]);
    expect(notSqlite.code).toBe(EXIT.someFailed);
    expect(JSON.parse(notSqlite.out).error.code).toBe('NOT_SQLITE');
    expect(sha256OfFile(path.join(home, 'gouji.db'))).toBe(dbBytes);

    const restored = await cli(['--db', home, 'restore', '--yes', report.backup.path]);
    expect(restored.code).toBe(EXIT.ok);
    expect(restored.out).toMatch(/restored +.*gouji\.db\n +from +.*monday\.sqlite/);
    expect(restored.out).toMatch(/kept +the store it replaced as .*gouji\.db\.before-restore-\d{8}T\d{6}Z/);
    // Everything as it was, plus the audit row that records the restore (checked below).
    const { audit_log: restoredAudit, ...restoredRest } = rowSetOf(path.join(home, 'gouji.db'));
    const { audit_log: beforeAudit, ...beforeRest } = before;
    expect(restoredRest).toEqual(beforeRest);
    expect(restoredAudit!.slice(0, beforeAudit!.length)).toEqual(beforeAudit);
    const listed = await cli(['--db', home, '--json', 'list']);
    expect((JSON.parse(listed.out) as { documents: { fileName: string }[] }).documents.map((d) => d.fileName)).toEqual(['seed-000.pdf']);
    // The restored audit trail records the restore itself, and its chain still verifies.
    const audit = await cli(['--db', home, '--json', 'audit', 'log']);
    expect((JSON.parse(audit.out) as { entries: { action: string; entity: string }[] }).entries[0]).toMatchObject({ action: 'restore', entity: 'store' });
    expect((await cli(['--db', home, 'audit', 'verify'])).code).toBe(EXIT.ok);
  });
});
