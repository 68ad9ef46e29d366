/**
 * `gouji backup <file>` and `gouji restore <file> --yes`: copies of the SQLite store
 * through SQLite's online backup API. A backup works while the store is open anywhere;
 * a restore needs the store closed everywhere and keeps the replaced one beside it.
 */
import fs from 'node:fs';
import os from 'node:os';
import type { Command } from 'commander';
import { resolveStoreLocation } from '../core/paths';
import { BackupError, backupStore, restoreStore, type BackupErrorCode, type BackupReport } from '../core/store/backup';
import { connect } from '../core/store/database';
import { AUDIT_SCHEMA_VERSION, AuditLog } from '../core/store/audit';
import { LATEST_SCHEMA_VERSION } from '../core/store/migrations';
import type { CliIo } from './gouji';

export interface BackupCommandsContext {
  io: CliIo;
  setExit: (code: number) => void;
  globals: () => { db?: string; json?: boolean };
}

/** Exit codes, as in gouji.ts: 1 for a refused input, 2 for usage, 4 for anything else. */
const EXIT_SOME_FAILED = 1;
const EXIT_USAGE = 2;
const EXIT_ERROR = 4;

const INPUT_PROBLEMS: ReadonlySet<BackupErrorCode> = new Set(['NOT_FOUND', 'EXISTS', 'NOT_SQLITE', 'NOT_A_STORE', 'CORRUPT', 'TOO_NEW']);

/** "schema version 7, 412 pages, 1.6 MB, integrity ok" */
function describeCopy(report: BackupReport): string {
  return `schema version ${report.schemaVersion}, ${report.pageCount} pages, ${(report.bytes / 1024 / 1024).toFixed(1)} MB, integrity ok`;
}

export function registerBackupCommands(program: Command, { io, setExit, globals }: BackupCommandsContext): void {
  const refuse = (error: unknown): void => {
    if (!(error instanceof BackupError)) throw error;
    if (globals().json) io.out(JSON.stringify({ error: { code: error.code, message: error.message } }, null, 2));
    io.err(`gouji: ${error.message}`);
    setExit(INPUT_PROBLEMS.has(error.code) ? EXIT_SOME_FAILED : EXIT_ERROR);
  };

  program
    .command('backup')
    .description('write a consistent copy of the store\'s database to a file (works while the store is open; the PDFs in files/ are not copied)')
    .argument('<file>', 'the backup file to write, or a folder to write gouji-<time>.sqlite in')
    .option('--force', 'overwrite the file if it exists')
    .action(async (file: string, options: { force?: boolean }) => {
      const location = resolveStoreLocation(globals().db);
      try {
        if (!fs.existsSync(location.dbPath)) throw new BackupError('NOT_FOUND', `there is no store at ${location.dbPath} to back up`);
        const db = connect(location.dbPath, { fileMustExist: true });
        try {
          const report = await backupStore(db, file, { overwrite: Boolean(options.force) });
          if (globals().json) io.out(JSON.stringify({ store: location.dbPath, backup: report }, null, 2));
          else io.out(`backed up  ${location.dbPath}\n       to  ${report.path}\n           ${describeCopy(report)}`);
        } finally {
          db.close();
        }
        setExit(0);
      } catch (error) {
        refuse(error);
      }
    });

  program
    .command('restore')
    .description('replace the store\'s database with a backup (the store must be closed everywhere); the current one is kept beside it')
    .argument('<file>', 'a backup written by `gouji backup` (or a copy from backups/)')
    .option('--yes', 'confirm replacing the store')
    .action(async (file: string, options: { yes?: boolean }) => {
      const location = resolveStoreLocation(globals().db);
      if (!options.yes) {
        io.err(`gouji: restore replaces the store ${location.dbPath} with ${file}; run it again with --yes to confirm (the current store is kept beside it)`);
        setExit(EXIT_USAGE);
        return;
      }
      try {
        const report = await restoreStore(file, location.dbPath);
        recordRestore(location.dbPath, report.path, report.keptPath, report.schemaVersion);
        if (globals().json) io.out(JSON.stringify({ restored: report }, null, 2));
        else {
          io.out(`restored   ${location.dbPath}\n     from  ${report.path}\n           ${describeCopy(report)}`);
          io.out(report.keptPath ? `kept       the store it replaced as ${report.keptPath}` : 'kept       nothing: there was no store before');
          if (report.schemaVersion < LATEST_SCHEMA_VERSION) io.out(`           its schema (version ${report.schemaVersion}) is upgraded to ${LATEST_SCHEMA_VERSION} when the store is next opened, after a copy to backups/`);
        }
        setExit(0);
      } catch (error) {
        refuse(error);
      }
    });
}

/**
 * A restore rolls the audit trail back to the backup's: the restored trail says so itself,
 * appended to its chain (stores from before the audit trail existed have none to write to).
 */
function recordRestore(dbPath: string, from: string, kept: string | null, schemaVersion: number): void {
  if (schemaVersion < AUDIT_SCHEMA_VERSION) return;
  const db = connect(dbPath);
  try {
    db.transaction(() =>
      new AuditLog(db).append({ actor: os.userInfo().username, action: 'restore', entity: 'store', newValue: { from, kept }, reason: 'gouji restore' }),
    )();
  } finally {
    db.close();
  }
}
