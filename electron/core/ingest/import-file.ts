/**
 * Import one PDF: hash it, store it once, read its metadata. A bad file ends in a
 * 'failed' outcome with a specific code and leaves the store exactly as it was;
 * the same bytes imported twice are stored once and reported as a duplicate.
 */
import type { ImportOutcome } from '../../../shared/api/contract';
import { detectMetadata } from '../../../shared/domain/metadata';
import type { Db } from '../store/database';
import type { DocumentsRepository } from '../store/documents';
import { sha256Hex, type FileStore } from '../store/files';
import { checkEnvelope } from './pdf-envelope';
import { ProbeError, type PdfProbe } from './pdf-probe';

export interface ImportContext {
  db: Db;
  documents: DocumentsRepository;
  files: FileStore;
  actor: string;
  /** Reads the PDF for import (on a worker thread: extract/pool.ts); fails with a ProbeError. */
  probe: (data: Uint8Array, sha256: string) => Promise<PdfProbe>;
  now?: () => Date;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error as { code: unknown }).code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export async function importFile(ctx: ImportContext, fileName: string, data: Uint8Array): Promise<ImportOutcome> {
  const sha256 = sha256Hex(data);
  const existing = ctx.documents.findBySha256(sha256);
  if (existing) {
    if (!ctx.files.has(sha256)) ctx.files.put(sha256, data); // heal a store whose file went missing
    return { status: 'duplicate', fileName, document: existing };
  }

  let probe;
  try {
    checkEnvelope(data);
    probe = await ctx.probe(data, sha256);
  } catch (error) {
    if (error instanceof ProbeError) return { status: 'failed', fileName, error: { code: error.code, message: error.message } };
    throw error;
  }

  const metadata = detectMetadata(probe.firstPagesLines, probe.lastPageLines, fileName);
  const wroteFile = ctx.files.put(sha256, data);
  try {
    const document = ctx.db.transaction(() =>
      ctx.documents.insert({
        sha256,
        fileName,
        bytes: data.byteLength,
        pages: probe.pages,
        producer: probe.producer,
        hasTextLayer: probe.hasTextLayer,
        ...metadata,
        importedAt: (ctx.now?.() ?? new Date()).toISOString(),
        importedBy: ctx.actor,
      }),
    )();
    return { status: 'imported', fileName, document };
  } catch (error) {
    if (isUniqueViolation(error)) {
      // Another door imported the same bytes meanwhile: theirs stands, and the file is shared.
      const winner = ctx.documents.findBySha256(sha256);
      if (winner) return { status: 'duplicate', fileName, document: winner };
    }
    if (wroteFile) ctx.files.remove(sha256);
    throw error;
  }
}
