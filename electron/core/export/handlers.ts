/** The export calls: start a job, follow it, fetch one of its files. */
import fs from 'node:fs';
import path from 'node:path';
import type { DocumentSummary, ExportScope } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/contract';
import type { exportContract } from '../../../shared/api/export-contract';
import type { Handlers } from '../handler-types';
import type { DocumentsRepository } from '../store/documents';
import { isTemporaryName } from './atomic';
import type { ExportJobs } from './jobs';

/** Files bigger than this are not sent through the API (base64 in JSON); open the folder instead. */
export const MAX_EXPORT_FILE_BYTES = 256 * 1024 * 1024;

export function filingsInScope(documents: DocumentsRepository, scope: ExportScope): DocumentSummary[] {
  if (scope.kind === 'status') {
    const found = documents.list().filter((d) => d.reviewStatus === scope.status);
    if (found.length === 0) throw new ApiError('NOT_FOUND', `no filing has the review status ${scope.status}`);
    return found.sort((a, b) => a.id - b.id);
  }
  const byId = new Map<number, DocumentSummary>();
  for (const ref of scope.refs) {
    const doc = documents.resolve(ref);
    byId.set(doc.id, doc);
  }
  return [...byId.values()];
}

export function exportHandlers(deps: { documents: DocumentsRepository; exports: ExportJobs }): Handlers<keyof typeof exportContract> {
  const { documents, exports } = deps;
  return {
    startExport: (options) => exports.start(filingsInScope(documents, options.scope), options),
    getExportStatus: ({ jobId }) => exports.status(jobId),
    getExportFile: ({ jobId, name }) => {
      const folder = exports.folderOf(jobId);
      const file = path.resolve(folder, name);
      if (path.dirname(file) !== path.resolve(folder) || isTemporaryName(name)) throw new ApiError('INVALID_INPUT', `"${name}" is not a file of export ${jobId}`);
      let stat: fs.Stats;
      try {
        stat = fs.statSync(file);
      } catch {
        throw new ApiError('NOT_FOUND', `export ${jobId} has no file "${name}"`);
      }
      if (!stat.isFile()) throw new ApiError('NOT_FOUND', `export ${jobId} has no file "${name}"`);
      if (stat.size > MAX_EXPORT_FILE_BYTES) throw new ApiError('INVALID_INPUT', `"${name}" is ${Math.round(stat.size / 1048576)} MB; open it from the export folder ${folder}`);
      return { fileName: name, data: new Uint8Array(fs.readFileSync(file)) };
    },
  };
}
