/**
 * Moves a finished export's files from the store's exports folder to where the command
 * line asked for them. Each file arrives whole: a rename where both folders share a file
 * system, else a copy under a temporary name, fsync'd, then renamed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { openAtomic, syncFolder } from '../core/export/atomic';

async function copyAtomic(source: string, dir: string, name: string): Promise<void> {
  const file = await openAtomic(dir, name);
  try {
    await pipeline(fs.createReadStream(source), file.stream, { end: false });
  } catch (error) {
    await file.abort();
    throw error;
  }
  await file.commit();
}

/** Each file of `names` from `from` into `to` (created if need be); `from` is removed after. */
export async function publishExport(from: string, names: readonly string[], to: string): Promise<string[]> {
  await fs.promises.mkdir(to, { recursive: true });
  const published: string[] = [];
  for (const name of names) {
    const source = path.join(from, name);
    const target = path.join(to, name);
    try {
      await fs.promises.rename(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await copyAtomic(source, to, name);
    }
    published.push(target);
  }
  await syncFolder(to);
  await fs.promises.rm(from, { recursive: true, force: true });
  return published;
}
