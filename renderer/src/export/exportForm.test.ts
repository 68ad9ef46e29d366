import { describe, expect, it } from 'vitest';
import { exportRequest, initialForm, toggleFormat } from './exportForm';

describe('the export form', () => {
  it('starts with the filings it was opened with, or with a status when there are none', () => {
    expect(initialForm('zh-CN', true)).toMatchObject({ scope: 'given', lang: 'zh', values: 'approved', annotations: true });
    expect(initialForm('en', false)).toMatchObject({ scope: 'status', lang: 'en' });
  });

  it('makes the startExport call, or none while it lacks a format or a filing', () => {
    const form = initialForm('en', true);
    expect(exportRequest(form, [3, 7])).toEqual({
      scope: { kind: 'documents', refs: ['3', '7'] },
      formats: ['xlsx', 'report'],
      reportFormat: 'both',
      values: 'approved',
      lang: 'en',
      annotations: true,
    });
    expect(exportRequest({ ...form, scope: 'status', status: 'submitted' }, [])?.scope).toEqual({ kind: 'status', status: 'submitted' });
    expect(exportRequest(form, [])).toBeNull();
    expect(exportRequest({ ...form, formats: [] }, [1])).toBeNull();
  });

  it('toggles formats on and off', () => {
    expect(toggleFormat(['csv'], 'json')).toEqual(['csv', 'json']);
    expect(toggleFormat(['csv', 'json'], 'csv')).toEqual(['json']);
  });
});
