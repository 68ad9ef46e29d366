/**
 * `node --import tsx scripts/dump-geometry.ts <out-dir> [files…]`: every page's geometry
 * (runs, rules, rectangles, image coverage) of each PDF as JSON, for diffing two versions
 * of the page reader (default files: every fixture and the 161-page report).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readDocumentGeometry } from '../electron/core/extract/page-geometry';
import { openPdf } from '../electron/core/ingest/pdfjs-node';

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
for (const file of files) {
  const task = openPdf(new Uint8Array(fs.readFileSync(file)));
  try {
    const pages = await readDocumentGeometry(await task.promise);
    fs.writeFileSync(path.join(outDir, `${path.basename(file, '.pdf')}.json`), JSON.stringify(pages));
    console.log(`${path.basename(file)}: ${pages.length} pages, ${pages.reduce((n, p) => n + p.runs.length, 0)} runs`);
  } catch (error) {
    console.log(`${path.basename(file)}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await task.destroy();
  }
}
