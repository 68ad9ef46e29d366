/**
 * "The folder opens when done": the desktop door's one action outside the API. Free of
 * Electron so tests cover it: the calling frame must be the app's own page, the payload an
 * export job id, and the folder it names must be an existing folder directly inside the
 * store's exports folder; only then is it handed to the shell.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ApiError, ExportJobId } from '../shared/api/contract';
import { envelopeOf, type Envelope } from '../shared/api/envelope';
import type { Core } from './core/core';
import { exportsRoot } from './core/export/jobs';
import { isTrustedSender, type IpcCaller } from './ipc';

export function exportFolderToReveal(root: string, jobId: unknown): string {
  const parsed = ExportJobId.safeParse(jobId);
  if (!parsed.success) throw new ApiError('INVALID_INPUT', 'revealExport: expected an export job id');
  const base = path.resolve(root);
  const folder = path.resolve(base, parsed.data);
  if (path.dirname(folder) !== base) throw new ApiError('INVALID_INPUT', 'revealExport: not an export folder');
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw new ApiError('NOT_FOUND', `no export folder ${parsed.data}`);
  return folder;
}

/** openPath resolves to an error message, empty when the folder opened (Electron's shell.openPath). */
export function createRevealExportHandler(core: Pick<Core, 'location'>, openPath: (folder: string) => Promise<string>): (event: Pick<IpcCaller, 'senderFrame'>, jobId: unknown) => Promise<Envelope> {
  return (event, jobId) =>
    envelopeOf(async () => {
      if (!isTrustedSender(event)) throw new ApiError('FORBIDDEN', 'revealExport from an untrusted frame');
      const failure = await openPath(exportFolderToReveal(exportsRoot(core.location), jobId));
      if (failure) throw new ApiError('INTERNAL', `the export folder could not be opened: ${failure}`);
      return { opened: true };
    });
}
