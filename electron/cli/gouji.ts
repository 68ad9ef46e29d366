/**
 * The `gouji` command: a thin door onto the core. Every command calls the same
 * dispatch as the app; `--json` prints stable machine-readable output.
 *
 * Exit codes: 0 success; 1 some inputs failed (e.g. a file that is not a PDF);
 * 2 usage error; 3 filing not found or ambiguous; 4 any other error; 5 not signed in or not allowed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { ApiError, type DocumentSummary, type ExtractionStatus, type ImportOutcome } from '../../shared/api/contract';
import { openCore, type Core } from '../core/core';
import { resolveStoreLocation } from '../core/paths';
import { APP_VERSION } from '../core/version';
import { startWebServer } from '../web/server';
import { collectPdfPaths } from './collect';
import { renderFields, renderTable } from './format';
import { renderGrid } from './grid';
import { renderFindings } from './findings';
import { registerBackupCommands } from './backup-commands';
import { registerReviewCommands } from './review-commands';
import { registerExportCommands } from './export-commands';
import { cliSession, coreAs } from './session';

export const EXIT = { ok: 0, someFailed: 1, usage: 2, notFound: 3, error: 4, denied: 5 } as const;

export interface GlobalOptions {
  db?: string;
  json?: boolean;
  user?: string;
}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** A transient status line (progress): redrawn in place on a terminal, dropped elsewhere. */
  progress: (text: string) => void;
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
  progress: (text) => {
    if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${text}`);
  },
};

function humanType(type: string): string {
  return type.replace(/_/g, ' ');
}

function shortSha(sha: string): string {
  return sha.slice(0, 12);
}

function describeDocument(doc: DocumentSummary): string {
  return [`#${doc.id}`, doc.securityCode ?? '—', doc.shortName ?? '—', humanType(doc.documentType), doc.reportPeriod ?? ''].join('  ').trim();
}

function outcomeLine(outcome: ImportOutcome, file: string): string {
  switch (outcome.status) {
    case 'imported':
      return `imported   ${describeDocument(outcome.document)}  ${file}`;
    case 'duplicate':
      return `duplicate  already stored as ${describeDocument(outcome.document)}  ${file}`;
    case 'failed':
      return `failed     ${outcome.error.code}: ${outcome.error.message}  ${file}`;
  }
}

const PROGRESS_INTERVAL_MS = 250;

/** Run extraction in-process, reporting pages done as they finish. */
async function extractWithProgress(core: Core, ref: string, onProgress: (status: ExtractionStatus) => void): Promise<ExtractionStatus> {
  const started = await core.call('extractDocument', { ref });
  onProgress(started);
  const finished = core.call('extractDocument', { ref, wait: true });
  const timer = setInterval(() => void core.call('getExtractionStatus', { ref }).then(onProgress), PROGRESS_INTERVAL_MS);
  try {
    return await finished;
  } finally {
    clearInterval(timer);
  }
}

function extractionLine(status: ExtractionStatus): string {
  const counts = status.counts ? `${status.counts.tables} tables, ${status.counts.cells} cells, ${status.counts.figures} figures` : '';
  if (status.status === 'done') return `extracted  ${counts}`;
  if (status.status === 'failed') return `extraction failed: ${status.error ?? 'unknown error'}`;
  return `extraction ${status.status}`;
}

function rendererDir(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '..', 'renderer');
}

