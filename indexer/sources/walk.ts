/**
 * Lists the files to index under the given paths (files or folders, recursive), by extension,
 * with each file's path relative to the root it was found under (the basis of stable ids).
 *
 * Every entry met that will not be read is reported with its reason, so that the summary accounts
 * for every input: an unsupported type, a symbolic link (not followed: a link to a parent folder
 * would loop, and the target may be indexed already; name the target to index it), a FIFO, socket
 * or device (reading a FIFO would block the run), a folder that cannot be read (its files are
 * reported missing, the rest of the run goes on). Hidden files and folders (`.git`, `.data`) and
 * `node_modules` are not entered by design and not reported: they are never a user's articles.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Text formats: decoded (decode.ts), then read by extension (read-file.ts). */
export const TEXT_EXTENSIONS = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.jsonl',
  '.ndjson',
  '.json',
  '.csv',
] as const;
/** Binary document formats with readers of their own. */
export const DOCUMENT_EXTENSIONS = ['.pdf', '.docx'] as const;
export const SUPPORTED_EXTENSIONS = [...TEXT_EXTENSIONS, ...DOCUMENT_EXTENSIONS] as const;

export interface FoundFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the indexed root, with `/` separators (a file given directly: its name). */
  relative: string;
}

export interface WalkProblem {
  file: string;
  reason: string;
}
export interface WalkResult {
  files: FoundFile[];
  problems: WalkProblem[];
}

export function isSupported(file: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

const SUPPORTED_LIST = SUPPORTED_EXTENSIONS.join(' ');

/** Why a directory entry that is not a folder and not a supported regular file is left out. */
export function notReadReason(entry: fs.Dirent | fs.Stats, name: string): string {
  if (entry.isSymbolicLink()) return 'is a symbolic link: not followed (give its target to index it)';
  if (entry.isFIFO()) return 'is a FIFO (named pipe), not a file: not read';
  if (entry.isSocket()) return 'is a socket, not a file: not read';
  if (entry.isBlockDevice() || entry.isCharacterDevice()) return 'is a device, not a file: not read';
  const ext = path.extname(name).toLowerCase();
  return `unsupported type (${ext || 'no extension'}): formats read are ${SUPPORTED_LIST}`;
}

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

export function walk(paths: string[]): WalkResult {
  const files: FoundFile[] = [];
  const problems: WalkProblem[] = [];
  const seen = new Set<string>();
  for (const given of paths) {
    const root = path.resolve(given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(root);
    } catch (e) {
      problems.push({
        file: given,
        reason: errorCode(e) === 'ENOENT' ? 'does not exist' : `cannot be read (${errorCode(e)})`,
      });
      continue;
    }
    if (stat.isFile()) {
      // A file named explicitly is read whatever its extension (the reader falls back to text).
      if (!seen.has(root)) files.push({ path: root, relative: path.basename(root) });
      seen.add(root);
      continue;
    }
    if (!stat.isDirectory()) {
      problems.push({ file: given, reason: notReadReason(stat, given) });
      continue;
    }
    const relative = (full: string) => path.relative(root, full).split(path.sep).join('/') || path.basename(root);
    const visit = (dir: string): void => {
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch (e) {
        problems.push({
          file: `${relative(dir)}/`,
          reason: `folder cannot be read (${errorCode(e)}): its files were not indexed`,
        });
        return;
      }
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const e of entries) {
        if (e.name.startsWith('.') || e.name === 'node_modules') continue;
        const full = path.join(dir, e.name);
        if (e.isDirectory()) visit(full);
        else if (e.isFile() && isSupported(e.name)) {
          if (!seen.has(full)) files.push({ path: full, relative: relative(full) });
          seen.add(full);
        } else problems.push({ file: relative(full), reason: notReadReason(e, e.name) });
      }
    };
    visit(root);
  }
  return { files, problems };
}
