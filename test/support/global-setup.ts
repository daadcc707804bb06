/**
 * Starts one real Meilisearch (the npm binary, or MEILI_URL) for the whole test run, in a temporary
 * data directory, and hands its address to the tests through `inject('meili')`.
 * Integration tests fail, rather than skip, when it cannot start.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEngine, type Engine } from '../../indexer/meili/engine.ts';

let engine: Engine | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'arabic-search-test-'));
  engine = await startEngine({
    dataDir,
    url: process.env.TEST_MEILI_URL,
    masterKey: process.env.TEST_MEILI_MASTER_KEY,
    startTimeoutMs: 60_000,
  });
  project.provide('meili', { url: engine.url, masterKey: engine.masterKey });
}

export async function teardown(): Promise<void> {
  await engine?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    meili: { url: string; masterKey: string };
  }
}
