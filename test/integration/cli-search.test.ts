/**
 * `npm run search` end to end: the real command, in a real pseudo-terminal (tmux), against the
 * run's real Meilisearch with the seeds indexed. The captured screen must show SHAPED Arabic in
 * visual order (what a terminal without Arabic support needs), for an Arabic query and for a Latin
 * spelling of the same name. Without a terminal: `--json` and plain logical-order text. And the
 * messages that say what to run when the engine, the index or the server is missing.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResponse } from '../../server/api-types.ts';
import { displayWidth } from '../../server/cli/display/width.ts';
import { testClient, testEngine, uniqueIndexUid } from '../support/engine.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const TSX = path.resolve('node_modules/.bin/tsx');
const ENTRY = path.resolve('server/cli/search.ts');
const BIN = path.resolve('server/cli/bin/arabic-search.mjs');

/** باتروشيف (Patrushev) shaped and in visual order: feh final, yeh medial, sheen initial, waw, reh final, teh initial, alef final, beh initial. */
const PATRUSHEV_VISUAL = '\ufed2\ufef4\ufeb7\ufeed\ufeae\ufe97\ufe8e\ufe91';
/** Seed 001's title as drawn: «باتروشيف: موسكو وبكين متحدتان…» (Patrushev: Moscow and Beijing are united…) read from the right. */
const TITLE_001_VISUAL =
  '\ufee5\ufe8e\ufe97\ufeaa\ufea4\ufe98\ufee3 \ufee6\ufef4\ufedc\ufe91\ufeed \ufeee\ufedc\ufeb3\ufeee\ufee3 :' +
  PATRUSHEV_VISUAL;

let server: TestServer;
let dataDir: string;

beforeAll(async () => {
  server = await startTestServer(); // seeds indexed into a fresh index, plus the HTTP API for --url
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-search-'));
});
afterAll(async () => {
  await server?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

/** The environment `npm run search` gets: the test engine and the seeded index, nothing of the user's. */
function cliEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { url, masterKey } = testEngine();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MEILI_URL: url,
    MEILI_MASTER_KEY: masterKey,
    MEILI_INDEX: server.indexUid,
    DATA_DIR: dataDir,
    LANG: 'C.UTF-8',
    ...extra,
  };
  delete env.NO_COLOR;
  return env;
}

const run = promisify(execFile);
/**
 * How long one CLI run may take before it is killed. A run takes 2–7 s alone, but the runs of a
 * concurrent block start together on 2 cores beside the other test files: at 20 s, four of them were
 * killed (exit 143) in one CI run. This bounds a hung CLI; it is not a speed check.
 */
