/**
 * A failure the search command explains to its user: the message names the component (`search:`)
 * and the command that fixes it; the exit status says whose fault it was (2: usage, 1: the rest).
 */
import { AppError } from '../../indexer/errors.ts';

export class CliError extends AppError {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
    options?: { cause?: unknown },
  ) {
    super(message, { ...options, defaultWhere: 'search' });
  }
}
