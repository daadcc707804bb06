/**
 * The engine's bounded log (indexer/meili/engine-log.ts): rotation at maxBytes, and nothing written
 * once it is closed (a stopped engine's pipes may still deliver output after its exit).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RotatingLog } from '../../../indexer/meili/engine-log.ts';

function tempLog(): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'engine-log-')), 'meilisearch.log');
}

describe('RotatingLog', () => {
  it('moves the log to .1 when the next write would pass maxBytes', () => {
    const file = tempLog();
    const log = new RotatingLog(file, 10);
    log.write('12345678');
    log.write('abcdef');
    log.close();
    expect(fs.readFileSync(`${file}.1`, 'utf8')).toBe('12345678');
    expect(fs.readFileSync(file, 'utf8')).toBe('abcdef');
  });

  it('drops what arrives after close, without throwing (output still in a dead engine’s pipes)', () => {
    const file = tempLog();
    const log = new RotatingLog(file, 1000);
    log.write('before\n');
    log.close();
    expect(() => log.write('after\n')).not.toThrow();
    expect(() => log.close()).not.toThrow();
    expect(fs.readFileSync(file, 'utf8')).toBe('before\n');
  });
});
