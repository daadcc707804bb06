/** `npm run index` as a user runs it: a child process against the test engine; exit codes and messages. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testClient, testEngine, uniqueIndexUid } from '../support/engine.ts';
import { makeFixtureDir, stemSearch } from './indexer-support.ts';

const uid = uniqueIndexUid('indexer_cli');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'indexer-cli-data-'));
const fixtures = makeFixtureDir();

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const { url, masterKey } = testEngine();
  const res = spawnSync('npx', ['tsx', 'indexer/cli.ts', ...args], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, MEILI_URL: url, MEILI_MASTER_KEY: masterKey, MEILI_INDEX: uid, DATA_DIR: dataDir },
  });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

afterAll(async () => {
  fs.rmSync(fixtures, { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
  await testClient().deleteIndex(uid).waitTask(); // already gone after --reset: a failed task, not an error
});

describe('indexer CLI', () => {
  it('exits 0 when every input was indexed, and prints a summary', () => {
    const r = cli('seeds');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^indexer: 5 file\(s\) read, 5 document\(s\), \d+ passage\(s\); 5 sent, 0 unchanged, 0 removed in [\d.]+ s$/m,
    );
    expect(r.stderr).toContain('indexer: reading 000_3670360dc7454bca.txt (1/5)'); // plain lines: not a TTY
  }, 120_000);

  it('exits 1 when some input was rejected, names each file and reason, and still indexes the rest', async () => {
    const r = cli(fixtures);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('indexer: scan.txt is binary (NUL bytes); skipped');
    expect(r.stdout).toContain('indexer: empty.txt is empty; skipped');
    expect(r.stdout).toContain('indexer: records.jsonl line 4 has no "text" string; skipped');
    expect(r.stdout).toMatch(/indexer: records\.jsonl line 3 is not valid JSON/);
    expect((await stemSearch(testClient(), uid, 'الكهرماني')).length).toBe(1); // the Windows-1256 file
    expect((await stemSearch(testClient(), uid, 'باتروشيف')).length).toBeGreaterThan(0); // seeds still there: no --sync
  }, 120_000);

  it('--dry-run --json prints the documents and facets without sending anything', () => {
    const r = cli('seeds', '--dry-run', '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { documents: { source: string; date: string | null; countries: string[] }[] };
    expect(out.documents.map((d) => [d.source.slice(0, 3), d.date, [...d.countries].sort().join(' ')])).toEqual([
      ['000', '2019-11-22', 'CN RU'],
      ['001', null, 'CN RU'],
      ['002', null, 'CN RU'],
      ['003', '2019-06-20', 'AF AM CN RS RU'],
      ['004', '2021-02-20', 'CN VN'],
    ]);
  }, 120_000);

  it('exits 2 with usage on bad arguments', () => {
    const r = cli('--frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('indexer: unknown option --frobnicate');
    expect(r.stderr).toContain('usage: npm run index');
  }, 120_000);

  it("--remove by file (as the result's source, or a longer path ending with it) and by id; a name that matches nothing exits 1", async () => {
    const client = testClient();
    expect((await stemSearch(client, uid, 'هانوي')).length).toBe(1); // Hanoi: only seed 004
    const byPath = cli('--remove', path.resolve('seeds/004_7ef82ad4fe3cbf5e.txt'));
    expect(byPath.status).toBe(0);
    expect(byPath.stdout).toContain('indexer: removed 1 document(s) for');
    expect((await stemSearch(client, uid, 'هانوي')).length).toBe(0);
    const [{ doc_id: id }] = await stemSearch(client, uid, 'الكهرماني'); // the Windows-1256 fixture
    expect(cli('--remove', id).status).toBe(0);
    expect((await stemSearch(client, uid, 'الكهرماني')).length).toBe(0);
    const none = cli('--remove', 'not-indexed.txt');
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('indexer: not-indexed.txt names no document of the collection');
  }, 120_000);

  it('--reset deletes the collection and says what the next npm start shows', async () => {
    const r = cli('--reset');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`indexer: deleted your collection \\(index "${uid}", \\d+ document\\(s\\)\\)`));
    expect(r.stdout).toContain('`npm start` shows the sample articles until you index your own');
    expect((await testClient().getIndexes({ limit: 1000 })).results.map((i) => i.uid)).not.toContain(uid);
  }, 120_000);

  it('--remove and --reset go alone', () => {
    expect(cli('--reset', 'seeds').stderr).toContain('indexer: --remove and --reset go alone');
  }, 120_000);
});
