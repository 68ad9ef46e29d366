import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveStoreLocation } from '../../electron/core/paths';
import { createRevealExportHandler, exportFolderToReveal } from '../../electron/reveal-export';
import { tempDir } from '../helpers';

const JOB = '20250701-093012-a1b2c3';

describe('opening an export folder from the desktop app', () => {
  const home = tempDir();
  const root = path.join(home, 'exports');
  fs.mkdirSync(path.join(root, JOB), { recursive: true });
  const app = { senderFrame: { url: 'gouji://app/index.html' } };

  it('opens only an existing folder directly inside the store\'s exports folder', async () => {
    expect(exportFolderToReveal(root, JOB)).toBe(path.join(root, JOB));
    for (const bad of ['..', '../..', `${JOB}/..`, '/etc', 42, null, `${JOB}\0`]) expect(() => exportFolderToReveal(root, bad)).toThrow(/job id/);
    expect(() => exportFolderToReveal(root, '20250701-093012-ffffff')).toThrow(/no export folder/);
  });

  it('hands the folder to the shell for the app\'s own page, and refuses other frames', async () => {
    const opened: string[] = [];
    const handler = createRevealExportHandler({ location: resolveStoreLocation(home) }, async (folder) => (opened.push(folder), ''));
    expect(await handler(app, JOB)).toEqual({ ok: true, result: { opened: true } });
    expect(opened).toEqual([path.join(root, JOB)]);
    expect(await handler({ senderFrame: { url: 'https://evil.example/' } }, JOB)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await handler(app, '../../..')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(opened).toHaveLength(1);
  });
});
