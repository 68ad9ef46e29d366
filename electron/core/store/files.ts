/**
 * The content-addressed file store: every PDF is kept once, at files/ab/<sha256>.pdf.
 * Writes go to a temporary file that is flushed and then renamed, so a crash never
 * leaves a half-written PDF under its final name.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function sha256Hex(data: Uint8Array): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

export class FileStore {
  constructor(readonly root: string) {}

  pathFor(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return path.join(this.root, sha256.slice(0, 2), `${sha256}.pdf`);
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathFor(sha256));
  }

  /** Store the bytes under their hash; returns whether a new file was written. */
  put(sha256: string, data: Uint8Array): boolean {
    const finalPath = this.pathFor(sha256);
    if (fs.existsSync(finalPath) && fs.statSync(finalPath).size === data.byteLength) return false;
    fs.mkdirSync(path.dirname(finalPath), { recursive: true });
    const temporary = `${finalPath}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
    const fd = fs.openSync(temporary, 'w');
    try {
      fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, finalPath);
    return true;
  }

  read(sha256: string): Uint8Array {
    return new Uint8Array(fs.readFileSync(this.pathFor(sha256)));
  }

  remove(sha256: string): void {
    fs.rmSync(this.pathFor(sha256), { force: true });
  }
}
