/** An error of the embedded-engine layer: says what failed and what the user can do about it. */
export class EngineError extends Error {
  override name = 'EngineError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
