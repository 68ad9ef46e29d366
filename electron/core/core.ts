/**
 * The one core every door opens: the store, and one handler per API call behind a
 * dispatch that validates input and output against the contract. Electron IPC, the
 * web transport and the CLI all call `dispatch`; none has logic of its own.
 */
import os from 'node:os';
import { z } from 'zod';
import { ApiError, contract, type ApiInput, type ApiOutput } from '../../shared/api/contract';
import { API_METHODS, type ApiMethod } from '../../shared/api/methods';
import { importFile } from './ingest/import-file';
import { resolveStoreLocation, type StoreLocation } from './paths';
import { openDatabase, schemaVersion, type Db } from './store/database';
import { DocumentsRepository } from './store/documents';
import { FileStore } from './store/files';
import { APP_VERSION } from './version';

export interface CoreOptions {
  /** `--db` / GOUJI_HOME / the Electron userData folder, resolved by resolveStoreLocation. */
  location?: StoreLocation;
  /** Who is acting, until users and sign-in exist: the operating-system user. */
  actor?: string;
}

type Handlers = { [M in ApiMethod]: (input: z.output<(typeof contract)[M]['input']>) => Promise<ApiOutput<M>> | ApiOutput<M> };

export interface Core {
  readonly location: StoreLocation;
  readonly db: Db;
  dispatch<M extends ApiMethod>(method: M, input: unknown): Promise<ApiOutput<M>>;
  /** Typed convenience for in-process callers (CLI, tests): same validation as dispatch. */
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  close(): void;
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
  const actor = options.actor ?? os.userInfo().username;

  const handlers: Handlers = {
    getAppInfo: () => ({
      name: 'Gouji' as const,
      version: APP_VERSION,
      storePath: location.home,
      schemaVersion: schemaVersion(db),
      documentCount: documents.count(),
    }),
    listDocuments: () => ({ documents: documents.list() }),
    getDocument: ({ ref }) => documents.resolve(ref),
    importFile: ({ fileName, data }) => importFile({ db, documents, files, actor }, fileName, data),
    getDocumentFile: ({ ref }) => {
      const doc = documents.resolve(ref);
      if (!files.has(doc.sha256)) throw new ApiError('NOT_FOUND', `the PDF of filing ${doc.id} is missing from the store (${files.pathFor(doc.sha256)})`);
      return { fileName: doc.fileName, data: files.read(doc.sha256) };
    },
  };

  async function dispatch<M extends ApiMethod>(method: M, input: unknown): Promise<ApiOutput<M>> {
    if (!isApiMethod(method)) throw new ApiError('NOT_FOUND', `no API call named "${String(method)}"`);
    const schema = contract[method];
    const parsed = schema.input.safeParse(input ?? {});
    if (!parsed.success) throw new ApiError('INVALID_INPUT', `${method}: ${describeIssues(parsed.error)}`);
    const handler = handlers[method] as (input: unknown) => Promise<ApiOutput<M>> | ApiOutput<M>;
    const result = await handler(parsed.data);
    const checked = schema.output.safeParse(result);
    if (!checked.success) throw new ApiError('INTERNAL', `${method} produced an invalid result: ${describeIssues(checked.error)}`);
    return checked.data as ApiOutput<M>;
  }

  return {
    location,
    db,
    dispatch,
    call: (method, input) => dispatch(method, input),
    close: () => db.close(),
  };
}
