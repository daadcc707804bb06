/** One error base: every error says what, where and (when known) the remedy, and its message says the same. */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../indexer/config.ts';
import { AppError, splitMessage } from '../../indexer/errors.ts';
import { EngineError } from '../../indexer/meili/errors/index.ts';
import { PushError } from '../../indexer/meili/push.ts';
import { CliError } from '../../server/cli/errors.ts';
import { ApiFailure } from '../../server/errors.ts';

describe('AppError', () => {
  it('from parts: the message is `where: what; remedy`', () => {
    const e = new AppError({ where: 'notes.txt', what: 'is not UTF-8, UTF-16 or Windows-1256', remedy: 'convert it' });
    expect(e.message).toBe('notes.txt: is not UTF-8, UTF-16 or Windows-1256; convert it');
    expect([e.where, e.what, e.remedy]).toEqual(['notes.txt', 'is not UTF-8, UTF-16 or Windows-1256', 'convert it']);
  });

  it('without a remedy, no trailing "; "', () => {
    expect(new AppError({ where: 'api', what: 'internal error' }).message).toBe('api: internal error');
  });

  it('keeps the cause', () => {
    const cause = new Error('ECONNREFUSED');
    expect(new AppError({ where: 'engine', what: 'down', cause }).cause).toBe(cause);
  });
});

describe('splitMessage', () => {
  it.each([
    [
      'engine: MEILI_BIN=/x does not exist; point it at a Meilisearch 1.21 binary',
      { where: 'engine', what: 'MEILI_BIN=/x does not exist', remedy: 'point it at a Meilisearch 1.21 binary' },
    ],
    ['q: at most 200 characters, got 300', { where: 'q', what: 'at most 200 characters, got 300' }],
    // "at http://x: start it" is not a head: a head is one short word before the first ": "
    ['no server answers at http://x: start it', { where: 'api', what: 'no server answers at http://x: start it' }],
    [
      'search: give words to search for\nusage: …; more',
      { where: 'search', what: 'give words to search for\nusage: …; more' },
    ],
  ])('%j', (message, parts) => expect(splitMessage(message, 'api')).toEqual(parts));
});

describe('every error class of the project extends AppError', () => {
  it.each([
    [
      'EngineError',
      new EngineError('engine: Meilisearch did not start (exited with code 1); see .data/meilisearch.log'),
      'engine',
    ],
    ['PushError', new PushError('indexer: Meilisearch rejected batch 1: bad', []), 'indexer'],
    ['ApiFailure', new ApiFailure(400, 'invalid_parameter', 'year: must be a whole number, got "٢٠١٩x"'), 'year'],
    ['ApiFailure without a parameter', new ApiFailure(500, 'internal_error', 'internal error'), 'api'],
    ['CliError', new CliError('search: --shape must be auto, always or never, got "x"', 2), 'search'],
    ['ConfigError', new ConfigError({ where: 'config', what: 'PORT must be a port' }), 'config'],
  ])('%s → where %s', (_name, error, where) => {
    expect(error).toBeInstanceOf(AppError);
    expect(error.where).toBe(where);
    expect(error.what.length).toBeGreaterThan(0);
    expect(error.message).toContain(error.what);
  });
});
