/**
 * Gathering files to import from a folder pick or a drop. Inside folders only *.pdf are
 * kept (folders hold other things); files the user named one by one are all sent, so a
 * stray non-PDF gets a clear "not a PDF" outcome instead of vanishing.
 */

export function isPdfName(name: string): boolean {
  return /\.pdf$/i.test(name);
}

const byName = new Intl.Collator(['zh-CN', 'en'], { numeric: true });

type Dropped = { entry: FileSystemEntry } | { file: File };

/**
 * Must run synchronously inside the drop handler: the DataTransfer is emptied as soon
 * as the event returns, so entries are taken now and walked later.
 */
export function takeDroppedItems(dataTransfer: DataTransfer): Dropped[] {
  const dropped: Dropped[] = [];
  const items = dataTransfer.items ? [...dataTransfer.items] : [];
  for (const item of items) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    const file = entry ? null : item.getAsFile();
    if (entry) dropped.push({ entry });
    else if (file) dropped.push({ file });
  }
  if (items.length === 0) {
    for (const file of dataTransfer.files) dropped.push({ file });
  }
  return dropped;
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** readEntries hands out a directory in batches (100 at a time in Chromium) until it returns none. */
async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) break;
    children.push(...batch);
  }
  return children.sort((a, b) => byName.compare(a.name, b.name));
}

function isFileEntry(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectoryEntry(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

async function pdfsInDirectory(directory: FileSystemDirectoryEntry): Promise<File[]> {
  const files: File[] = [];
  for (const child of await childrenOf(directory)) {
    if (isDirectoryEntry(child)) files.push(...(await pdfsInDirectory(child)));
    else if (isFileEntry(child) && isPdfName(child.name)) files.push(await fileOf(child));
  }
  return files;
}

export async function filesFromDropped(dropped: readonly Dropped[]): Promise<File[]> {
  const files: File[] = [];
  for (const item of dropped) {
    try {
      if ('file' in item) files.push(item.file);
      else if (isDirectoryEntry(item.entry)) files.push(...(await pdfsInDirectory(item.entry)));
      else if (isFileEntry(item.entry)) files.push(await fileOf(item.entry));
    } catch {
      // An unreadable entry (permissions, vanished) is skipped; the rest still imports.
    }
  }
  return files;
}

/** A folder pick delivers every file under it; keep the PDFs, in path order. */
export function pdfsFromFolderPick(files: readonly File[]): File[] {
  return files
    .filter((file) => isPdfName(file.name))
    .sort((a, b) => byName.compare(a.webkitRelativePath || a.name, b.webkitRelativePath || b.name));
}
