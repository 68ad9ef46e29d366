/**
 * `gouji export`: reviewed datasets (CSV, XLSX, JSON, a Frictionless data package) and
 * findings reports (HTML, PDF) of filings named, or of every filing with a review status.
 * The core runs the export as for any door (startExport, then getExportStatus for the
 * progress line); the finished files are then moved, whole, into --out.
 */
import path from 'node:path';
import type { Command } from 'commander';
import {
  ApiError,
  EXPORT_FORMATS,
  EXPORT_LANGUAGES,
  REPORT_FORMATS,
  REVIEW_STATUSES,
  VALUE_MODES,
  type ExportOptionsInput,
  type ExportStatus,
} from '../../shared/api/contract';
import type { Core } from '../core/core';
import type { CliIo, GlobalOptions } from './gouji';
import { publishExport } from './publish';

export interface ExportCommandsContext {
  io: CliIo;
  setExit: (code: number) => void;
  globals: () => GlobalOptions;
  withCore: <T>(options: GlobalOptions, work: (core: Core) => Promise<T>) => Promise<T>;
}

interface ExportFlags {
  format: string[];
  out: string;
  status?: string;
  reportFormat: string;
  lang: string;
  annotations: boolean;
  values: string;
}

const POLL_MS = 250;
const EXIT_ERROR = 4;

function oneOf<T extends string>(allowed: readonly T[], value: string, flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ApiError('INVALID_INPUT', `${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
}

/** `--format csv,xlsx --format report`: repeated and comma-separated alike. */
const collectFormats = (value: string, previous: string[] = []): string[] => [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];

export function exportOptionsFrom(refs: readonly string[], flags: ExportFlags): ExportOptionsInput {
  if (refs.length > 0 && flags.status) throw new ApiError('INVALID_INPUT', 'name filings or give --status, not both');
  if (refs.length === 0 && !flags.status) throw new ApiError('INVALID_INPUT', 'name the filings to export, or give --status to export every filing with that review status');
  return {
    scope: flags.status ? { kind: 'status', status: oneOf(REVIEW_STATUSES, flags.status, '--status') } : { kind: 'documents', refs: [...refs] },
    formats: [...new Set(flags.format.map((f) => oneOf(EXPORT_FORMATS, f, '--format')))],
    reportFormat: oneOf(REPORT_FORMATS, flags.reportFormat, '--report-format'),
    values: oneOf(VALUE_MODES, flags.values, '--values'),
    lang: oneOf(EXPORT_LANGUAGES, flags.lang, '--lang'),
    annotations: flags.annotations,
  };
}

function progressLine(s: ExportStatus): string {
  const filing = s.current ? `  ${s.current.label}` : '';
  return `exporting  filing ${Math.min(s.filingsDone + 1, s.filingsTotal)}/${s.filingsTotal}, ${s.filesDone}/${s.filesTotal} files${filing}`;
}

async function follow(core: Core, started: ExportStatus, onProgress: (status: ExportStatus) => void): Promise<ExportStatus> {
  let status = started;
  while (status.state === 'running') {
    onProgress(status);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    status = await core.call('getExportStatus', { jobId: status.jobId });
  }
  return status;
}

export function registerExportCommands(program: Command, { io, setExit, globals, withCore }: ExportCommandsContext): void {
  program
    .command('export')
    .description('export reviewed data and findings reports of filings (named, or all with --status) into a folder')
    .argument('[docs...]', 'filing ids or sha256s')
    .requiredOption('--format <formats>', `${EXPORT_FORMATS.join(', ')} (repeat or separate with commas)`, collectFormats)
    .requiredOption('--out <dir>', 'the folder to write into (created if missing)')
    .option('--status <status>', `every filing with this review status: ${REVIEW_STATUSES.join(', ')}`)
    .option('--report-format <format>', REPORT_FORMATS.join(', '), 'both')
    .option('--lang <lang>', 'column headers and report language: zh or en', 'zh')
    .option('--no-annotations', 'leave annotations out')
    .option('--values <values>', 'approved: values with approved corrections only (pending ones flagged); all: pending proposals too, with their status', 'approved')
    .action(async (refs: string[], flags: ExportFlags) => {
      const input = exportOptionsFrom(refs, flags);
      const out = path.resolve(flags.out);
      await withCore(globals(), async (core) => {
        const finished = await follow(core, await core.call('startExport', input), (s) => io.progress(progressLine(s)));
        io.progress('');
        if (finished.state === 'failed') {
          io.err(`gouji: export failed: ${finished.error ?? 'unknown error'}`);
          io.err(`           files finished before the failure are in ${finished.folder}`);
          setExit(EXIT_ERROR);
          return;
        }
        const paths = await publishExport(finished.folder, finished.files.map((f) => f.name), out);
        const files = finished.files.map((f, i) => ({ ...f, path: paths[i]! }));
        if (globals().json) io.out(JSON.stringify({ jobId: finished.jobId, filings: finished.filingsTotal, out, files }, null, 2));
        else {
          for (const f of files) io.out(`wrote  ${f.path}  (${f.bytes} bytes)`);
          io.out(`${finished.filingsTotal} filing(s), ${files.length} file(s) in ${out}`);
        }
        setExit(0);
      });
    });
}
