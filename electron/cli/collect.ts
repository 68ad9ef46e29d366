/** The PDF files named on a command line: files as given, folders walked recursively, in a stable order. */
import fs from 'node:fs';
import path from 'node:path';

export interface CollectedInputs {
  files: string[];
  /** Named paths that do not exist: reported, not fatal for the rest. */
  missing: string[];
}

function walk(dir: string, out: string[]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.pdf')) out.push(full);
  }
}

export function collectPdfPaths(inputs: readonly string[]): CollectedInputs {
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) walk(input, files);
    else files.push(input);
  }
  return { files: [...new Set(files.map((f) => path.resolve(f)))], missing };
}
