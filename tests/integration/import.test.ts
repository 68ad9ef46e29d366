import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../electron/core/core';
import { emptyPdf, garbageAfterHeader, notAPdf, truncatedPdf } from '../fixtures/bad';
import { fixture, readFixture, snapshotTree, tempCore } from '../helpers';

let core: Core;
beforeEach(() => {
  core = tempCore('reviewer-a');
});
afterEach(() => core.close());

describe('import', () => {
  it('reads code, short name and type from page 1 of the rendered seed filings', async () => {
    const announcement = await core.call('importFile', { fileName: 'seed-000.pdf', data: readFixture('seed-000.pdf') });
    const halfYear = await core.call('importFile', { fileName: 'seed-001.pdf', data: readFixture('seed-001.pdf') });
    expect(announcement.status).toBe('imported');
    expect(halfYear.status).toBe('imported');
    if (announcement.status !== 'imported' || halfYear.status !== 'imported') return;
    expect(announcement.document).toMatchObject({ securityCode: '834045', shortName: '清众科技', documentType: 'related_party_announcement', hasTextLayer: true, importedBy: 'reviewer-a', reviewStatus: 'new' });
    expect(halfYear.document).toMatchObject({ securityCode: '688316', shortName: '青云科技', documentType: 'half_year_report', reportPeriod: '2025-H1' });
    expect(halfYear.document.pages).toBeGreaterThan(20);
    expect(halfYear.document.producer).toMatch(/Skia|Chromium/i);
  });

  it('stores the same file once and says so', async () => {
    const data = readFixture('seed-002.pdf');
    const first = await core.call('importFile', { fileName: 'policy.pdf', data });
    const second = await core.call('importFile', { fileName: 'copy-of-policy.pdf', data });
    expect(first.status).toBe('imported');
    expect(second.status).toBe('duplicate');
    if (first.status === 'failed' || second.status === 'failed') return;
    expect(second.document.id).toBe(first.document.id);
    expect(second.document.fileName).toBe('policy.pdf');
    expect((await core.call('listDocuments', {})).documents).toHaveLength(1);
    expect(Object.keys(snapshotTree(core.location.filesDir))).toHaveLength(1);
  });

  const badInputs: [string, () => Uint8Array, string, RegExp][] = [
    ['zero-byte', emptyPdf, 'EMPTY_FILE', /empty/],
    ['not a PDF', notAPdf, 'NOT_PDF', /not a PDF/],
    ['truncated', () => truncatedPdf(readFixture('seed-002.pdf')), 'TRUNCATED', /truncated/],
    ['password-encrypted', () => readFixture('bad', 'encrypted.pdf'), 'ENCRYPTED', /password/],
    ['random bytes behind a %PDF header', () => garbageAfterHeader(), 'CORRUPT', /damaged/],
  ];

  it.each(badInputs)('refuses a %s file with its own message and leaves the store unchanged', async (_label, make, code, message) => {
    await core.call('importFile', { fileName: 'good.pdf', data: readFixture('seed-000.pdf') });
    const dbBefore = (await core.call('listDocuments', {})).documents;
    const filesBefore = snapshotTree(core.location.filesDir);
    const outcome = await core.call('importFile', { fileName: 'bad.pdf', data: make() });
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.error.code).toBe(code);
    expect(outcome.error.message).toMatch(message);
    expect((await core.call('listDocuments', {})).documents).toEqual(dbBefore);
    expect(snapshotTree(core.location.filesDir)).toEqual(filesBefore);
  });

  it('imports a scanned filing, reporting that it has no text layer', async () => {
    const outcome = await core.call('importFile', { fileName: 'scan.pdf', data: readFixture('real', '002020-scanned-opinion.pdf') });
    expect(outcome.status).toBe('imported');
    if (outcome.status === 'imported') expect(outcome.document).toMatchObject({ hasTextLayer: false, pages: 4 });
  });

  it('reads the real filings: a Word-made quarterly report and a WPS half-year report', async () => {
    const q1 = await core.call('importFile', { fileName: '002020_京新药业_2018年第一季度报告全文.pdf', data: readFixture('real', '002020-q1-2018.pdf') });
    expect(q1).toMatchObject({ status: 'imported', document: { securityCode: '002020', shortName: '京新药业', documentType: 'quarterly_report', reportPeriod: '2018-Q1', pages: 20 } });
    const reply = await core.call('importFile', { fileName: 'reply.pdf', data: readFixture('real', '002020-inquiry-reply-2017.pdf') });
    expect(reply).toMatchObject({ status: 'imported', document: { securityCode: '002020', shortName: '京新药业', documentType: 'inquiry_reply', disclosureDate: '2018-05-30' } });
    if (fs.existsSync(fixture('real', '603598-half-year-2025.pdf'))) {
      const h1 = await core.call('importFile', { fileName: 'h1.pdf', data: readFixture('real', '603598-half-year-2025.pdf') });
      expect(h1).toMatchObject({ status: 'imported', document: { securityCode: '603598', shortName: '引力传媒', documentType: 'half_year_report', pages: 161 } });
    }
  });

  it('finds a filing by id, sha256 and sha256 prefix, and names what it cannot find', async () => {
    const outcome = await core.call('importFile', { fileName: 'a.pdf', data: readFixture('seed-000.pdf') });
    if (outcome.status === 'failed') throw new Error('import failed');
    const { id, sha256 } = outcome.document;
    expect((await core.call('getDocument', { ref: String(id) })).sha256).toBe(sha256);
    expect((await core.call('getDocument', { ref: sha256 })).id).toBe(id);
    expect((await core.call('getDocument', { ref: sha256.slice(0, 10).toUpperCase() })).id).toBe(id);
    await expect(core.call('getDocument', { ref: '999' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const file = await core.call('getDocumentFile', { ref: String(id) });
    expect(Buffer.from(file.data).equals(Buffer.from(readFixture('seed-000.pdf')))).toBe(true);
  });
});
