/**
 * The one error base class. Every failure the project reports says *what* went wrong, *where* (the
 * component, file or parameter) and, when there is one, the *remedy*; its message is always
 * `where: what; remedy` (e.g. `config: PORT must be a whole number from 0 to 65535, got "abc"; set
 * PORT to a free port`), so the text a user sees and the fields a program reads never disagree.
 *
 * The subclasses (EngineError, PushError, ConfigError, ApiFailure, CliError) add what their layer
 * needs (an HTTP status, an exit code, the failed tasks).
 */

export interface ErrorParts {
  /** The component, file or parameter at fault: `engine`, `config`, `q`, `notes.txt`. */
  where: string;
  /** What went wrong, as a clause: `MEILI_BIN=/x does not exist`. */
  what: string;
  /** What the user can do about it, when we know: `point it at a Meilisearch 1.21 binary`. */
  remedy?: string;
  cause?: unknown;
}

export class AppError extends Error {
  override name = 'AppError';
  readonly where: string;
  readonly what: string;
  readonly remedy: string | undefined;

  /**
   * From parts, or from a message already written as `where: what; remedy` (the convention every
   * message in the project follows), which is then kept as it is; a message without a `where: `
   * head is attributed to `defaultWhere`.
   */
  constructor(parts: ErrorParts | string, options: { cause?: unknown; defaultWhere?: string } = {}) {
    const p = typeof parts === 'string' ? splitMessage(parts, options.defaultWhere ?? 'arabic-search') : parts;
    super(typeof parts === 'string' ? parts : joinMessage(p), { cause: p.cause ?? options.cause });
    this.where = p.where;
    this.what = p.what;
    this.remedy = p.remedy;
  }
}

export function joinMessage({ where, what, remedy }: Pick<ErrorParts, 'where' | 'what' | 'remedy'>): string {
  return `${where}: ${what}${remedy ? `; ${remedy}` : ''}`;
}

/**
 * `engine: MEILI_BIN=/x does not exist; point it at a binary` → where `engine`, what, remedy. Only a
 * short, space-free head counts as `where` (so `no server answers at http://x: start it` is all
 * `what`), and only the last `; ` starts a remedy. Multi-line messages (a usage text after the
 * first line) keep everything after the first line in `what`.
 */
export function splitMessage(message: string, defaultWhere: string): ErrorParts {
  const head = /^([^\s:;]{1,40}): /.exec(message);
  const where = head ? head[1] : defaultWhere;
  const rest = head ? message.slice(head[0].length) : message;
  const firstLine = rest.split('\n', 1)[0];
  const cut = firstLine.lastIndexOf('; ');
  if (cut < 0 || rest.includes('\n')) return { where, what: rest };
  return { where, what: rest.slice(0, cut), remedy: rest.slice(cut + 2) };
}
