import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSection } from './results-file.ts';

describe('writeSection', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'results-file-'));
  const file = path.join(dir, 'benchmarks.md');
  afterEach(() => fs.rmSync(file, { force: true }));

  it('appends a new section after the hand-written text', () => {
    fs.writeFileSync(file, '# Benchmarks\n\nBaseline: 11.6 req/s\n');
    writeSection('bench:search', '## Search\n22 req/s', file);
    expect(fs.readFileSync(file, 'utf8')).toBe(
      '# Benchmarks\n\nBaseline: 11.6 req/s\n\n<!-- bench:search:start -->\n## Search\n22 req/s\n<!-- bench:search:end -->\n',
    );
  });

  it('replaces only its own section on the next run, keeping the others and the text around them', () => {
    fs.writeFileSync(file, '# Benchmarks\n');
    writeSection('bench:search', 'search 1', file);
    writeSection('bench:index', 'index 1', file);
    writeSection('bench:search', 'search 2', file);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('search 2');
    expect(text).not.toContain('search 1');
    expect(text).toContain('index 1');
    expect(text.indexOf('search 2')).toBeLessThan(text.indexOf('index 1'));
  });
});
