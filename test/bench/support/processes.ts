/**
 * Child processes of the benchmarks and the evaluation, and how to wait for and stop them.
 * Every child is stopped when this process exits, however it exits, so no engine or server is
 * left behind on the shared machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

const children = new Set<ChildProcess>();
process.on('exit', () => {
  for (const c of children) c.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

export interface Child {
  process: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
}

/** Starts `command` with `env` added to ours; keeps the last 64 KB of its output for error messages. */
export function startChild(command: string, args: string[], env: NodeJS.ProcessEnv, cwd = process.cwd()): Child {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-65_536);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      children.delete(child);
      resolve(code);
    });
    // A command that cannot start (missing, not executable) exits with 127 and says why in its output.
    child.once('error', (e) => {
      children.delete(child);
      output += `\n${command}: ${e.message}`;
      resolve(127);
    });
  });
  return { process: child, output: () => output, exited };
}

export async function stopChild(child: Child, timeoutMs = 15_000): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), timeoutMs);
  await child.exited;
  clearTimeout(timer);
}

/** Polls `check` every 100 ms until it is true; fails with `what` and the child's output after `timeoutMs`. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs: number,
  child?: Child,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child && (child.process.exitCode !== null || !children.has(child.process)))
      throw new Error(
        `bench: ${what}: the process exited with ${child.process.exitCode ?? 'an error'}:\n${child.output().slice(-3000)}`,
      );
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `bench: ${what}: not ready after ${timeoutMs / 1000} s${child ? `:\n${child.output().slice(-3000)}` : ''}`,
  );
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Resident and peak resident memory of a process in MB, from /proc (Linux). */
export function memoryMb(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Every process below `pid` (children, grandchildren…) with its command name, from /proc (Linux). */
export function descendants(pid: number): { pid: number; name: string }[] {
  const all: { pid: number; ppid: number; name: string }[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    } // exited meanwhile
    // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split at the last ')'.
    const close = stat.lastIndexOf(')');
    all.push({
      pid: Number(entry),
      name: stat.slice(stat.indexOf('(') + 1, close),
      ppid: Number(stat.slice(close + 2).split(' ')[1]),
    });
  }
  const out: { pid: number; name: string }[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const p of all.filter((x) => x.ppid === parent)) {
      out.push({ pid: p.pid, name: p.name });
      queue.push(p.pid);
    }
  }
  return out;
}
