/** Flags → the API's SearchRequest, checked by the API's validation, messages naming the flags. */
import { describe, expect, it } from 'vitest';
import type { CliError } from '../../../server/cli/errors.ts';
import { CLI_DEFAULTS, parseCliArgs } from '../../../server/cli/options.ts';

const errorOf = (argv: string[]) => {
  try {
    parseCliArgs(argv);
  } catch (e) {
    return e as CliError;
  }
  throw new Error('expected a CliError');
};

describe('parseCliArgs', () => {
  it('turns repeated --year and --country into filters, --limit into the page size', () => {
    const o = parseCliArgs([
      '--year',
      '2019',
      '--year=2020',
      '--country',
      'ru',
      '--country',
      'CN',
      '--limit',
      '3',
      'باتروشيف',
    ])!;
    expect(o.request).toMatchObject({
      q: 'باتروشيف',
      filters: { years: [2019, 2020], facets: { country: ['RU', 'CN'], publisher: [] } },
      offset: 0,
      limit: 3,
    });
  });

  it('has a flag for every keyword facet: --publisher "وكالة شينخوا" (Xinhua agency), repeatable', () => {
    const o = parseCliArgs(['--publisher', 'وكالة  شينخوا', '--publisher', 'Sputnik', 'الصين'])!;
    expect(o.request.filters.facets.publisher).toEqual(['وكالة شينخوا', 'Sputnik']);
  });

  it('names the flag when a facet value is refused: --country XX', () => {
    expect(errorOf(['--country', 'XX', 'الصين']).message).toMatch(
      /^search: --country: "XX" is not an ISO 3166-1 alpha-2 country code/,
    );
  });

  it('joins several words into one query, defaults to a screenful of results and --shape=auto', () => {
    const o = parseCliArgs(['الصين', 'روسيا'])!; // China Russia
    expect(o.request.q).toBe('الصين روسيا');
    expect(o.request.limit).toBe(CLI_DEFAULTS.limit);
    expect(o).toMatchObject({ shape: 'auto', json: false, url: undefined });
  });

  it('reads --json, --url (trailing slash dropped) and --shape', () => {
    expect(parseCliArgs(['--json', '--url', 'http://localhost:3000/', '--shape=never', 'x'])).toMatchObject({
      json: true,
      url: 'http://localhost:3000',
      shape: 'never',
    });
  });

  it('returns null for --help', () => {
    expect(parseCliArgs(['--help'])).toBeNull();
    expect(parseCliArgs(['-h'])).toBeNull();
  });

  it.each([
    [['--year', 'abc', 'x'], 'search: --year: must be a whole number, got "abc"'],
    [['--country', 'XX', 'x'], 'search: --country: "XX" is not an ISO 3166-1 alpha-2 country code'],
    [['--limit', '500', 'x'], 'search: --limit: must be between 1 and 100, got 500'],
    [['--shape', 'sideways', 'x'], 'search: --shape must be auto, always or never, got "sideways"'],
    [['--url', 'localhost:3000', 'x'], 'search: --url must be an http(s) address'],
    [['--colour', 'x'], "search: Unknown option '--colour'"],
    [[], 'search: give words to search for'],
  ])('%j is a usage error: %s', (argv, message) => {
    const e = errorOf(argv);
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain(message);
  });
});
