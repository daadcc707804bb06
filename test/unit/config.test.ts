/** The configuration: one list of variables, the README's table equal to it, bad values named. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULTS, defaultOf, readConfig, VARIABLE_NAMES } from '../../indexer/config.ts';

/** The README's Configuration table: variable → default cell, in order. */
function readmeTable(): [string, string][] {
  const readme = fs.readFileSync('README.md', 'utf8');
  const section = readme.split(/^## /m).find((s) => s.startsWith('Configuration'));
  if (!section) throw new Error('README.md has no "## Configuration" section');
  return [...section.matchAll(/^\| *`([A-Z_]+)` *\| *([^|]*?) *\|/gm)].map((m) => [m[1], m[2].trim()]);
}

/** Every source file the program runs (not tests): indexer/, server/, public/src/. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|mjs)$/.test(e.name) ? [p] : [];
  });
}

function envReads(text: string): string[] {
  return [...text.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])/g)].map((m) => m[1] ?? m[2]);
}

describe('README Configuration table', () => {
  it('lists every variable of indexer/config.ts, in the same order, and nothing else', () => {
    expect(readmeTable().map(([name]) => name)).toEqual(VARIABLE_NAMES);
  });

  const withDefault = VARIABLE_NAMES.filter((name) => defaultOf(name) !== undefined);
  const without = VARIABLE_NAMES.filter((name) => defaultOf(name) === undefined);

  it.each(withDefault)('%s: the README states, as code, the default the code uses', (name) => {
    expect(new Map(readmeTable()).get(name)).toBe(`\`${String(defaultOf(name))}\``);
  });

  it.each(without)('%s has no default: the README says what happens instead (—, generated…), not a value', (name) => {
    expect(new Map(readmeTable()).get(name)).not.toMatch(/^`/);
  });

  it('(both lists are used: some variables have defaults, some do not)', () => {
    expect([withDefault.length > 0, without.length > 0]).toEqual([true, true]);
  });
});

describe('readConfig', () => {
  it('is the only reader: no other file of the program reads a named environment variable', () => {
    const readers = ['indexer', 'server', 'public/src']
      .flatMap(sourceFiles)
      .filter((file) => file !== path.join('indexer', 'config.ts'))
      .flatMap((file) => envReads(fs.readFileSync(file, 'utf8')).map((name) => `${file}: ${name}`));
    expect(readers).toEqual([]);
  });

  it('(the check above finds reads: env.NAME, env["NAME"], not a child\'s env being set)', () => {
    expect(
      envReads(
        'const p = process.env.PORT; const u = io.env["MEILI_URL"]; spawn(b, [], { env: { ...process.env, MEILI_MASTER_KEY: k } });',
      ),
    ).toEqual(['PORT', 'MEILI_URL']);
  });

  it('with nothing set, gives DEFAULTS', () => {
    const c = readConfig({});
    expect(c).toMatchObject({
      port: DEFAULTS.port,
      indexUid: DEFAULTS.indexUid,
      startTimeoutMs: DEFAULTS.startTimeoutMs,
      rateLimitPerMinute: DEFAULTS.rateLimitPerMinute,
      noColor: false,
      meiliUrl: undefined,
    });
    expect(c.dataDir).toBe(path.resolve(DEFAULTS.dataDir));
    expect(c.seedDir).toBe(path.resolve(DEFAULTS.seedDir));
  });

  it('an empty value counts as unset (PORT= npm start)', () => {
    expect(readConfig({ PORT: '', RATE_LIMIT_PER_MINUTE: '', NO_COLOR: '' })).toMatchObject({
      port: DEFAULTS.port,
      rateLimitPerMinute: DEFAULTS.rateLimitPerMinute,
      noColor: false,
    });
  });

  it('parses what is set', () => {
    expect(
      readConfig({
        PORT: '8080',
        RATE_LIMIT_PER_MINUTE: '30',
        MEILI_URL: 'http://127.0.0.1:7700',
        NO_COLOR: '1',
        MEILI_INDEX: 'news_2019',
      }),
    ).toMatchObject({
      port: 8080,
      rateLimitPerMinute: 30,
      meiliUrl: 'http://127.0.0.1:7700',
      noColor: true,
      indexUid: 'news_2019',
    });
  });

  it.each([
    ['RATE_LIMIT_PER_MINUTE', 'abc', 'a positive whole number of requests'],
    ['RATE_LIMIT_PER_MINUTE', '0', 'a positive whole number of requests'],
    ['PORT', '70000', 'a port number from 0 to 65535'],
    ['PORT', '80.5', 'a port number from 0 to 65535'],
    ['MEILI_START_TIMEOUT_MS', '-1', 'a positive whole number of milliseconds'],
    ['MEILI_URL', 'localhost:7700', 'an http(s) address'],
    ['MEILI_INDEX', 'أخبار', 'letters, digits, - and _ only'],
  ])('%s=%s is refused, naming the variable, the value and the remedy', (name, value, expects) => {
    let error: unknown;
    try {
      readConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const e = error as ConfigError;
    expect(e.where).toBe('config');
    expect(e.what).toContain(`${name} must be ${expects}`);
    expect(e.what).toContain(JSON.stringify(value));
    expect(e.remedy).toMatch(/unset it to use the default/);
    expect(e.message).toBe(`config: ${e.what}; ${e.remedy}`);
  });
});

describe('shards in the configuration', () => {
  it('SHARDS=3 and MEILI_REMOTES are read; a bad MEILI_REMOTES entry is named', () => {
    expect(readConfig({ SHARDS: '3' }).shards).toBe(3);
    expect(
      readConfig({ MEILI_REMOTES: 's0=http://10.0.0.1:7700;K0,s1=http://10.0.0.2:7700;K1' }).remotes?.map(
        (r) => r.name,
      ),
    ).toEqual(['s0', 's1']);
    expect(() => readConfig({ MEILI_REMOTES: 's0=10.0.0.1:7700' })).toThrow(
      /MEILI_REMOTES must be a list name=url.*\(shard s0: "10\.0\.0\.1:7700" is not an address/,
    );
  });

  it('MEILI_REMOTES with MEILI_URL or SHARDS > 1 is refused: one way to name the engines', () => {
    expect(() => readConfig({ MEILI_REMOTES: 's0=http://a:7700', MEILI_URL: 'http://b:7700' })).toThrow(
      /MEILI_REMOTES and MEILI_URL are both set/,
    );
    expect(() => readConfig({ MEILI_REMOTES: 's0=http://a:7700', SHARDS: '2' })).toThrow(ConfigError);
  });
});
