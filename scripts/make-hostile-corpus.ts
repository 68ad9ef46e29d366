/**
 * A corpus of hostile "PDFs", written deterministically into a folder (default
 * test-results/hostile/): truncations at seeded offsets, zero bytes, random bytes behind
 * a header, a password-encrypted file (when qpdf is installed), a JavaScript OpenAction,
 * an image-only page, 2,000 pages, huge and absurd page boxes, deeply nested arrays and
 * dictionaries, stream /Length lies, xref offsets out of range, a lying page count and a
 * page tree that loops. The PDFs are written by hand (string building with correct xref
 * offsets, unless a wrong one is the point), so every byte is known.
 *
 *   node --import tsx scripts/make-hostile-corpus.ts [folder]
 *
 * tests/integration/hostile.test.ts imports each file through the core.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { mulberry32 } from './eval-checks/mutate';

const ROOT = path.resolve(import.meta.dirname, '..');
const DEFAULT_FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'seed-002.pdf');
export const DEFAULT_HOSTILE_DIR = path.join(ROOT, 'test-results', 'hostile');

export interface HostileFile {
  name: string;
  path: string;
  bytes: number;
  description: string;
  /** What a careful reader does with it: refuse it at import, or import it (and extract or fail cleanly). */
  expect: 'refused' | 'imported' | 'either';
  /** The import error code when `expect` is 'refused'. */
  code?: string;
}

// ---------------------------------------------------------------------------------------
// A minimal PDF writer
// ---------------------------------------------------------------------------------------

type Body = string | Buffer;

const latin1 = (text: string): Buffer => Buffer.from(text, 'latin1');

/** A stream object: `dict` without /Length, which is the data's length unless `lengthLie` says otherwise. */
function stream(dict: string, data: Body, lengthLie?: number): Buffer {
  const bytes = typeof data === 'string' ? latin1(data) : data;
  return Buffer.concat([latin1(`<< ${dict} /Length ${lengthLie ?? bytes.length} >>\nstream\n`), bytes, latin1('\nendstream')]);
}

interface BuildOptions {
  /** Rewrites the offset written in the xref table for object `n` (1-based). */
  xrefOffset?: (offset: number, n: number) => number;
  /** Rewrites the offset after `startxref`. */
  startxref?: (offset: number) => number;
}

