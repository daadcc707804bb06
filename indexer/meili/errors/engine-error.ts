/** An error of the embedded-engine layer: says what failed and what the user can do about it. */
import { AppError, type ErrorParts } from '../../errors.ts';

export class EngineError extends AppError {
  override name = 'EngineError';
  constructor(message: ErrorParts | string, options?: { cause?: unknown }) {
    super(message, { ...options, defaultWhere: 'engine' });
  }
}
