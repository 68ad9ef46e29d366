/**
 * Files that appear whole or not at all: each is written under a temporary name in its
 * destination folder (so the rename never crosses file systems), flushed to disk with
 * fsync, then renamed over its final name. A failure at any point removes the temporary
 * file; a reader never finds half an export at a final name.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

export interface AtomicFile {
  readonly name: string;
  /** Write here; the file is not visible at its name until commit. */
  readonly stream: Writable;
  /** Flush, fsync and rename into place; resolves to the file's size. */
  commit(): Promise<number>;
  /** Drop the temporary file (after a failure). Safe to call twice, or after commit. */
  abort(): Promise<void>;
}

/** Temporary names start with a dot and end in .partial: never mistaken for a result. */
export const isTemporaryName = (name: string): boolean => name.startsWith('.') && name.endsWith('.partial');

/** fsync flushes the file, not the descriptor: a fresh one after the stream closed does. */
async function syncFile(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function syncFolder(dir: string): Promise<void> {
  // Makes the rename itself durable; folders cannot be opened for fsync on Windows.
  if (process.platform === 'win32') return;
  const handle = await fs.promises.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function openAtomic(dir: string, name: string): Promise<AtomicFile> {
  if (name !== path.basename(name)) throw new Error(`not a plain file name: ${name}`);
  const finalPath = path.join(dir, name);
  const tempPath = path.join(dir, `.${name}.${randomBytes(4).toString('hex')}.partial`);
  const stream = fs.createWriteStream(tempPath, { flags: 'wx' });
  await new Promise<void>((resolve, reject) => {
    stream.once('ready', resolve);
    stream.once('error', reject);
  });
  let state: 'open' | 'committed' | 'aborted' = 'open';
  const abort = async (): Promise<void> => {
    if (state !== 'open') return;
    state = 'aborted';
    await new Promise<void>((resolve) => (stream.closed ? resolve() : stream.destroy().once('close', () => resolve())));
    await fs.promises.rm(tempPath, { force: true });
  };
  return {
    name,
    stream,
    abort,
    async commit() {
      if (state !== 'open') throw new Error(`${name} was already ${state}`);
      try {
        stream.end();
        await finished(stream);
        await syncFile(tempPath);
        await fs.promises.rename(tempPath, finalPath);
        state = 'committed';
        await syncFolder(dir);
        return (await fs.promises.stat(finalPath)).size;
      } catch (error) {
        await abort();
        throw error;
      }
    },
  };
}

/** Write bytes or text whole, or not at all. */
export async function writeFileAtomic(dir: string, name: string, data: Uint8Array | string): Promise<number> {
  const file = await openAtomic(dir, name);
  try {
    await new Promise<void>((resolve, reject) => file.stream.write(data, (error) => (error ? reject(error) : resolve())));
  } catch (error) {
    await file.abort();
    throw error;
  }
  return file.commit();
}