/** Objects numbered 1… in order; object 1 is the catalog. */
function buildPdf(objects: readonly Body[], options: BuildOptions = {}): Buffer {
  const parts: Buffer[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(length);
    const chunk = Buffer.concat([latin1(`${index + 1} 0 obj\n`), typeof body === 'string' ? latin1(body) : body, latin1('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xrefAt = length;
  const rows = offsets.map((offset, index) => `${String(options.xrefOffset?.(offset, index + 1) ?? offset).padStart(10, '0')} 00000 n \n`);
  const tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows.join('')}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${options.startxref?.(xrefAt) ?? xrefAt}\n%%EOF\n`;
  parts.push(latin1(tail));
  return Buffer.concat(parts);
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

function textContent(lines: readonly string[], x = 72, top = 720): string {
  const shown = lines.map((line, i) => `1 0 0 1 ${x} ${top - i * 16} Tm (${line.replace(/[()\\]/g, '\\$&')}) Tj`).join('\n');
  return `BT /F1 12 Tf\n${shown}\nET\n0.5 w ${x} ${top - lines.length * 16} m ${x + 400} ${top - lines.length * 16} l S\n`;
}

/** Catalog, Pages, one Page with a text content stream, the font; `pageExtra` and `catalogExtra` are spliced in. */
function onePage(options: { lines?: string[]; mediaBox?: string; pageExtra?: string; catalogExtra?: string; content?: Body; extraObjects?: Body[] } = {}): Body[] {
  const content = options.content ?? stream('', textContent(options.lines ?? ['Gouji hostile corpus', 'Revenue 1,234.50']));
  return [
    `<< /Type /Catalog /Pages 2 0 R ${options.catalogExtra ?? ''}>>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox ${options.mediaBox ?? '[0 0 612 792]'} /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R ${options.pageExtra ?? ''}>>`,
    content,
    FONT,
    ...(options.extraObjects ?? []),
  ];
}

// ---------------------------------------------------------------------------------------
// The hostile files
// ---------------------------------------------------------------------------------------

/** A well-formed page tree of `count` pages in nodes of `perNode`, sharing one content stream and one font. */
function manyPages(count: number, perNode = 100): Buffer {
  const nodes = Math.ceil(count / perNode);
  // 1 catalog, 2 root Pages, 3 content, 4 font, 5… intermediate nodes, then the pages.
  const firstNode = 5;
  const firstPage = firstNode + nodes;
  const objects: Body[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: nodes }, (_, i) => `${firstNode + i} 0 R`).join(' ')}] /Count ${count} >>`,
    stream('', textContent(['A very long filing: every page shares this content stream', 'Total assets 9,876,543.21'])),
    FONT,
  ];
  for (let node = 0; node < nodes; node++) {
    const kids = Array.from({ length: Math.min(perNode, count - node * perNode) }, (_, i) => `${firstPage + node * perNode + i} 0 R`);
    objects.push(`<< /Type /Pages /Parent 2 0 R /Kids [${kids.join(' ')}] /Count ${kids.length} >>`);
  }
  for (let page = 0; page < count; page++) {
    objects.push(`<< /Type /Page /Parent ${firstNode + Math.floor(page / perNode)} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 3 0 R >>`);
  }
  return buildPdf(objects);
}

/** A Chinese font pdf.js reads without embedded glyphs: Adobe's STSong-Light through the UCS-2 CMap. */
const CJK_FONT = '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor << /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >> >>] >>';

function ucs2Hex(text: string): string {
  return `<${[...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}>`;
}

/**
 * Text built to make a backtracking regular expression take exponential time: a ruled
 * table whose cells are a figure followed by 60 footnote marks and a letter, and a
 * sentence with a change word followed by 40 "幅度为" before its figure (in 4-point type, to fit the page).
 */
function backtrackingBait(): Buffer {
  const cell = `1${'*'.repeat(60)}x`;
  const ops = ['0.5 w', '72 500 m 472 500 l S', '72 540 m 472 540 l S', '72 580 m 472 580 l S', '72 500 m 72 580 l S', '272 500 m 272 580 l S', '472 500 m 472 580 l S'];
  ops.push(`BT /F1 8 Tf 76 515 Td (${cell}) Tj ET`, `BT /F1 8 Tf 276 515 Td (${cell}) Tj ET`, 'BT /F1 8 Tf 76 555 Td (Item) Tj ET', 'BT /F1 8 Tf 276 555 Td (2024) Tj ET');
  ops.push(`BT /F2 4 Tf 40 700 Td ${ucs2Hex(`营业收入增加${'幅度为'.repeat(40)}甲100万元。`)} Tj ET`);
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>',
    stream('', ops.join('\n')),
    FONT,
    CJK_FONT,
  ]);
}

/** One page of `count` short stroked segments: a content stream far heavier than any filing's. */
export function heavyPage(count: number): Buffer {
  const ops = ['0.1 w'];
  for (let i = 0; i < count; i++) {
    const x = 50 + (i % 500);
    const y = 50 + (Math.floor(i / 500) % 700);
    ops.push(`${x} ${y} m ${x + 0.5} ${y} l S`);
  }
  return buildPdf(onePage({ content: stream('', ops.join('\n')) }));
}

/** One page ruled into `n` × `n` cells of about 1.5 points. */
function denseGrid(n: number): Buffer {
  const ops = ['0.2 w'];
  for (let i = 0; i <= n; i++) ops.push(`50 ${(50 + (i * 700) / n).toFixed(2)} m 560 ${(50 + (i * 700) / n).toFixed(2)} l S`);
  for (let i = 0; i <= n; i++) ops.push(`${(50 + (i * 510) / n).toFixed(2)} 50 m ${(50 + (i * 510) / n).toFixed(2)} 750 l S`);
  ops.push('BT /F1 4 Tf 52 52 Td (1,234.50) Tj ET');
  return buildPdf(onePage({ content: stream('', ops.join('\n')) }));
}

