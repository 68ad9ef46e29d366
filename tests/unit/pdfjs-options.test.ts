import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const seen = vi.hoisted(() => [] as Record<string, unknown>[]);

vi.mock('pdfjs-dist/legacy/build/pdf.mjs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('pdfjs-dist/legacy/build/pdf.mjs')>();
  return {
    ...actual,
    getDocument: (src: Record<string, unknown>) => {
      seen.push(src);
      return actual.getDocument(src as Parameters<typeof actual.getDocument>[0]);
    },
  };
});

const { openPdf } = await import('../../electron/core/ingest/pdfjs-node');

describe('pdf.js in Node', () => {
  it('opens every PDF with eval off, no font faces and no system fonts', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const task = openPdf(new Uint8Array(fs.readFileSync(path.join(root, 'tests/fixtures/seed-002.pdf'))));
    const doc = await task.promise;
    expect(doc.numPages).toBeGreaterThan(0);
    await task.destroy();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ isEvalSupported: false, disableFontFace: true, useSystemFonts: false });
  });

  it('is opened nowhere in the core but through openPdf', () => {
    const root = path.resolve(import.meta.dirname, '../../electron');
    const canOpen = /import\s*\{[^}]*\bgetDocument\b[^}]*\}\s*from\s*'pdfjs-dist|import\s*\*\s*as\s*\w+\s*from\s*'pdfjs-dist|import\(\s*'pdfjs-dist/u;
    const openers = fs
      .readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && canOpen.test(fs.readFileSync(path.join(root, file), 'utf8')));
    expect(openers).toEqual([path.join('core', 'ingest', 'pdfjs-node.ts')]);
  });
});
