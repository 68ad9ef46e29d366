/**
 * The one core every door opens: the store, and one handler per API call behind a
 * dispatch that validates input and output against the contract. Electron IPC, the
 * web transport and the CLI all call `dispatch`; none has logic of its own.
 */
import os from 'node:os';
import { z } from 'zod';
import { ApiError, contract, type ApiInput, type ApiOutput } from '../../shared/api/contract';
import type { CheckStatus as CheckStatusName } from '../../shared/domain/checks/types';
import { FormulaError, parseFormula } from '../../shared/domain/checks/formula';
import { API_METHODS, type ApiMethod } from '../../shared/api/methods';
import { importFile } from './ingest/import-file';
import { resolveStoreLocation, type StoreLocation } from './paths';
import { openDatabase, schemaVersion, type Db } from './store/database';
import { DocumentsRepository } from './store/documents';
import { ExtractionRepository } from './store/extraction';
import { ExtractionJobs } from './extract/jobs';
import { PdfWorkerPool } from './extract/pool';
import { ChecksRepository } from './store/checks';
import { runAndStoreChecks } from './checks/service';
import { FileStore } from './store/files';
import { APP_VERSION } from './version';
import type { CallContext, Handlers } from './handler-types';
import { METHOD_PERMISSIONS, PERMISSION_NAMES, permits } from '../../shared/domain/review/permissions';
import { AnnotationsRepository } from './store/annotations';
import { AuditLog } from './store/audit';
import { CorrectionsRepository } from './store/corrections';
import { UsersRepository } from './store/users';
import { reviewHandlers } from './review/handlers';
import { ReviewedData } from './review/reviewed';
import { localOperatorSession, SessionTable, type DoorSession } from './review/sessions';
import { exportHandlers } from './export/handlers';
import { ExportJobs, exportsRoot } from './export/jobs';

export interface CoreOptions {
  /** `--db` / GOUJI_HOME / the Electron userData folder, resolved by resolveStoreLocation. */
  location?: StoreLocation;
  /** The operating-system user the CLI's local operator session acts as (default: the real one). */
  localOperator?: string;
  /** Start extraction in the background after each import (the app's doors); the CLI waits instead. */
  extractOnImport?: boolean;
  /** Extraction worker threads (default: one per core). */
  workers?: number;
}

export interface Core {
  readonly location: StoreLocation;
  readonly db: Db;
  /** Every door's entry: validates the input, checks the caller's rights, runs the call, validates the output. */
  dispatch<M extends ApiMethod>(method: M, input: unknown, door: DoorSession): Promise<ApiOutput<M>>;
  /** Typed convenience for in-process callers (CLI, tests): the same dispatch, by default as the local operator. */
  call<M extends ApiMethod>(method: M, input: ApiInput<M>, door?: DoorSession): Promise<ApiOutput<M>>;
  /** The CLI's session without --user: the operating-system user, read and ingest rights only. */
  readonly localSession: DoorSession;
  /** Stops running extractions, then closes the store. */
  close(): Promise<void>;
}

export function isApiMethod(name: string): name is ApiMethod {
  return (API_METHODS as readonly string[]).includes(name);
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ');
}

