import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog, type ExportTarget } from './ExportDialog';

/** The entry to exporting: a button that opens the export dialog for the filings given (none: choose by status). */
export function ExportButton({ targets }: { targets: readonly ExportTarget[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button type="button" className="button button-small" data-testid="export-open" onClick={() => setOpen(true)}>
        {t('export.open')}
      </button>
      {open && <ExportDialog given={targets} onClose={close} />}
    </>
  );
}