/** Builds the command tree; `run` parses argv against it. Exported for tests. */
export function buildProgram(io: CliIo, setExit: (code: number) => void, keepAlive: (close: () => Promise<void>) => void): Command {
  const program = new Command();
  const withCore = async <T>(options: GlobalOptions, work: (core: Core) => Promise<T>): Promise<T> => {
    const core = openCore({ location: resolveStoreLocation(options.db) });
    try {
      return await work(coreAs(core, await cliSession(core, options.user)));
    } finally {
      await core.close();
    }
  };
  const globals = (): GlobalOptions => program.opts<GlobalOptions>();
  const print = (value: unknown, human: () => string): void => io.out(globals().json ? JSON.stringify(value, null, 2) : human());

  program
    .name('gouji')
    .description('Gouji (勾稽): review securities filings offline. Each command works on the store in --db, $GOUJI_HOME, or the desktop app\'s own.')
    .version(APP_VERSION)
    .option('--db <path>', 'the store: a folder, or a .db file (default: $GOUJI_HOME or the app\'s userData folder)')
    .option('--json', 'machine-readable JSON output')
    .option('--user <name>', 'act as this Gouji user (password from $GOUJI_PASSWORD or a prompt); without it: read and import only')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('import')
    .description('import PDF filings: files, or folders searched recursively for *.pdf')
    .argument('<paths...>', 'PDF files or folders')
    .option('--no-extract', 'only store the files; extract later with `gouji extract`')
    .action(async (paths: string[], options: { extract: boolean }) => {
      const { files, missing } = collectPdfPaths(paths);
      await withCore(globals(), async (core) => {
        const results: { path: string; outcome: ImportOutcome; extraction?: ExtractionStatus }[] = [];
        for (const [index, file] of files.entries()) {
          const outcome = await core.call('importFile', { fileName: path.basename(file), data: new Uint8Array(fs.readFileSync(file)) });
          if (!globals().json) io.out(`[${index + 1}/${files.length}] ${outcomeLine(outcome, file)}`);
          let extraction: ExtractionStatus | undefined;
          if (outcome.status === 'imported' && options.extract) {
            extraction = await extractWithProgress(core, String(outcome.document.id), (s) => {
              if (!globals().json && s.status === 'running') io.progress(`           extracting page ${s.pagesDone}/${s.pagesTotal}`);
            });
            if (!globals().json) {
              io.progress('');
              io.out(`           ${extractionLine(extraction)}`);
              for (const warning of extraction.warnings) io.err(`           warning: ${warning.message}`);
            }
          }
          results.push({ path: file, outcome, ...(extraction ? { extraction } : {}) });
        }
        const count = (status: ImportOutcome['status']): number => results.filter((r) => r.outcome.status === status).length;
        const summary = { imported: count('imported'), duplicate: count('duplicate'), failed: count('failed') + missing.length };
        if (globals().json) {
          io.out(JSON.stringify({ results: results.map((r) => ({ path: r.path, ...r.outcome, ...(r.extraction ? { extraction: r.extraction } : {}) })), missing, summary }, null, 2));
        } else {
          for (const m of missing) io.err(`missing    no such file or folder: ${m}`);
          io.out(`${summary.imported} imported, ${summary.duplicate} already in the store, ${summary.failed} failed`);
        }
        if (files.length === 0 && missing.length === 0) io.err('no PDF files found in the given paths');
        setExit(summary.failed > 0 || files.length === 0 ? EXIT.someFailed : EXIT.ok);
      });
    });

  program
    .command('list')
    .description('list the filings in the store')
    .action(async () => {
      await withCore(globals(), async (core) => {
        const { documents } = await core.call('listDocuments', {});
        print({ documents }, () =>
          documents.length === 0
            ? 'no filings yet: gouji import <files or folders>'
            : renderTable(
                ['id', 'code', 'short name', 'type', 'period', 'pages', 'imported', 'status', 'sha256'],
                documents.map((d) => [String(d.id), d.securityCode ?? '', d.shortName ?? '', humanType(d.documentType), d.reportPeriod ?? '', String(d.pages), d.importedAt.slice(0, 19).replace('T', ' '), d.reviewStatus.replace(/_/g, ' '), shortSha(d.sha256)]),
                [0, 5],
              ),
        );
      });
    });

  program
    .command('show')
    .description('show one filing, by id or sha256 (or a unique sha256 prefix)')
    .argument('<doc>', 'filing id or sha256')
    .option('--tables', 'print the extracted tables as grids, with titles, pages, units and parsed values')
    .action(async (ref: string, options: { tables?: boolean }) => {
      await withCore(globals(), async (core) => {
        const doc = await core.call('getDocument', { ref });
        if (options.tables) {
          const { tables } = await core.call('listTables', { ref });
          const details = await Promise.all(tables.map((t) => core.call('getTable', { tableId: t.id })));
          print({ document: { id: doc.id, sha256: doc.sha256 }, tables: details }, () =>
            details.length === 0
              ? `no tables extracted from #${doc.id} (extraction: ${doc.extractionStatus})`
              : details.map(({ table, cells }) => renderGrid(table, cells)).join('\n\n'),
          );
          return;
        }
        print(doc, () =>
          renderFields([
            ['id', String(doc.id)],
            ['title', doc.title ?? '—'],
            ['security code', doc.securityCode ?? '—'],
            ['short name', doc.shortName ?? '—'],
            ['company', doc.company ?? '—'],
            ['type', humanType(doc.documentType)],
            ['report period', doc.reportPeriod ?? '—'],
            ['disclosed', doc.disclosureDate ?? '—'],
            ['pages', String(doc.pages)],
            ['text layer', doc.hasTextLayer ? 'yes' : 'no (scanned: OCR is not available)'],
            ['producer', doc.producer ?? '—'],
            ['file', `${doc.fileName} (${doc.bytes} bytes)`],
            ['sha256', doc.sha256],
            ['imported', `${doc.importedAt} by ${doc.importedBy}`],
            ['review status', doc.reviewStatus.replace(/_/g, ' ')],
            ['extraction', `${doc.extractionStatus}${doc.extractedAt ? ` at ${doc.extractedAt}` : ''}${doc.extractionError ? `: ${doc.extractionError}` : ''}`],
          ]),
        );
      });
    });

  program
    .command('check')
    .description('run the cross-checks (勾稽) of filings and print the findings; exits 1 when a check fails')
    .argument('<docs...>', 'filing ids or sha256s')
    .option('--all', 'list every result, not only failures and what could not be evaluated')
    .action(async (refs: string[], options: { all?: boolean }) => {
      await withCore(globals(), async (core) => {
        const reports = [];
        for (const ref of refs) {
          const doc = await core.call('getDocument', { ref });
          if (doc.extractionStatus !== 'done') await core.call('extractDocument', { ref, wait: true });
          const checks = await core.call('runChecks', { ref });
          reports.push({ document: { id: doc.id, sha256: doc.sha256, securityCode: doc.securityCode, shortName: doc.shortName }, ...checks });
          if (!globals().json) io.out(renderFindings(doc, checks, Boolean(options.all)));
        }
        if (globals().json) io.out(JSON.stringify({ reports }, null, 2));
        setExit(reports.some((r) => r.summary.fail > 0) ? EXIT.someFailed : EXIT.ok);
      });
    });

  program
    .command('extract')
    .description('extract (again) text, tables, figures of filings; replaces their extracted data atomically')
    .argument('<docs...>', 'filing ids or sha256s')
    .action(async (refs: string[]) => {
      await withCore(globals(), async (core) => {
        const statuses: ExtractionStatus[] = [];
        for (const ref of refs) {
          const doc = await core.call('getDocument', { ref });
          const status = await extractWithProgress(core, String(doc.id), (s) => {
            if (!globals().json && s.status === 'running') io.progress(`#${doc.id} extracting page ${s.pagesDone}/${s.pagesTotal}`);
          });
          statuses.push(status);
          if (!globals().json) {
            io.progress('');
            io.out(`#${doc.id} ${extractionLine(status)}`);
            for (const warning of status.warnings) io.err(`#${doc.id} warning: ${warning.message}`);
          }
        }
        if (globals().json) io.out(JSON.stringify({ results: statuses }, null, 2));
        setExit(statuses.some((s) => s.status !== 'done') ? EXIT.someFailed : EXIT.ok);
      });
    });

  program
    .command('serve')
    .description('web mode: serve the app and its API on 127.0.0.1 for a browser')
    .option('--port <port>', 'port to listen on (0 picks a free one)', '5175')
    .action(async (options: { port: string }) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ApiError('INVALID_INPUT', `--port must be 0–65535, not "${options.port}"`);
      const core = openCore({ location: resolveStoreLocation(globals().db), extractOnImport: true });
      const server = await startWebServer({ core, rendererDir: rendererDir(), port });
      if (globals().json) io.out(JSON.stringify({ url: server.url, launchUrl: server.launchUrl, store: core.location.home }));
      else {
        io.out(`Gouji web mode, store ${core.location.home}`);
        io.out(`Open ${server.launchUrl}`);
        io.out('Press Ctrl+C to stop.');
      }
      keepAlive(async () => {
        await server.close();
        await core.close();
      });
    });

  registerBackupCommands(program, { io, setExit, globals });
  registerReviewCommands(program, { io, setExit, globals, withCore, print });
  registerExportCommands(program, { io, setExit, globals, withCore });

  return program;
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
  if (error instanceof ApiError) {
    if (error.code === 'NOT_FOUND' || error.code === 'AMBIGUOUS_REF') return EXIT.notFound;
    if (error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN') return EXIT.denied;
    if (error.code === 'INVALID_INPUT') return EXIT.usage;
  }
  return EXIT.error;
}

/** Runs one command line; resolves to the exit code (servers resolve once listening). */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo, keepAlive: (close: () => Promise<void>) => void = () => {}): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => (exitCode = code), keepAlive);
  program.configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (!(error instanceof CommanderError)) io.err(`gouji: ${error instanceof Error ? error.message : String(error)}`);
    return exitCodeFor(error);
  }
}
