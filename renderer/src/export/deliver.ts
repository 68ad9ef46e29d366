/**
 * Getting a finished export to the user. The desktop app opens its folder (a door-level
 * action of the preload, validated in main); in a browser each file is fetched through
 * the API and saved with a download link.
 */
import type { ExportStatus } from '../../../shared/api/contract';
import { unwrapEnvelope, type Envelope } from '../../../shared/api/envelope';
import { api } from '../api/door';

/** What electron/preload.ts exposes besides the API: opening an export's folder. */
interface GoujiDesktop {
  revealExport: (jobId: string) => Promise<Envelope>;
}

declare global {
  interface Window {
    goujiDesktop?: GoujiDesktop;
  }
}

export const canRevealFolder = (): boolean => typeof window !== 'undefined' && window.goujiDesktop !== undefined;

export async function revealFolder(jobId: string): Promise<void> {
  const desktop = window.goujiDesktop;
  if (!desktop) return;
  unwrapEnvelope(await desktop.revealExport(jobId));
}

const MIME: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json',
  html: 'text/html;charset=utf-8',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function downloadFile(jobId: string, name: string): Promise<void> {
  const { fileName, data } = await api.getExportFile({ jobId, name });
  const extension = fileName.split('.').at(-1) ?? '';
  const url = URL.createObjectURL(new Blob([data as Uint8Array<ArrayBuffer>], { type: MIME[extension] ?? 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL can go once the browser has read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function downloadAll(status: ExportStatus): Promise<void> {
  for (const file of status.files) await downloadFile(status.jobId, file.name);
}
