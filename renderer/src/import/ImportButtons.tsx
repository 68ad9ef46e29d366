import { useEffect, useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useImportBatch } from '../state/importBatch';
import { pdfsFromFolderPick } from './pdfFiles';

/** Takes the chosen files and clears the input, so choosing the same file again still fires. */
function takeFiles(event: ChangeEvent<HTMLInputElement>): File[] {
  const files = [...(event.currentTarget.files ?? [])];
  event.currentTarget.value = '';
  return files;
}

export function ImportButtons() {
  const { t } = useTranslation();
  const enqueue = useImportBatch((state) => state.enqueue);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  // React has no prop for webkitdirectory; set it on the element once it exists.
  useEffect(() => {
    if (folderInput.current) folderInput.current.webkitdirectory = true;
  }, []);

  return (
    <div className="import-buttons">
      <button
        type="button"
        className="button button-primary"
        data-testid="import-button"
        title={t('import.buttonTitle')}
        onClick={() => fileInput.current?.click()}
      >
        {t('import.button')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="import-folder-button"
        title={t('import.folderButtonTitle')}
        onClick={() => folderInput.current?.click()}
      >
        {t('import.folderButton')}
      </button>
      <input
        ref={fileInput}
        type="file"
        multiple
        accept=".pdf,application/pdf"
        hidden
        data-testid="import-input"
        onChange={(event) => enqueue(takeFiles(event))}
      />
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        data-testid="import-folder-input"
        onChange={(event) => enqueue(pdfsFromFolderPick(takeFiles(event)))}
      />
    </div>
  );
}
