/**
 * `node --import tsx scripts/dump-geometry.ts <out-dir> [files…]`: every page's geometry
 * (runs, rules, rectangles, image coverage) of each PDF as JSON, read on the PDF worker
 * pool as extraction reads it, for diffing two versions of the page reader (default
 * files: every fixture and the 161-page report).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { PdfWorkerPool } from '../electron/core/extract/pool';

const root = path.resolve(import.meta.dirname, '..');
const [outDir, ...given] = process.argv.slice(2);
if (!outDir) throw new Error('usage: dump-geometry.ts <out-dir> [files…]');
const fixtures = path.join(root, 'tests', 'fixtures');
const files = given.length
  ? given
  : [
      ...fs.readdirSync(fixtures).filter((f) => f.endsWith('.pdf')).map((f) => path.join(fixtures, f)),
      ...fs.readdirSync(path.join(fixtures, 'real')).filter((f) => f.endsWith('.pdf')).map((f) => path.join(fixtures, 'real', f)),
      ...fs.readdirSync(path.join(fixtures, 'bad')).filter((f) => f.endsWith('.pdf')).map((f) => path.join(fixtures, 'bad', f)),
      path.join(root, '..', 'shared', 'realpdfs', '603598_引力传媒_2025年半年度报告.pdf'),
    ].filter((f) => fs.existsSync(f));
fs.mkdirSync(outDir, { recursive: true });
const pool = new PdfWorkerPool();
for (const file of files) {
  const data = new Uint8Array(fs.readFileSync(file));
  const key = createHash('sha256').update(data).digest('hex');
  try {
    const { pages: count } = await pool.probe(data, key);
    const pages = await pool.readPages(data, key, count);
    fs.writeFileSync(path.join(outDir, `${path.basename(file, '.pdf')}.json`), JSON.stringify(pages));
    console.log(`${path.basename(file)}: ${pages.length} pages, ${pages.reduce((n, p) => n + p.runs.length, 0)} runs`);
  } catch (error) {
    console.log(`${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
pool.close();