/** One page covered by a gray image of `width` × `height` pixels whose stream holds `pixels`. */
function imagePage(width: number, height: number, pixels: Buffer): Buffer {
  const image = stream(`/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, zlib.deflateSync(pixels));
  return buildPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    stream('', 'q 595 0 0 842 0 0 cm /Im1 Do Q\n'),
    image,
  ]);
}

function imageOnly(): Buffer {
  const size = 256;
  const pixels = Buffer.alloc(size * size);
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) pixels[y * size + x] = (x ^ y) & 0xff;
  return imagePage(size, size, pixels);
}

function javascriptOpenAction(sentinel: string): Buffer {
  // If anything ever ran this script in Node, it would leave a file behind; the test looks for it.
  const js = `try { require('fs').writeFileSync(${JSON.stringify(sentinel)}, 'ran'); } catch (e) {} app.alert('hostile'); this.print({bUI: false});`;
  const jsString = `(${js.replace(/[()\\]/g, '\\$&')})`;
  return buildPdf(
    onePage({
      lines: ['This filing carries a JavaScript OpenAction'],
      catalogExtra: `/OpenAction 6 0 R /Names << /JavaScript << /Names [(hostile) 6 0 R] >> >> /AA << /WC 6 0 R >> `,
      pageExtra: '/AA << /O 6 0 R >> ',
      extraObjects: [`<< /Type /Action /S /JavaScript /JS ${jsString} >>`],
    }),
  );
}

function deepArray(depth: number, where: 'catalog' | 'page' | 'content'): Buffer {
  const nested = '['.repeat(depth) + '1' + ']'.repeat(depth);
  if (where === 'content') return buildPdf(onePage({ content: stream('', `BT /F1 12 Tf 72 720 Td ${nested} TJ ET\n`) }));
  return buildPdf(onePage(where === 'catalog' ? { catalogExtra: `/Deep ${nested} ` } : { pageExtra: `/Deep ${nested} ` }));
}

function deepDictionary(depth: number): Buffer {
  return buildPdf(onePage({ pageExtra: `/Deep ${'<< /A '.repeat(depth)}1${' >>'.repeat(depth)} ` }));
}

function randomBytes(count: number, seed: number): Buffer {
  const next = mulberry32(seed);
  return Buffer.from(Array.from({ length: count }, () => Math.floor(next() * 256)));
}

function qpdf(): string | null {
  const found = spawnSync('qpdf', ['--version'], { encoding: 'utf8' });
  return found.status === 0 ? 'qpdf' : null;
}

export interface CorpusOptions {
  /** A valid PDF to truncate and to encrypt (default: tests/fixtures/seed-002.pdf). */
  fixture?: string;
  seed?: number;
  /** How many truncated copies. */
  truncations?: number;
}

/** Write the corpus into `dir` (created if needed); returns what was written. */
export function makeHostileCorpus(dir: string, options: CorpusOptions = {}): HostileFile[] {
  fs.mkdirSync(dir, { recursive: true });
  const fixture = options.fixture ?? DEFAULT_FIXTURE;
  const valid = fs.readFileSync(fixture);
  const next = mulberry32(options.seed ?? 0x686f7374);
  const written: HostileFile[] = [];
  const write = (name: string, data: Buffer, description: string, expect: HostileFile['expect'], code?: string): void => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, data);
    written.push({ name, path: file, bytes: data.length, description, expect, ...(code ? { code } : {}) });
  };

  // Cut anywhere past the header: most cuts lose %%EOF (TRUNCATED); a cut inside the header is not a PDF.
  for (let i = 0; i < (options.truncations ?? 6); i++) {
    const offset = 16 + Math.floor(next() * (valid.length - 32));
    write(`truncated-${String(i + 1).padStart(2, '0')}-at-${offset}.pdf`, valid.subarray(0, offset), `${path.basename(fixture)} cut at byte ${offset} of ${valid.length}`, 'refused', 'TRUNCATED');
  }
  write('truncated-in-header.pdf', valid.subarray(0, 5), 'the first 5 bytes: "%PDF-" and nothing else', 'refused');
  write('zero-byte.pdf', Buffer.alloc(0), 'an empty file', 'refused', 'EMPTY_FILE');
  write('random-after-header.pdf', Buffer.concat([latin1('%PDF-1.7\n'), randomBytes(256 * 1024, 1)]), '%PDF-1.7 then 256 KB of seeded random bytes', 'refused');
  write('random-with-eof.pdf', Buffer.concat([latin1('%PDF-1.7\n'), randomBytes(256 * 1024, 2), latin1('\n%%EOF\n')]), '%PDF-1.7, 256 KB of random bytes, %%EOF: passes the envelope, so pdf.js has to give up', 'refused', 'CORRUPT');
  write('objects-without-pages.pdf', buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']), 'a well-formed PDF with an empty page tree', 'refused', 'CORRUPT');

  if (qpdf()) {
    const out = path.join(dir, 'encrypted-aes256.pdf');
    const run = spawnSync('qpdf', ['--encrypt', 'user-secret', 'owner-secret', '256', '--', fixture, out], { encoding: 'utf8' });
    if (run.status !== 0 && run.status !== 3) throw new Error(`qpdf --encrypt failed: ${run.stderr}`);
    written.push({ name: 'encrypted-aes256.pdf', path: out, bytes: fs.statSync(out).size, description: `${path.basename(fixture)} encrypted by qpdf (AES-256, user password)`, expect: 'refused', code: 'ENCRYPTED' });
  }

  write('javascript-openaction.pdf', javascriptOpenAction(path.join(dir, 'javascript-ran.txt')), 'a page with a JavaScript /OpenAction, page /AA and a /Names JavaScript tree', 'imported');
  write('image-only.pdf', imageOnly(), 'one page that is only an image (no text layer)', 'imported');
  write('image-bomb.pdf', imagePage(8000, 8000, Buffer.alloc(8000 * 8000)), 'an 8,000 × 8,000 image (64 MB of pixels) compressed to a few tens of KB', 'imported');
  write('image-size-lie.pdf', imagePage(100_000, 100_000, Buffer.alloc(1024)), 'an image claiming 100,000 × 100,000 pixels with 1 KB of data', 'either');
  write('pages-2000.pdf', manyPages(2000), '2,000 pages sharing one content stream, in a two-level page tree', 'imported');
  write('backtracking-bait.pdf', backtrackingBait(), 'table cells "1" + 60 "*" + "x", and a sentence with 40 "幅度为" after a change word', 'imported');
  write('pages-12000.pdf', manyPages(12_000), '12,000 pages: more than any filing', 'refused', 'TOO_LARGE');
  write('heavy-content.pdf', heavyPage(200_000), 'one page drawing 200,000 separate strokes', 'imported');
  write('dense-grid.pdf', denseGrid(300), 'one page ruled into 300 × 300 cells', 'imported');
  write('mediabox-14400.pdf', buildPdf(onePage({ mediaBox: '[0 0 14400 14400]' })), 'a page of 200 × 200 inches, the largest PDF 1.7 allows', 'imported');
  write('mediabox-1e9.pdf', buildPdf(onePage({ mediaBox: '[0 0 1000000000 1000000000]' })), 'a page box of 10^9 × 10^9 points', 'either');
  write('mediabox-tall.pdf', buildPdf(onePage({ mediaBox: '[0 0 10 1000000000]' })), 'a page 10 points wide and 10^9 tall', 'either');
  write('mediabox-negative.pdf', buildPdf(onePage({ mediaBox: '[0 0 -1000000000 3.4e38]' })), 'a page box with a negative and an exponent-notation (invalid) side', 'either');
  write('deep-array-catalog.pdf', deepArray(100_000, 'catalog'), 'an array nested 100,000 deep in the catalog', 'either');
  write('deep-array-page.pdf', deepArray(100_000, 'page'), 'an array nested 100,000 deep in the page dictionary', 'either');
  write('deep-array-content.pdf', deepArray(100_000, 'content'), 'a TJ operand nested 100,000 deep in the content stream', 'either');
  write('deep-dictionary.pdf', deepDictionary(50_000), 'a dictionary nested 50,000 deep in the page dictionary', 'either');
  const content = textContent(['The content stream says its /Length is wrong']);
  write('length-lie-long.pdf', buildPdf(onePage({ content: stream('', content, 10_000_000) })), 'a content stream claiming /Length 10,000,000', 'either');
  write('length-lie-short.pdf', buildPdf(onePage({ content: stream('', content, 7) })), 'a content stream claiming /Length 7', 'either');
  write('length-negative.pdf', buildPdf(onePage({ content: stream('', content, -5) })), 'a content stream claiming /Length -5', 'either');
  write('xref-out-of-range.pdf', buildPdf(onePage(), { xrefOffset: (offset, n) => 4_000_000_000 + offset * n }), 'every xref entry points far beyond the end of the file', 'either');
  write('startxref-out-of-range.pdf', buildPdf(onePage(), { startxref: () => 9_999_999_999 }), 'startxref points beyond the end of the file', 'either');
  const lyingCount = onePage();
  lyingCount[1] = '<< /Type /Pages /Kids [3 0 R] /Count 1000000000 >>';
  write('page-count-lie.pdf', buildPdf(lyingCount), 'one page whose page tree claims /Count 1,000,000,000', 'either');
  const loop = onePage();
  loop[1] = '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>';
  write('page-tree-loop.pdf', buildPdf(loop), 'a page tree that lists itself among its kids', 'either');
  return written;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = path.resolve(process.argv[2] ?? DEFAULT_HOSTILE_DIR);
  const files = makeHostileCorpus(dir);
  for (const file of files) process.stdout.write(`${file.name.padEnd(36)} ${String(file.bytes).padStart(10)} B  ${file.description}\n`);
  process.stdout.write(`${files.length} files in ${dir}${qpdf() ? '' : ' (qpdf not found: no encrypted file)'}\n`);
}
