/**
 * Lists the files to index under the given paths (files or folders, recursive), by extension,
 * with each file's path relative to the root it was found under (the basis of stable ids).
 * Hidden files and folders (`.git`, `.data`) and node_modules are not entered.
 */
import fs from 'node:fs';
import path from 'node:path';

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl', '.ndjson', '.json'] as const;

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the indexed root, with `/` separators (a file given directly: its name). */
  relative: string;
}

export interface WalkResult { files: FoundFile[]; problems: { file: string; reason: string }[] }

export function isSupported(file: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

export function walk(paths: string[]): WalkResult {
  const files: FoundFile[] = [];
  const problems: WalkResult['problems'] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    const root = path.resolve(given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(root);
    } catch {
      problems.push({ file: given, reason: 'does not exist' });
      continue;
    }
    if (stat.isFile()) {
      // A file named explicitly is read whatever its extension (the reader falls back to text).
      if (!seen.has(root)) files.push({ path: root, relative: path.basename(root) });
      seen.add(root);
      continue;
    }
    const visit = (dir: string): void => {
      const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
      for (const e of entries) {
        if (e.name.startsWith('.') || e.name === 'node_modules') continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) visit(full);
        else if (e.isFile() && isSupported(e.name) && !seen.has(full)) {
          seen.add(full);
          files.push({ path: full, relative: path.relative(root, full).split(path.sep).join('/') });
        }
      }
    };
    visit(root);
  }
  return { files, problems };
}