const CLI_TIMEOUT_MS = 60_000;
async function searchNoTty(args: string[], env = cliEnv()): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [ENTRY, ...args], { env, timeout: CLI_TIMEOUT_MS });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout: string; stderr: string };
    return { code: typeof err.code === 'number' ? err.code : -1, stdout: err.stdout, stderr: err.stderr };
  }
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Runs a command in a detached tmux session on its own server (own socket: nothing shared with a
 * user's tmux), waits for it to end, and returns the screen as `tmux capture-pane` sees it.
 */
async function screenOf(
  argv: string[],
  env: NodeJS.ProcessEnv,
  size = { columns: 100, rows: 50 },
): Promise<{ screen: string; code: number }> {
  const socket = uniqueIndexUid('cli-search');
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, '-u', ...args], { env, encoding: 'utf8' });
  const command = `${argv.map(quote).join(' ')}; echo "[exit $?]"; sleep 60`;
  tmux('new-session', '-d', '-x', String(size.columns), '-y', String(size.rows), command);
  try {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const screen = tmux('capture-pane', '-p', '-J');
      const exit = /\[exit (\d+)\]/.exec(screen);
      if (exit) return { screen, code: Number(exit[1]) };
      if (Date.now() > deadline) throw new Error(`the command did not finish in 20 s; screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    tmux('kill-server');
  }
}

describe('npm run search in a terminal (tmux)', () => {
  it('is available: tmux is installed', () => {
    expect(execFileSync('tmux', ['-V'], { encoding: 'utf8' })).toMatch(/^tmux \d/);
  });

  it('باتروشيف: the screen shows the article shaped and in visual order, not the raw letters', async () => {
    const { screen, code } = await screenOf([TSX, ENTRY, 'باتروشيف'], cliEnv());
    expect(code).toBe(0);
    expect(screen).toContain(`results for «${PATRUSHEV_VISUAL}»`);
    expect(screen).toContain(TITLE_001_VISUAL);
    expect(screen).toContain('001_f5596eefdf532ee4.txt'); // its source, left to right
    expect(screen).not.toContain('باتروشيف'); // base letters in logical order: what a terminal would garble
    for (const line of screen.split('\n')) expect(displayWidth(line)).toBeLessThan(100); // wrapped to the pane
  });

  it('Patrushev (Latin spelling, through the `arabic-search` bin shim): the same article, and the Arabic form it matched', async () => {
    const { screen, code } = await screenOf([BIN, '--limit', '3', 'Patrushev'], cliEnv());
    expect(code).toBe(0);
    expect(screen).toContain(`Patrushev → ${PATRUSHEV_VISUAL}`);
    expect(screen).toContain(TITLE_001_VISUAL);
  });

  it('--shape=never prints logical order for terminals that lay out Arabic themselves', async () => {
    const { screen } = await screenOf([TSX, ENTRY, '--shape=never', 'باتروشيف'], cliEnv());
    expect(screen).toContain('باتروشيف: موسكو وبكين متحدتان');
  });
});

describe.concurrent('npm run search without a terminal', { timeout: 2 * CLI_TIMEOUT_MS }, () => {
  it('--json prints the API response for scripts', async () => {
    const { code, stdout } = await searchNoTty(['--json', '--country', 'RU', 'Patrushev']);
    expect(code).toBe(0);
    const res = JSON.parse(stdout) as SearchResponse;
    expect(res.query.q).toBe('Patrushev');
    expect(res.hits.map((h) => h.source)).toContain('001_f5596eefdf532ee4.txt');
    expect(res.hits.every((h) => h.countries.some((c) => c.code === 'RU' && c.label === 'روسيا'))).toBe(true); // Russia
  });

  it('into a pipe: logical-order text, no escape sequences, no invisible bidi isolates', async () => {
    const { code, stdout } = await searchNoTty(['باتروشيف']);
    expect(code).toBe(0);
    expect(stdout).toContain('باتروشيف: موسكو وبكين متحدتان');
    expect(stdout).toContain('results for «باتروشيف»'); // the query as typed, grep-able
    expect(stdout).not.toContain('\u001b');
    expect(stdout).not.toMatch(/[\u2066-\u2069]/); // LRI RLI FSI PDI: junk for grep, cut and wc
  });

  it('--url asks a running server instead of the engine', async () => {
    const { code, stdout } = await searchNoTty(
      ['--url', server.baseUrl, 'باتروشيف'],
      cliEnv({ MEILI_URL: 'http://127.0.0.1:9' }),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('باتروشيف: موسكو وبكين متحدتان');
  });
});

describe.concurrent('npm run search when something is missing', { timeout: 2 * CLI_TIMEOUT_MS }, () => {
  it('engine not running: says so and what to run, exit 1', async () => {
    const port = await closedPort();
    const { code, stderr } = await searchNoTty(['باتروشيف'], cliEnv({ MEILI_URL: `http://127.0.0.1:${port}` }));
    expect(code).toBe(1);
    expect(stderr).toContain(
      `search: the search engine is not running: nothing answers at http://127.0.0.1:${port} (MEILI_URL)`,
    );
    expect(stderr).toContain('`npm start`');
  });

  it('no index yet: says to index, exit 1', async () => {
    const { code, stderr } = await searchNoTty(['باتروشيف'], cliEnv({ MEILI_INDEX: uniqueIndexUid('absent') }));
    expect(code).toBe(1);
    expect(stderr).toMatch(/search: there is no index "absent_\w+" yet: run `npm start` .* or `npm run index -- PATH`/);
  });

  it('an index with no documents: says to index, exit 1', async () => {
    const uid = uniqueIndexUid('empty');
    await testClient().createIndex(uid).waitTask();
    try {
      const { code, stderr } = await searchNoTty(['باتروشيف'], cliEnv({ MEILI_INDEX: uid }));
      expect(code).toBe(1);
      expect(stderr).toContain(`search: the index "${uid}" is empty: index documents with \`npm run index -- PATH\``);
    } finally {
      await testClient().deleteIndex(uid).waitTask();
    }
  });

  it('server unreachable with --url: says to start it, exit 1', async () => {
    const port = await closedPort();
    const { code, stderr } = await searchNoTty(['--url', `http://127.0.0.1:${port}`, 'x']);
    expect(code).toBe(1);
    expect(stderr).toContain(`search: no server answers at http://127.0.0.1:${port}: start it with \`npm start\``);
  });
});

/** A port nothing listens on: bound, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net
      .createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = s.address() as net.AddressInfo;
        s.close(() => resolve(port));
      });
  });
}
