/**
 * The engine's log, bounded: Meilisearch writes to a pipe, and we append to `meilisearch.log`,
 * moving it to `meilisearch.log.1` (replacing the previous one) when it reaches `maxBytes`.
 * So the log takes at most twice `maxBytes` on disk however long the engine runs (at the
 * engine's INFO level a search adds ~500 bytes; measured on 1.21).
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';

export class RotatingLog {
  private fd: number;
  private size: number;
  /** Closed when its engine is stopped; what the dying process still had in its pipes is dropped. */
  private closed = false;

  constructor(
    readonly file: string,
    readonly maxBytes: number,
  ) {
    this.fd = fs.openSync(file, 'a');
    this.size = fs.fstatSync(this.fd).size;
    if (this.size >= maxBytes) this.rotate();
  }

  write(chunk: Buffer | string): void {
    if (this.closed) return;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (this.size > 0 && this.size + bytes.length > this.maxBytes) this.rotate();
    fs.writeSync(this.fd, bytes);
    this.size += bytes.length;
  }

  /** Copies a stream (the engine's stdout or stderr) into the log. */
  follow(stream: Readable | null): void {
    stream?.on('data', (chunk: Buffer) => this.write(chunk));
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    fs.closeSync(this.fd);
  }

  private rotate(): void {
    fs.closeSync(this.fd);
    fs.renameSync(this.file, `${this.file}.1`);
    this.fd = fs.openSync(this.file, 'a');
    this.size = 0;
  }
}
