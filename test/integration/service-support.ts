/**
 * Helpers of the reliability tests: run `npm start` (or a script) as a child process with its own
 * DATA_DIR and PORT, read its output, and wait for conditions (never fixed sleeps).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface Service {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

const children: ChildProcess[] = [];
const dirs: string[] = [];

export function tempDataDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  dirs.push(dir);
  return dir;
}

/** Kills whatever a test left running (after a failed assertion) and removes the temporary folders. */
export function cleanUp(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
}

/** Spawns `command args` with `env` added; output (stdout and stderr) is collected. */
export function run(command: string, args: string[], env: Record<string, string>): Service {
  let output = '';
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  child.stdout!.on('data', (d: Buffer) => {
    output += d.toString();
  });
  child.stderr!.on('data', (d: Buffer) => {
    output += d.toString();
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return { child, output: () => output, exited };
}

/** `node --import tsx server/main.ts` (what `npm start` runs), ready when it prints its address. */
export async function startServer(env: Record<string, string>): Promise<Service> {
  const service = run(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    MEILI_URL: '',
    MEILI_MASTER_KEY: '',
    ...env,
  });
  await waitForOutput(service, 'search at');
  return service;
}

export async function waitForOutput(service: Service, text: string | RegExp, ms = 90_000): Promise<void> {
  const has = () => (typeof text === 'string' ? service.output().includes(text) : text.test(service.output()));
  let exited = false;
  void service.exited.then(() => {
    exited = true;
  });
  const ok = await waitFor(() => has() || exited, ms);
  if (!has())
    throw new Error(`${ok ? 'process exited' : 'timed out'} before printing ${String(text)}:\n${service.output()}`);
}

/** Polls `check` every 50 ms until it is true; false after `ms`. */
export async function waitFor(check: () => boolean | Promise<boolean>, ms = 15_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

/** GET with a time limit; status 0 when there was no HTTP answer at all. */
export async function get(
  url: string,
  timeoutMs = 10_000,
): Promise<{ status: number; ms: number; body: Record<string, unknown> | null }> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
    const body = await res.json().catch(() => null);
    return { status: res.status, ms: performance.now() - t0, body };
  } catch {
    return { status: 0, ms: performance.now() - t0, body: null };
  }
}