export function openCore(options: CoreOptions = {}): Core {
  const location = options.location ?? resolveStoreLocation();
  const db = openDatabase(location.dbPath);
  const documents = new DocumentsRepository(db);
  const files = new FileStore(location.filesDir);
  const extraction = new ExtractionRepository(db);
  const checks = new ChecksRepository(db);
  const users = new UsersRepository(db);
  const annotations = new AnnotationsRepository(db);
  const corrections = new CorrectionsRepository(db, extraction);
  const audit = new AuditLog(db);
  const sessions = new SessionTable();
  const reviewed = new ReviewedData(extraction, corrections);
  const checksContext = { documents, extraction, checks, reviewed };
  const pool = new PdfWorkerPool(options.workers);
  const jobs = new ExtractionJobs({ documents, extraction, files, pool, afterExtraction: (doc) => runAndStoreChecks(checksContext, doc) });
  const checkResults = (documentId: number, filter: { status?: CheckStatusName; family?: string } = {}) => ({
    results: checks.list(documentId, filter),
    summary: checks.summary(documentId),
    checkedAt: checks.checkedAt(documentId),
  });
  const localSession = localOperatorSession(options.localOperator ?? os.userInfo().username);
  const exports = new ExportJobs({ documents, extraction, reviewed, checks, corrections, annotations, audit, users, files }, exportsRoot(location));

  const handlers: Handlers = {
    ...reviewHandlers({ db, documents, users, annotations, corrections, audit, sessions, reviewed, recheck: (doc) => runAndStoreChecks(checksContext, doc) }),
    ...exportHandlers({ documents, exports }),
    getAppInfo: () => ({
      name: 'Gouji' as const,
      version: APP_VERSION,
      storePath: location.home,
      schemaVersion: schemaVersion(db),
      documentCount: documents.count(),
    }),
    listDocuments: () => ({ documents: documents.list() }),
    getDocument: ({ ref }) => documents.resolve(ref),
    importFile: async ({ fileName, data }, { actor }) => {
      const outcome = await importFile({ db, documents, files, actor, probe: (bytes, sha256) => pool.probe(bytes, sha256) }, fileName, data);
      if (outcome.status === 'imported' && options.extractOnImport) jobs.start(outcome.document);
      return outcome.status === 'failed' ? outcome : { ...outcome, document: documents.resolve(String(outcome.document.id)) };
    },
    getDocumentFile: ({ ref }) => {
      const doc = documents.resolve(ref);
      if (!files.has(doc.sha256)) throw new ApiError('NOT_FOUND', `the PDF of filing ${doc.id} is missing from the store (${files.pathFor(doc.sha256)})`);
      return { fileName: doc.fileName, data: files.read(doc.sha256) };
    },
    extractDocument: async ({ ref, wait }) => {
      const doc = documents.resolve(ref);
      jobs.start(doc);
      if (wait) await jobs.wait(doc.id);
      return jobs.status(documents.resolve(ref));
    },
    getExtractionStatus: ({ ref }) => jobs.status(documents.resolve(ref)),
    cancelExtraction: async ({ ref }) => {
      const doc = documents.resolve(ref);
      jobs.cancel(doc.id);
      await jobs.wait(doc.id);
      return jobs.status(documents.resolve(ref));
    },
    listPages: ({ ref }) => ({ pages: extraction.pages(documents.resolve(ref).id) }),
    listTables: ({ ref }) => ({ tables: extraction.tables(documents.resolve(ref).id) }),
    getTable: ({ tableId }) => reviewed.table(tableId),
    listFigures: ({ ref, ...filter }) => ({ figures: reviewed.figures(documents.resolve(ref).id, filter) }),
    searchText: ({ query, limit }) => ({ hits: extraction.search(query, limit) }),
    runChecks: ({ ref }) => {
      const doc = documents.resolve(ref);
      runAndStoreChecks(checksContext, doc);
      return checkResults(doc.id);
    },
    listCheckResults: ({ ref, ...filter }) => checkResults(documents.resolve(ref).id, filter),
    addCustomCheck: ({ ref, tableKind, name, formula }, { actor }) => {
      try {
        parseFormula(formula);
      } catch (error) {
        if (error instanceof FormulaError) throw new ApiError('INVALID_INPUT', `formula: ${error.message}`, { position: error.position });
        throw error;
      }
      const documentId = ref === undefined ? null : documents.resolve(ref).id;
      const id = checks.addCustomCheck({ documentId, tableKind: tableKind ?? null, name, formula, createdBy: actor });
      return checks.listCustomChecks(documentId).find((c) => c.id === id)!;
    },
    listCustomChecks: ({ ref }) => ({ checks: checks.listCustomChecks(ref === undefined ? null : documents.resolve(ref).id) }),
    deleteCustomCheck: ({ id }) => ({ deleted: checks.deleteCustomCheck(id) }),
  };

  /** Who is calling through this door: a signed-in, active user; the CLI's local operator; or nobody. */
  function contextOf(door: DoorSession): CallContext {
    const userId = sessions.userId(door.token);
    const user = userId === undefined ? undefined : users.byId(userId);
    if (user?.active) return { door, caller: { kind: 'user', role: user.role }, user, actor: user.username };
    if (door.localOperator !== null) return { door, caller: { kind: 'local' }, user: null, actor: door.localOperator };
    return { door, caller: { kind: 'anonymous' }, user: null, actor: 'anonymous' };
  }

  function authorize(method: ApiMethod, ctx: CallContext): void {
    const needed = METHOD_PERMISSIONS[method];
    if (permits(ctx.caller, needed)) return;
    if (ctx.caller.kind === 'anonymous') throw new ApiError('UNAUTHORIZED', `${method}: sign in first`);
    const who = ctx.caller.kind === 'user' ? `${ctx.actor} is a ${ctx.caller.role}` : `the command line without --user may only read and import`;
    throw new ApiError('FORBIDDEN', `${method} needs the right to ${PERMISSION_NAMES[needed].en}; ${who}`);
  }

  async function dispatch<M extends ApiMethod>(method: M, input: unknown, door: DoorSession): Promise<ApiOutput<M>> {
    if (!isApiMethod(method)) throw new ApiError('NOT_FOUND', `no API call named "${String(method)}"`);
    const ctx = contextOf(door);
    authorize(method, ctx);
    const schema = contract[method];
    const parsed = schema.input.safeParse(input ?? {});
    if (!parsed.success) throw new ApiError('INVALID_INPUT', `${method}: ${describeIssues(parsed.error)}`);
    const handler = handlers[method] as (input: unknown, ctx: CallContext) => Promise<ApiOutput<M>> | ApiOutput<M>;
    const result = await handler(parsed.data, ctx);
    const checked = schema.output.safeParse(result);
    if (!checked.success) throw new ApiError('INTERNAL', `${method} produced an invalid result: ${describeIssues(checked.error)}`);
    return checked.data as ApiOutput<M>;
  }

  return {
    location,
    db,
    dispatch,
    call: (method, input, door = localSession) => dispatch(method, input, door),
    localSession,
    close: async () => {
      await Promise.all([jobs.cancelAll(), exports.cancelAll()]);
      pool.close();
      db.close();
    },
  };
}
