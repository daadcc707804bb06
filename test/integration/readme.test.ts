/**
 * Every shell example of README.md that talks to the API or runs a script (`curl …`, `npm run …`,
 * `npx arabic-search …`) is run as written — against a test server over the run's real Meilisearch
 * with the sample articles — and must exit 0 and print something; where the README shows the output
 * (`$ command` followed by lines), the output must be exactly that. Only `http://localhost:3000` is
 * replaced by the test server's address, and `~` is a temporary home with a `news/` folder.
 * `npm run index`/`reset` examples run, in README order, against an index of their own.
 */
import { exec } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClient, testEngine, uniqueIndexUid } from '../support/engine.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

export interface Example {
  command: string;
  expected?: string;
  line: number;
}

/** Shell examples of a Markdown text: `$ `-prompted lines (with their output) and lines of ```sh blocks. */
export function shellExamples(markdown: string): Example[] {
  const out: Example[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const fence = /^```(\w*)\s*$/.exec(lines[i]);
    if (!fence) continue;
    const lang = fence[1];
    let j = i + 1;
    for (; j < lines.length && !/^```\s*$/.test(lines[j]); j++) {
      const line = lines[j];
      if (line.startsWith('$ ')) {
        const output: string[] = [];
        let k = j + 1;
        for (; k < lines.length && lines[k] !== '' && !lines[k].startsWith('$ ') && !/^```/.test(lines[k]); k++)
          output.push(lines[k]);
        out.push({ command: line.slice(2), expected: output.length > 0 ? output.join('\n') : undefined, line: j + 1 });
        j = k - 1;
      } else if (lang === 'sh' && line.trim() !== '' && !line.trim().startsWith('#')) {
        out.push({ command: line, line: j + 1 });
      }
    }
    i = j;
  }
  return out;
}

const README = fs.readFileSync('README.md', 'utf8');
const runnable = (c: string) => /^(curl|npm run|npx arabic-search)\b/.test(c);
/** Examples not run, each with its reason; a README example not listed here is run. */
const NOT_RUN: { pattern: RegExp; reason: string }[] = [
  {
    pattern: /^npm run (bench|eval):/,
    reason: 'benchmarks take minutes and print figures, not results; their scripts must exist',
  },
  { pattern: /^npm run soak\b/, reason: 'a 60 s load run that kills engines; its script must exist' },
];
const examples = shellExamples(README).filter((e) => runnable(e.command));
const toRun = examples.filter((e) => !NOT_RUN.some((n) => n.pattern.test(e.command)));
const isIndexing = (c: string) => /^npm run (-s )?(index|reset)\b/.test(c);

const run = promisify(exec);
let server: TestServer;
const home = fs.mkdtempSync(path.join(os.tmpdir(), 'readme-home-'));
const indexingUid = uniqueIndexUid('readme_index');

beforeAll(async () => {
  server = await startTestServer();
  fs.mkdirSync(path.join(home, 'news'));
  fs.copyFileSync('seeds/003_02c0424bc318fe58.txt', path.join(home, 'news', 'article.txt'));
  fs.writeFileSync(
    path.join(home, 'news', 'old.txt'),
    'اجتمع وزراء الزراعة لبحث محصول القمح هذا العام.\n\nوقالوا إن الإنتاج سيرتفع.',
  ); // ministers of agriculture on the wheat crop
}, 120_000);

afterAll(async () => {
  await server?.close();
  fs.rmSync(home, { recursive: true, force: true });
  await testClient().deleteIndex(indexingUid).waitTask();
});

async function runExample(e: Example): Promise<{ code: number; stdout: string; stderr: string }> {
  const { url, masterKey } = testEngine();
  const command = e.command.replaceAll('http://localhost:3000', server.baseUrl);
  const env = {
    ...process.env,
    HOME: home,
    MEILI_URL: url,
    MEILI_MASTER_KEY: masterKey,
    DATA_DIR: path.join(home, '.data'),
    MEILI_INDEX: isIndexing(e.command) ? indexingUid : server.indexUid,
    NO_COLOR: '1',
    LANG: 'C.UTF-8',
  };
  try {
    const { stdout, stderr } = await run(`set -o pipefail; ${command}`, {
      shell: '/bin/bash',
      cwd: process.cwd(),
      env,
      timeout: 150_000,
      maxBuffer: 1 << 24,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const x = err as { code?: number; stdout: string; stderr: string };
    return { code: typeof x.code === 'number' ? x.code : -1, stdout: x.stdout, stderr: x.stderr };
  }
}

describe('README examples', () => {
  it('finds the examples: curl with its output, npm run -s search | jq, npx arabic-search, indexing, reset', () => {
    const commands = examples.map((e) => e.command);
    expect(commands.filter((c) => c.startsWith('curl')).length).toBeGreaterThanOrEqual(2);
    expect(examples.filter((e) => e.expected !== undefined).length).toBeGreaterThanOrEqual(2);
    expect(commands).toContain(
      "npm run -s search -- --json Patrushev | jq '.hits[].title'   # the API's JSON, for scripts",
    );
    expect(commands.some((c) => c.startsWith('npx arabic-search'))).toBe(true);
    expect(commands.some((c) => c.startsWith('npm run reset'))).toBe(true);
  });

  it("no example sends raw non-ASCII in a URL, and none relies on npm's banner being absent without -s", () => {
    for (const e of examples) expect(e.command, `README line ${e.line}`).not.toMatch(/https?:\/\/\S*[^\p{ASCII}]/u);
    const npmIntoJq = examples.filter((e) => /\|\s*jq/.test(e.command) && e.command.startsWith('npm run'));
    expect(npmIntoJq.length).toBeGreaterThan(0);
    for (const e of npmIntoJq) expect(e.command, `README line ${e.line}`).toMatch(/^npm run -s /);
  });

  it('every example left out has its reason, and its script exists', () => {
    const scripts = (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> })
      .scripts;
    for (const e of examples.filter((x) => !toRun.includes(x)))
      expect(scripts[/^npm run (\S+)/.exec(e.command)![1]], e.command).toBeDefined();
  });

  // One at a time: side by side, five Node processes starting on a loaded 2-core machine time out.
  it.each(toRun.filter((e) => !isIndexing(e.command)).map((e) => [e.line, e.command, e] as const))(
    'README line %i: %s',
    async (_line, _c, e) => {
      const r = await runExample(e);
      expect(r.code, `stderr: ${r.stderr}\nstdout: ${r.stdout.slice(0, 500)}`).toBe(0);
      expect(r.stdout.trim()).not.toBe('');
      expect(r.stdout).not.toMatch(/^> /m); // no npm banner
      expect(r.stdout.trim()).toBe((e.expected ?? r.stdout).trim()); // the output shown in the README, when it shows one
    },
    150_000,
  );

  // Indexing examples change their index: one after the other, in README order (add, sync, …, remove, reset).
  it.each(toRun.filter((e) => isIndexing(e.command)).map((e) => [e.line, e.command, e] as const))(
    'README line %i: %s',
    async (_line, _c, e) => {
      const r = await runExample(e);
      expect(r.code, `stderr: ${r.stderr.slice(-2000)}\nstdout: ${r.stdout.slice(-2000)}`).toBe(0);
      expect(r.stdout.trim()).not.toBe('');
    },
    150_000,
  );
});
